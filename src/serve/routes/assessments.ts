import { assessImpact } from '../../consolidate/impact.js';
import { consolidate } from '../../consolidate/consolidate.js';
import { loadRegime } from '../../consolidate/load-regime.js';
import { parseAsOf } from '../../consolidate/moment.js';
import type { ImpactReport, RegimeState } from '../../consolidate/types.js';
import type { Diagnostic } from '../../load/diagnostic.js';
import type { Reply } from '../reply.js';
import { pathFrom } from '../../fs/path-from.js';
import type { ShownDocument, Workspace } from '../workspace.js';
import { notFound } from './not-found.js';

function relative(workspace: Workspace, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file: d.file.startsWith('/') ? pathFrom(workspace.dir, d.file) : d.file }));
}

function asOfFrom(query: URLSearchParams): { text?: string; refused?: Reply } {
  const text = query.get('asOf') || undefined;
  if (text !== undefined && !parseAsOf(text)) return { refused: notFound(`“${text}” is not a date: give YYYY-MM-DD.`, 400) };
  return text === undefined ? {} : { text };
}

/** `impact DRAFT` as the command computes it (docs/regime.md): the draft's regime from the folder, as of the draft's date or `?asOf=`. */
export async function readImpact(workspace: Workspace, query: URLSearchParams): Promise<{ draft: ShownDocument; report: ImpactReport; asOf?: string } | Reply> {
  const draft = await workspace.document(query.get('draft'));
  if (!draft) return notFound('There is no such draft in the folder (or it cannot be read: see the library).');
  const id = query.get('regime') || draft.loaded.document.regime;
  if (!id) return notFound('This draft names no regime.', 400);
  const asOf = asOfFrom(query);
  if (asOf.refused) return asOf.refused;
  const loaded = await loadRegime(id, workspace.dir);
  if (loaded.regime.documents.length === 0) return notFound(`No resolution in the folder belongs to the regime “${id}”.`);
  const result = assessImpact(draft.loaded, loaded.regime, asOf.text);
  if (!result.ok) return notFound(`The draft cannot be assessed: ${result.diagnostics.map((d) => d.message).join('; ')}`, 422);
  const report = { ...result.report, diagnostics: relative(workspace, [...loaded.diagnostics, ...result.report.diagnostics]) };
  return asOf.text === undefined ? { draft, report } : { draft, report, asOf: asOf.text };
}

/** `regime ID --as-of DATE` as the command computes it: today where no date is given. */
export async function readRegime(workspace: Workspace, query: URLSearchParams): Promise<{ id: string; asOf: string; state: RegimeState } | Reply> {
  const id = query.get('id') ?? '';
  const asOf = asOfFrom(query);
  if (asOf.refused) return asOf.refused;
  const date = asOf.text ?? new Date().toISOString().slice(0, 10);
  const loaded = await loadRegime(id, workspace.dir);
  if (loaded.regime.documents.length === 0) return notFound(`No resolution in the folder belongs to the regime “${id}”${loaded.regimes.length ? ` (regimes there: ${loaded.regimes.join(', ')})` : ''}.`);
  const state = consolidate(loaded.regime, date);
  return { id, asOf: date, state: { ...state, diagnostics: relative(workspace, [...loaded.diagnostics, ...state.diagnostics]) } };
}
