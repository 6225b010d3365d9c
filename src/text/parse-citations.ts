import type { Reference } from '../model/document.js';

/**
 * Citations of Security Council resolutions and paragraphs in running text:
 * "paragraphs 5 to 9 of resolution 841 (1993)", "paragraph 8 (a) (iii) of resolution 1718 (2006)",
 * "paragraph 2 above", "resolutions 232 (1966), 253 (1968) and subsequent related resolutions".
 * General Assembly resolutions ("1514 (XV)", "46/7"), OAS resolutions and Charter articles are
 * not Security Council citations and are left alone.
 */
export interface ParsedCitation {
  reference: Reference;
  /** Offsets of the citation in the text (`text.slice(start, end)` is `reference.text`). */
  start: number;
  end: number;
  doubts: CitationDoubt[];
}

export interface CitationDoubt {
  code: 'citation-ocr-year' | 'citation-dash';
  message: string;
  /** Offset in the text of the doubtful wording. */
  offset: number;
  original: string;
  /** The wording it most likely stands for. */
  suggested?: string;
}

export interface CitationContext {
  /** The operative paragraph the text belongs to, for "subparagraph (a) above". */
  paragraph?: number;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "841 (1993)", and the OCR-damaged "841 1993". */
const RESOLUTION_ITEM = String.raw`(\d{1,4})\s*(?:\(\s*(\d{4})\s*\)|(\d{4})(?![\d/]))`;
/** "of 16 June 1993", "of 12 November" (the year given once for a pair). */
const DATE_AFTER = String.raw`\s+of\s+\d{1,2}\s+${MONTH}(?:\s+\d{4})?`;
const ITEM_SEPARATOR = String.raw`\s*,\s*(?:and\s+)?|\s+and\s+`;
const PARAGRAPH_ITEM = String.raw`\d{1,3}(?:\s*\(\s*[a-z]{1,5}\s*\))*`;
const RANGE_WORD = String.raw`\s*(?:to|-|–|—)\s*`;

const RESOLUTION_KEYWORD = new RegExp(String.raw`\b(?:Security\s+Council\s+)?(resolutions?)\s+`, 'giy');
const PARAGRAPH_KEYWORD = new RegExp(String.raw`\b(?:operative\s+)?(sub)?(paragraphs?)\s+`, 'giy');
const ANCHOR = /\b(?:Security\s+Council\s+resolutions?|resolutions?|operative\s+paragraphs?|paragraphs?|subparagraphs?)\b/gi;

const COMMITTEE_BEFORE = /\bCommittee\b[^;:]{0,120}?\bestablished\s+(?:pursuant\s+to|by|in\s+pursuance\s+of|under)\s+$/i;
/** Ends the words before a General Assembly resolution's number: "General Assembly resolution 1514 (XV)". */
export const GENERAL_ASSEMBLY_BEFORE = /General\s+Assembly\s+$/i;
const ARTICLE_BEFORE = /\bArticle\s+\d+\s*,?\s*$/i;
const ITS_BEFORE = /\bits\s+$/i;

/** Patterns compiled once: a citation is read a few patterns at a time, and validating a folder reads thousands. */
const compiled = new Map<string, RegExp>();

function sticky(source: string): RegExp {
  let regex = compiled.get(source);
  if (!regex) compiled.set(source, (regex = new RegExp(source, 'y')));
  return regex;
}

function matchAt(pattern: string | RegExp, text: string, at: number): RegExpExecArray | null {
  const regex = typeof pattern === 'string' ? sticky(pattern) : pattern;
  regex.lastIndex = at;
  return regex.exec(text);
}

interface ResolutionList {
  citations: string[];
  end: number;
  andSubsequent: boolean;
  doubts: CitationDoubt[];
}

/** Reads "841 (1993) of 16 June 1993, 861 (1993) … and subsequent related resolutions" at `at`. */
function readResolutionList(text: string, at: number, plural: boolean): ResolutionList | undefined {
  const citations: string[] = [];
  const doubts: CitationDoubt[] = [];
  let position = at;
  for (;;) {
    const item = matchAt(RESOLUTION_ITEM, text, position);
    if (!item) break;
    const year = item[2] ?? item[3]!;
    if (Number(year) < 1945 || Number(year) > 2100) break;
    const citation = `${Number(item[1])} (${year})`;
    if (item[3] !== undefined) {
      doubts.push({ code: 'citation-ocr-year', message: `"${item[0]}" reads as resolution ${citation}: the brackets around the year are missing (an OCR error?)`, offset: item.index, original: item[0], suggested: citation });
    }
    citations.push(citation);
    position = item.index + item[0].length;
    const date = matchAt(DATE_AFTER, text, position);
    if (date) position += date[0].length;
    if (!plural) break;
    const separator = matchAt(ITEM_SEPARATOR, text, position);
    if (!separator || !matchAt(RESOLUTION_ITEM, text, position + separator[0].length)) break;
    position += separator[0].length;
  }
  if (citations.length === 0) return undefined;
  const subsequent = matchAt(String.raw`\s*,?\s*and\s+subsequent\s+(?:related\s+)?resolutions`, text, position);
  if (subsequent) position += subsequent[0].length;
  return { citations, end: position, andSubsequent: subsequent !== null, doubts };
}

interface ParagraphList {
  paragraphs: string[];
  end: number;
  doubts: CitationDoubt[];
}

function normaliseItem(item: string): string {
  return item.replace(/\s+/g, '');
}

/** Reads "5 to 9", "8 (a) (iii)", "3, 4, 5 and 6" at `at`. */
function readParagraphList(text: string, at: number): ParagraphList | undefined {
  const paragraphs: string[] = [];
  const doubts: CitationDoubt[] = [];
  let position = at;
  for (;;) {
    const item = matchAt(String.raw`(${PARAGRAPH_ITEM})(?![\d/.]\d)`, text, position);
    if (!item) break;
    let entry = normaliseItem(item[1]!);
    position = item.index + item[0].length;
    const range = matchAt(String.raw`(${RANGE_WORD})(${PARAGRAPH_ITEM})`, text, position);
    if (range) {
      const dash = range[1]!.trim();
      if (dash === '–' || dash === '—') {
        doubts.push({ code: 'citation-dash', message: `"${range[0].trim()}" uses a dash (${dash === '–' ? 'en dash' : 'em dash'}) for a range; read as "to"`, offset: range.index, original: dash, suggested: 'to' });
      }
      entry = `${entry}-${normaliseItem(range[2]!)}`;
      position = range.index + range[0].length;
    }
    paragraphs.push(entry);
    const separator = matchAt(ITEM_SEPARATOR, text, position);
    if (!separator || !matchAt(PARAGRAPH_ITEM, text, position + separator[0].length)) break;
    position += separator[0].length;
  }
  return paragraphs.length > 0 ? { paragraphs, end: position, doubts } : undefined;
}

function resolutionReference(list: ResolutionList): Reference {
  if (list.citations.length === 1 && !list.andSubsequent) return { resolution: list.citations[0]! };
  return list.andSubsequent ? { resolutions: list.citations, andSubsequent: true } : { resolutions: list.citations };
}

/** Finds every Security Council citation in `text`, in order of appearance. */
export function parseCitations(text: string, context: CitationContext = {}): ParsedCitation[] {
  const found: ParsedCitation[] = [];
  let lastResolution: string | undefined;
  ANCHOR.lastIndex = 0;
  let anchor: RegExpExecArray | null;
  while ((anchor = ANCHOR.exec(text)) !== null) {
    const start = anchor.index;
    const before = text.slice(Math.max(0, start - 200), start);
    const citation = /^(?:Security|resolution)/i.test(anchor[0])
      ? readResolutionCitation(text, start, before)
      : readParagraphCitation(text, start, before, context, lastResolution);
    if (!citation) continue;
    if (COMMITTEE_BEFORE.test(before)) citation.reference.committee = true;
    citation.reference.text = text.slice(citation.start, citation.end);
    const cited = citation.reference.resolution ?? citation.reference.resolutions?.at(-1);
    if (cited) lastResolution = cited;
    found.push(citation);
    ANCHOR.lastIndex = citation.end;
  }
  return found;
}

function readResolutionCitation(text: string, start: number, before: string): ParsedCitation | undefined {
  if (GENERAL_ASSEMBLY_BEFORE.test(before)) return undefined;
  const keyword = matchAt(RESOLUTION_KEYWORD, text, start);
  if (!keyword) return undefined;
  const list = readResolutionList(text, start + keyword[0].length, keyword[1]!.toLowerCase() === 'resolutions');
  if (!list) return undefined;
  return { reference: resolutionReference(list), start, end: list.end, doubts: list.doubts };
}

function readParagraphCitation(text: string, start: number, before: string, context: CitationContext, lastResolution: string | undefined): ParsedCitation | undefined {
  if (ARTICLE_BEFORE.test(before)) return undefined;
  const keyword = matchAt(PARAGRAPH_KEYWORD, text, start);
  if (!keyword) return undefined;
  const isSub = keyword[1] !== undefined;
  let position = start + keyword[0].length;
  let paragraphs: string[];
  const doubts: CitationDoubt[] = [];
  if (isSub) {
    const label = matchAt(String.raw`\(\s*([a-z]{1,5})\s*\)((?:\s*\(\s*[a-z]{1,5}\s*\))*)`, text, position);
    if (!label || context.paragraph === undefined) return undefined;
    paragraphs = [`${context.paragraph}(${label[1]})${normaliseItem(label[2]!)}`];
    position = label.index + label[0].length;
  } else {
    const list = readParagraphList(text, position);
    if (!list) return undefined;
    paragraphs = list.paragraphs;
    doubts.push(...list.doubts);
    position = list.end;
  }
  if (matchAt(String.raw`\s*,?\s*of\s+the\s+(?:United\s+Nations\s+)?Charter\b`, text, position)) return undefined;

  const present = matchAt(String.raw`\s+(?:above|below|of\s+(?:this|the\s+present)\s+resolution)\b`, text, position);
  if (present) return { reference: { paragraphs }, start, end: position + present[0].length, doubts };

  const of = matchAt(String.raw`\s+of\s+(?:(?:its|the)\s+)?(?:Security\s+Council\s+)?(resolutions?)\s+`, text, position);
  if (of) {
    const list = readResolutionList(text, position + of[0].length, of[1]!.toLowerCase() === 'resolutions');
    if (list) {
      const reference = { ...resolutionReference(list), paragraphs };
      return { reference, start, end: list.end, doubts: [...doubts, ...list.doubts] };
    }
  }
  if (ITS_BEFORE.test(before) && lastResolution) return { reference: { resolution: lastResolution, paragraphs }, start, end: position, doubts };
  return { reference: { paragraphs }, start, end: position, doubts };
}
