import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import { textLocator } from '../load/locate-in-text.js';
import { describeLookalike, lookalikes, quoted, withoutLookalikes } from '../load/lookalike-characters.js';
import { walkOperative, type DataPath } from '../model/paragraph-path.js';
import type { SchemaTrust } from './schema-trust.js';

/** Latin letters, and the letters of the scripts whose letters pass for Latin ones. */
const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Every delegation name in the document, with where it is: sponsors, the penholder, the vote's lists, the proposers of brackets. */
function* delegationNames(document: LoadedDocument['document']): Generator<{ name: string; at: DataPath }> {
  for (const [index, name] of (document.sponsors ?? []).entries()) yield { name, at: ['sponsors', index] };
  if (document.penholder !== undefined) yield { name: document.penholder, at: ['penholder'] };
  for (const list of ['votedAgainst', 'abstentions'] as const) for (const [index, name] of (document.vote?.[list] ?? []).entries()) yield { name, at: ['vote', list, index] };
  const clauses = [...document.preamble.map((clause, index) => ({ clause, at: ['preamble', index] as DataPath })), ...walkOperative(document)];
  for (const { clause, at } of clauses) {
    for (const [b, bracket] of (clause.brackets ?? []).entries()) for (const [index, name] of (bracket.proposedBy ?? []).entries()) yield { name, at: [...at, 'brackets', b, 'proposedBy', index] };
  }
}

/**
 * Delegation names with a character that is not drawn (a zero-width space) or, in a name
 * otherwise written in Latin letters, a letter of Cyrillic or Greek drawn like a Latin one
 * ("Frаnce" with U+0430): such a name reads as the delegation's but matches nothing (`merge --as
 * France`, the proposers of brackets). A name written wholly in Cyrillic or Greek (a text in
 * Russian) is a name, not a lookalike. Warnings, located at the character, with the name as meant;
 * ids, the regime and citations are held to their form by the schema, and their lookalikes named
 * there (`nameLookalikes`).
 */
export function checkDelegationNames(loaded: LoadedDocument, trust: SchemaTrust): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { name, at } of delegationNames(loaded.document)) {
    if (!trust.vouchesFor(at)) continue;
    const mixed = LATIN.test(name) && LOOKALIKE_SCRIPT.test(name);
    const suspicious = lookalikes(name).filter((f) => f.looksLike === '' || (mixed && LOOKALIKE_SCRIPT.test(f.character)));
    if (suspicious.length === 0) continue;
    const names = [...new Set(suspicious.map(describeLookalike))].join('; and ');
    const meant = suspicious.every((f) => f.looksLike === '') ? name.replace(/./gsu, (c) => (suspicious.some((f) => f.character === c) ? '' : c)) : withoutLookalikes(name);
    found.push(
      diagnostic(loaded.file, textLocator(loaded.text, loaded.locate, at)(suspicious[0]!.offset), 'warning', 'lookalike-character', `the delegation name ${quoted(name)} contains ${names}`, `retype it in plain letters: "${meant}"; as written, it matches no other mention of the delegation`),
    );
  }
  return found;
}
