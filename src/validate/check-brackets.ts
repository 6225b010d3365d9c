import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import { textLocator } from '../load/locate-in-text.js';
import type { Bracket, Clause } from '../model/document.js';
import { walkOperative, type DataPath } from '../model/paragraph-path.js';
import { excerptAt, scanBrackets, type BracketSpan } from '../text/brackets.js';
import { SchemaTrust } from './schema-trust.js';

/**
 * The bracket problems reported for one clause: past a few, more say nothing new, and 20,000
 * stray brackets must not make 20,000 messages.
 */
const MAX_BRACKET_PROBLEMS = 10;

/** Every clause that may carry negotiation brackets, with where it sits. */
function* bracketableClauses(document: LoadedDocument['document']): Generator<{ clause: Clause; at: DataPath }> {
  for (const [index, clause] of document.preamble.entries()) yield { clause, at: ['preamble', index] };
  for (const { clause, at } of walkOperative(document)) yield { clause, at };
}

/**
 * Checks negotiation brackets: that every `[` is closed, that brackets do not nest, and that
 * each clause's `brackets` list describes exactly the brackets in its text. An adopted
 * resolution carries no negotiation brackets: its square brackets, if any, are official text.
 * So nothing is checked where the document's kind is not known, nor in a clause whose id (which
 * every message names) is not; a `brackets` list with a schema error is not compared with the text.
 */
export function checkBrackets(loaded: LoadedDocument, trust = SchemaTrust.WHOLE): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { document, locate, file } = loaded;
  if (!trust.vouchesFor(['kind'])) return found;
  for (const { clause, at } of bracketableClauses(document)) {
    if (!trust.vouchesFor([...at, 'id'])) continue;
    if (document.kind === 'resolution') {
      if (clause.brackets) {
        found.push(diagnostic(file, locate.key([...at, 'brackets']), 'error', 'brackets-in-resolution', `clause \`${clause.id}\` has a \`brackets\` list, but an adopted resolution has no negotiation brackets`, 'remove `brackets:`; negotiation text belongs in a draft (`kind: draft`)'));
      }
      continue;
    }
    if (clause.text === undefined) continue;
    const textAt = [...at, 'text'];
    const position = textLocator(loaded.text, locate, textAt);
    const scan = scanBrackets(clause.text);
    for (const [index, problem] of scan.problems.slice(0, MAX_BRACKET_PROBLEMS).entries()) {
      const unsaid = scan.problems.length - MAX_BRACKET_PROBLEMS;
      const where = `"${excerptAt(clause.text, problem.offset)}"${index === MAX_BRACKET_PROBLEMS - 1 && unsaid > 0 ? ` (and ${unsaid.toLocaleString('en-US')} more bracket problems in this clause, not listed)` : ''}`;
      if (problem.kind === 'nested') {
        found.push(diagnostic(file, position(problem.offset), 'error', 'bracket-nested', `a bracket opens inside another bracket in \`${clause.id}\`: ${where}`, 'brackets do not nest: write the alternatives as options of one bracket, "[option 1 | option 2]"'));
      } else {
        const message = problem.kind === 'unclosed' ? `a bracket opened here is never closed in \`${clause.id}\`: ${where}` : `a closing bracket here has no opening bracket in \`${clause.id}\`: ${where}`;
        found.push(diagnostic(file, position(problem.offset), 'error', 'bracket-unbalanced', message, problem.kind === 'unclosed' ? 'add the missing `]`' : 'add the missing `[`, or remove the stray `]`'));
      }
    }
    if (scan.problems.length > 0 || !trust.vouchesFor([...at, 'brackets'])) continue;
    const described = clause.brackets ?? [];
    if (scan.brackets.length !== described.length) {
      const count = (n: number) => `${n} bracket${n === 1 ? '' : 's'}`;
      found.push(
        diagnostic(
          file,
          clause.brackets ? locate.key([...at, 'brackets']) : locate.value(textAt),
          'error',
          'bracket-mismatch',
          `the text of \`${clause.id}\` has ${count(scan.brackets.length)}, but its \`brackets\` list describes ${count(described.length)}`,
          'give `brackets:` one entry per bracket in the text, in order (state: open or agreed; proposedBy: the delegations)',
        ),
      );
      continue;
    }
    for (const [i, bracket] of described.entries()) found.push(...checkBracket(loaded, [...at, 'brackets', i], clause.id, i, scan.brackets[i]!, bracket));
  }
  return found;
}

function checkBracket(loaded: LoadedDocument, at: DataPath, id: string, index: number, span: BracketSpan, bracket: Bracket): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (path: DataPath, severity: Diagnostic['severity'], code: string, message: string, hint: string) =>
    found.push(diagnostic(loaded.file, loaded.locate.value(path), severity, code, message, hint));
  const name = `bracket ${index + 1} of \`${id}\``;
  const options = span.options.length;
  if (bracket.agreedOption !== undefined && bracket.agreedOption > options) {
    report([...at, 'agreedOption'], 'error', 'bracket-option', `${name} has ${options} option${options === 1 ? '' : 's'}, so it cannot have agreed option ${bracket.agreedOption}`, `use 1 to ${options} for the option kept, or 0 to drop the bracketed language`);
  }
  if (bracket.state === 'agreed' && bracket.agreedOption === undefined && options > 1) {
    report(at, 'error', 'bracket-unsettled', `${name} is agreed, but does not say which of its ${options} alternatives was kept`, 'add `agreedOption:` (1-based; 0 drops the bracketed language)');
  }
  if (bracket.state === 'open' && bracket.agreedOption !== undefined) {
    report([...at, 'agreedOption'], 'warning', 'bracket-option', `${name} is open but names an agreed option`, 'set `state: agreed` once it is agreed, or remove `agreedOption`');
  }
  const proposers = bracket.proposedBy?.length ?? 0;
  if (options > 1 && proposers > 1 && proposers !== options) {
    report([...at, 'proposedBy'], 'warning', 'bracket-attribution', `${name} has ${options} alternatives but ${proposers} proposers; \`proposedBy\` lists one delegation per alternative`, 'give one entry per alternative, in order ("France and Germany" for a joint proposal)');
  }
  return found;
}
