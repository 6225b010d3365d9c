/**
 * How the parts of a printed resolution announce themselves at the start of a line.
 * OCR look-alikes are read for what they stand for ("i." and "1," for "1.", "(6)" for "(b)"),
 * and the reader is told.
 */

export interface NumberStart {
  number: number;
  /** The number as printed, with its punctuation: "1.", "i9.", "17,". */
  printed: string;
  /** "1." as it should read, when `printed` differs (an OCR misreading). */
  corrected?: string;
  /** "1)" or "1.\t": the numbering of a word processor's list. */
  listStyle: boolean;
  /** Length of the prefix, with the space after it. */
  length: number;
  /** Why `corrected` differs from `printed` (see NUMBER_READING). */
  reason?: string;
  /** The number is not printed: it is read from the sequence around the paragraph. */
  supplied?: boolean;
}

/** The words after a number open with a capital, a quotation mark or bracket (a negotiation bracket too: "3. [Decides …]"), or an ellipsis (a fragment of a paragraph). */
const NUMBER_START = /^([0-9il]{1,3})\s*([.,)])\s+(?=["“'‘([\p{Lu}…]|\.\.\.|\p{Script=Cyrillic})/u;

/** "5. Decides …", "i. Condemns …" (OCR for "1."), "14, Urges …" (OCR for "14."), "1) Decides" (list). */
export function numberStart(line: string): NumberStart | undefined {
  const match = NUMBER_START.exec(line);
  if (!match) return undefined;
  const token = match[1]!;
  if (!/[0-9]/.test(token) && token !== 'i' && token !== 'l') return undefined;
  if (/[il].*[il]/.test(token)) return undefined;
  const digits = token.replace(/[il]/g, '1');
  const number = Number(digits);
  if (number === 0) return undefined;
  const printed = `${token}${match[2]}`;
  const listStyle = match[2] === ')';
  const corrected = `${digits}.`;
  return { number, printed, listStyle, length: match[0].length, ...(printed !== corrected && !listStyle ? { corrected } : {}) };
}

export interface LabelStart {
  /** "a", "iii", "1", "A", "IV" as printed, or a digit misread for a letter ("6" for "b"). */
  label: string;
  printed: string;
  length: number;
}

const LABEL_START = /^\(\s*([a-z]{1,5}|[A-Z]{1,5}|[0-9]{1,2})\s*\)\s*/;
/** A label whose opening bracket the print or the scan lost: "f) To monitor …". */
const HALF_LABEL = /^([a-z]|[ivx]{1,4})\)\s+(?=\p{Lu})/u;
const ROMAN_LABEL = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;

/** "(a) To examine …", "(iii) Any person …", "(1) The …", "(A) …", "(6) Any activities …" (OCR for "(b)"). */
export function labelStart(line: string): LabelStart | undefined {
  const half = HALF_LABEL.exec(line);
  if (half) return { label: half[1]!, printed: `${half[1]})`, length: half[0].length };
  const match = LABEL_START.exec(line);
  if (!match) return undefined;
  const label = match[1]!;
  if (/^[a-z]+$/.test(label) && !isRoman(label) && !/^([a-z])\1*$/.test(label)) return undefined;
  if (/^[A-Z]+$/.test(label) && label.length > 1 && !isRoman(label.toLowerCase())) return undefined;
  return { label, printed: `(${label})`, length: match[0].length };
}

export function isRoman(label: string): boolean {
  return ROMAN_LABEL.test(label);
}

/** Digits that OCR produces for subparagraph letters: "(6)" for "(b)", "(2)" for "(a)". */
export const DIGIT_FOR_LETTER: Record<string, string> = { '6': 'b', '2': 'a', '8': 'g', '0': 'o', '1': 'i', '9': 'g', '5': 's' };

const PREAMBLE_OPENER = /^(?:(?:Also|Further|Deeply|Gravely|Seriously|Strongly|Noting|Bearing|Taking|Mindful|Conscious|Aware|Alarmed|Concerned|Convinced|Determined|Determining|Having|Acting|Recalling|Reaffirming|Recognizing|Recognising|Welcoming|Stressing|Emphasizing|Underlining|Underscoring|Expressing|Deploring|Condemning|Commending|Affirming|Considering|Endorsing|Reiterating|Noting)\b|[A-Z][a-z]+ing\b)/;

/** A preambular paragraph opens with a participle or adjective: "Recalling", "Deeply concerned". */
export function isPreambleOpener(line: string): boolean {
  return PREAMBLE_OPENER.test(line);
}

const OPERATIVE_VERB = /^(?:(?:Also|Further|Further|Strongly|Once\s+again|Again|Hereby)\s+)?(?:Decides|Requests|Calls|Urges|Demands|Condemns|Welcomes|Expresses|Confirms|Invites|Instructs|Entrusts|Emphasizes|Deplores|Considers|Reminds|Reaffirms|Affirms|Determines|Commends|Encourages|Notes|Stresses|Authorizes|Directs|Declares|Appeals|Endorses|Supports|Underlines|Recognizes|Acknowledges)\b/;
/**
 * Verbs that open operative paragraphs in the texts of 1946–1960 ("Resolves that the membership of
 * the Commission …", "Recommends to the Governments of India and Pakistan …", S/RES/47 (1948)).
 * Alone before a colon ("The Security Council / Resolves:", S/RES/70 (1949)) such a verb ends the
 * enacting formula over the numbered paragraphs; it opens no paragraph of its own.
 */
const EARLY_OPERATIVE_VERB = /^(?:(?:Also|Further)\s+)?(?:Resolves|Recommends|Approves|Agrees|Reiterates|Insists|Takes)\b(?!\s*:\s*$)/;

/** An operative paragraph opens with a verb in the present tense: "Decides", "Calls upon". */
export function isOperativeOpener(line: string): boolean {
  return OPERATIVE_VERB.test(line) || EARLY_OPERATIVE_VERB.test(line);
}

/** The opening words, in English, French, Spanish or Russian: "The Security Council,", "Le Conseil de sécurité,", "Совет Безопасности,". */
export const OPENING = /^(?:The\s+Security\s+Council|Le\s+Conseil\s+de\s+sécurité|El\s+Consejo\s+de\s+Seguridad|Совет\s+Безопасности)\s*,?\s*$/iu;
/** The closing record: "Adopted unanimously at the 3238th meeting.", "Approved unanimously at the 2936th meeting." (an admission recommended). */
export const VOTE_LINE = /^(?:Adopted|Approved)\b/;
/** An annex's label alone on its line, by any conventional name: "Annex", "ANNEX I", "Annex B", "APPENDIX", "Appendix II". */
export const ANNEX_LINE = /^(?:ANNEX|Annex|APPENDIX|Appendix)(?:\s+([IVX]+|\d+|[A-Z]))?\s*$/;
/** A line with only a number on it: a page number left by the print layout. */
export const PAGE_NUMBER = /^\d{1,4}$/;
/** A footnote left at the foot of a page: "27 Ibid., document S/26587." */
export const FOOTNOTE = /^\d{1,3}\s+(?:Ibid|See|Official\s+Records|S\/\d|A\/\d|Document|Resolution)\b/i;

/** A document symbol printed as a running header: "S/RES/2270 (2016)", "S/2017/769". */
const SYMBOL_LINE = /^S\/(?:RES\/)?\d/;

/**
 * Headings above operative paragraphs are a few words ("Arms embargo", "Maritime and aviation
 * measures"): these bounds leave room for longer ones, and keep out a sentence of running text
 * that merely lost its final punctuation.
 */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_LENGTH = 80;

/**
 * A line shaped like a heading above operative paragraphs, as official texts and `bluedraft
 * render` print them ("Arms embargo", "Asset freeze"): a few words opening with a capital, with no
 * terminal punctuation, neither numbered nor lettered, not a paragraph opening with an operative
 * verb, nor any other line the layout gives a meaning (annex, vote, opening, page number,
 * footnote, symbol). Where the preamble may go on (`inPreamble`), a line that opens like a
 * preambular paragraph is one that lost its comma ("Acting under Chapter VII of the Charter"),
 * not a heading. Whether the line is a heading depends on where it stands: see the callers.
 */
export function isHeadingLine(line: string, { inPreamble }: { inPreamble: boolean }): boolean {
  const text = line.trim();
  return text.length <= HEADING_MAX_LENGTH && text.split(/\s+/).length <= HEADING_MAX_WORDS && /^\p{Lu}/u.test(text) && !/[.,;:!?]["”’)\]]*$/.test(text) &&
    !numberStart(text) && !labelStart(text) && !isOperativeOpener(text) && !(inPreamble && isPreambleOpener(text)) &&
    ![OPENING, VOTE_LINE, ANNEX_LINE, PAGE_NUMBER, FOOTNOTE, SYMBOL_LINE].some((pattern) => pattern.test(text));
}

/** True when a paragraph's last line ends as a paragraph may end. */
export function endsParagraph(text: string): boolean {
  return /[.,;:!?)\]"”’]$/.test(text.trimEnd());
}
