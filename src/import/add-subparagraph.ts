import type { OperativeParagraph, Subparagraph } from '../model/document.js';
import type { Position } from '../model/location.js';
import { expectedLabel, styleOf } from '../model/numbering.js';
import { addCorrection } from './add-correction.js';
import { NUMBER_READING } from './number-reading.js';
import type { ClauseTexts } from './clause-texts.js';
import { locatedFrom, type ImportReport, type LocatedText } from './located-input.js';
import { DIGIT_FOR_LETTER, isRoman, type LabelStart } from './patterns.js';
import type { Block } from './text-blocks.js';
import type { UniqueIds } from './unique-ids.js';

/** A block's words as read, where they start in the input, and the label that opens them. */
export interface BlockWords {
  whole: LocatedText;
  start: Position;
  label?: LabelStart | undefined;
}

/** What adding a subparagraph needs besides the block: the report, the ids given so far, and where clauses get their words. */
export interface SubparagraphContext {
  report: ImportReport;
  ids: UniqueIds;
  texts: ClauseTexts;
}

/** The labels of the numbered entries at the end of a list, back to the last unnumbered one. */
function run(list: Subparagraph[]): string[] {
  let k = list.length;
  while (k > 0 && list[k - 1]!.number !== undefined) k--;
  return list.slice(k).map((s) => s.number!);
}

function next(list: Subparagraph[]): string | undefined {
  const labels = run(list);
  return labels.length === 0 ? undefined : expectedLabel(styleOf(labels[0]!), labels.length + 1);
}

/** "(1)" then "(ii)": the first was an OCR misreading of "(i)"; it is read so, and the correction recorded. */
function relabelOcrRoman(first: Subparagraph, start: Position, { report, ids }: SubparagraphContext): void {
  first.number = 'i';
  if (first.id.endsWith('__1')) first.id = ids.take(`${first.id.slice(0, -'1'.length)}i`, start);
  addCorrection(first, { original: '(1)', corrected: '(i)', reason: NUMBER_READING.label });
  report.add(start, 'warning', 'import-ocr-label', '"(1)" before this "(ii)" read as "(i)" (a common OCR misreading); the correction is recorded');
}

/** Adds a lettered, roman or unnumbered subparagraph at the right level under `paragraph`. */
export function addSubparagraph(paragraph: OperativeParagraph, block: Block, { whole, start, label }: BlockWords, { report, ids, texts }: SubparagraphContext): void {
  const level1 = (paragraph.subparagraphs ??= []);
  const level1Run = run(level1);
  if (label?.label === 'ii' && level1Run.length === 1 && level1Run[0] === '1') relabelOcrRoman(level1.at(-1)!, start, { report, ids, texts });
  const lastLettered = level1Run.length > 0 && styleOf(level1Run[0]!) === 'letter' ? level1.at(-1) : undefined;
  const expectedLetter = next(level1) ?? 'a';
  const expectedRoman = lastLettered ? (next(lastLettered.subparagraphs ?? []) ?? 'i') : undefined;

  let printed = label?.label;
  let value = printed;
  let nested: Subparagraph | undefined;
  const runStyle = level1Run.length > 0 ? styleOf(level1Run[0]!) : undefined;
  if (printed !== undefined && /^[0-9]+$/.test(printed) && runStyle !== 'digit' && !(runStyle === undefined && printed === '1') && DIGIT_FOR_LETTER[printed] === expectedLetter) {
    value = expectedLetter;
    report.add(start, 'warning', 'import-ocr-label', `"(${printed})" read as "(${value})" (a common OCR misreading); the correction is recorded`);
  } else if (printed !== undefined && /^(?:[0-9]+|[A-Z]+)$/.test(printed)) {
    // A list numbered (1), (2) … or lettered (A), (B) … is kept as printed; within a run of another style, it is a list under the last entry.
    const style = styleOf(printed);
    const last = level1.at(-1);
    const lastRun = last ? run(last.subparagraphs ?? []) : [];
    if (runStyle !== undefined && runStyle !== style && last && (printed === expectedLabel(style, 1) || (lastRun.length > 0 && styleOf(lastRun[0]!) === style))) nested = last;
    const list = nested ? (nested.subparagraphs ?? []) : level1;
    const listRun = run(list);
    const want = listRun.length > 0 && styleOf(listRun[0]!) === style ? next(list)! : expectedLabel(style, 1);
    if (printed !== want) report.add(start, 'warning', 'import-numbering', `subparagraph (${printed}) comes where (${want}) was expected; kept as printed`, 'check the numbering against the official text');
  } else if (printed !== undefined) {
    if (printed === expectedRoman && printed !== expectedLetter) nested = lastLettered;
    else if (printed === expectedLetter || (level1Run.length === 0 && (printed === 'a' || printed === 'i'))) nested = undefined;
    else if (lastLettered && isRoman(printed)) {
      nested = lastLettered;
      report.add(start, 'warning', 'import-numbering', `subparagraph (${printed}) comes where (${expectedRoman}) was expected; kept as printed`, 'check the numbering against the official text');
    } else report.add(start, 'warning', 'import-numbering', `subparagraph (${printed}) comes where (${expectedLetter}) was expected; kept as printed`, 'check the lettering against the official text');
  } else if (block.ordinal !== undefined && (block.depth ?? 0) > 0) {
    value = expectedLetter;
    printed = value;
    report.add(start, 'info', 'import-list-numbering', `a nested numbered list item was read as subparagraph (${value})`);
  }
  const siblings = nested ? (nested.subparagraphs ??= []) : level1;
  const parentId = nested ? nested.id : paragraph.id;
  const previous = siblings.at(-1)?.number;
  const sub: Subparagraph = value !== undefined
    ? { id: ids.take(`${parentId}__${value.toLowerCase()}`, start), number: value }
    : { id: ids.take(`${parentId}__${previous ? `after_${previous}` : `text_${siblings.length + 1}`}`, start) };
  texts.give(locatedFrom(whole, label?.length ?? 0), sub, paragraph.number);
  if (printed !== undefined && value !== printed) addCorrection(sub, { original: `(${printed})`, corrected: `(${value})`, reason: NUMBER_READING.label });
  if (value === undefined && block.bullet) sub.note = 'a bulleted item in the source';
  siblings.push(sub);
}
