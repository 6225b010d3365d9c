import type { ResolutionDocument } from '../model/document.js';
import { joinNames } from '../text/join-names.js';
import { parseCitations } from '../text/parse-citations.js';

export interface DraftOptions {
  regime: string;
  /** "S/2017/769"; omitted while the draft has none. */
  symbol?: string;
  title?: string;
  sponsors?: string[];
  penholder?: string;
  /** The regime's resolutions, cited "841 (1993)", oldest first. */
  recalled: readonly string[];
}

/**
 * A zero draft for a regime, in the form every sanctions draft takes: it recalls the regime's
 * resolutions, acts under Chapter VII, and ends with the Council remaining seized of the matter.
 * The drafters write the rest; `bluedraft fmt` numbers it as they go.
 */
export function newDraft(options: DraftOptions): ResolutionDocument {
  const recalling = options.recalled.length > 0 ? `Recalling its previous relevant resolutions, including ${joinNames(options.recalled.map((c) => `resolution ${c}`))},` : 'Recalling its previous relevant resolutions,';
  const references = parseCitations(recalling).map((c) => c.reference);
  const document: ResolutionDocument = {
    kind: 'draft',
    status: 'zero-draft',
    revision: 'zero draft',
    regime: options.regime,
    language: 'en',
    completeness: 'full',
    preamble: [
      references.length > 0 ? { id: 'pp_1', text: recalling, references } : { id: 'pp_1', text: recalling },
      { id: 'pp_2', text: 'Acting under Chapter VII of the Charter of the United Nations,' },
    ],
    operative: [{ id: 'op_1', number: 1, text: 'Decides to remain seized of the matter.' }],
  };
  if (options.symbol) document.symbol = options.symbol;
  if (options.title) document.title = options.title;
  if (options.sponsors?.length) document.sponsors = options.sponsors;
  if (options.penholder) document.penholder = options.penholder;
  return document;
}
