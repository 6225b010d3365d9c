import { joinLines } from '../text/join-lines.js';
import { columnOf, type ImportReport, type LocatedText, type SourceLine } from './located-input.js';

/** Joins lines into running text, without reporting: where the words are only looked at, or were reported with their whole block. */
export function joinedText(lines: readonly SourceLine[]): string {
  return joinLines(lines.map((l) => l.text)).text;
}

/** Joins a block's lines and reports every hyphen decision, at the hyphen; called once a block, so that each decision is reported once. */
export function blockText(lines: readonly SourceLine[], report: ImportReport): LocatedText {
  const joined = joinLines(lines.map((l) => l.text));
  for (const join of joined.joins) {
    const source = lines[join.lineIndex]!;
    const hyphen = { line: source.line, col: columnOf(source, source.text.trimEnd().length - 1) };
    if (join.decision === 'joined') report.add(hyphen, 'info', 'import-dehyphenated', `"${join.word}": a word divided at the end of this line was joined`, 'check the word; if the hyphen belongs to it, put it back');
    else if (/-\p{Ll}/u.test(join.word)) report.add(hyphen, 'info', 'import-hyphen-kept', `"${join.word}": the hyphen at the end of this line was kept (${join.reason})`, 'if the hyphen only divided the word, remove it');
  }
  return { text: joined.text, parts: lines.map((line, k) => ({ start: joined.starts[k]!, from: line.text.length - line.text.trimStart().length, line })) };
}
