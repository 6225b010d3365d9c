import { openingVerb } from '../diff/opening-verb.js';
import type { LanguageCode } from '../model/document.js';
import type { IndexedClause } from './provision.js';

/**
 * The opening words of a clause that binds no one ("Calls upon", "Requests", "Urges"), read from
 * the operative paragraph it is part of (a subparagraph has the opening of its paragraph);
 * undefined where the words bind ("Decides", "Demands" …), open with no verb bluedraft knows, or
 * are not the Council's (a summary): such a clause may be a measure.
 */
export function callOpening(clause: IndexedClause, clauses: ReadonlyMap<string, IndexedClause>, language: LanguageCode): string | undefined {
  const paragraph = clause.ancestors.length > 0 ? clauses.get(clause.ancestors[0]!) : clause;
  const text = paragraph?.clause.text;
  if (text === undefined) return undefined;
  const opening = openingVerb(text, language);
  return opening?.force === 'non-binding' ? opening.text : undefined;
}
