import { groupImpacts } from '../../../src/consolidate/collective.js';
import type { ImpactReport, Measure, Moment, ProvenanceEntry, ProvisionCitation, RegimeState } from '../../../src/consolidate/types.js';

const at = (date: string): Moment => ({ utc: `${date}T00:00:00.000Z`, date, onAdoption: true });

const citation = (documentKey: string, clauseId: string, paragraph?: string): ProvisionCitation => ({
  documentKey,
  document: documentKey === 'draft' ? 'draft of 1993-08-27' : `resolution ${documentKey}`,
  ...(documentKey !== 'draft' && { resolution: documentKey }),
  clauseId,
  ...(paragraph !== undefined && { paragraph }),
  numberStatus: paragraph === undefined ? 'unconfirmed' : 'confirmed',
});

/** A termination that waits for a finding of the Council, with `text` as the condition. */
const awaited = (text: string): ProvenanceEntry => ({ action: 'terminate', by: citation('861 (1993)', 'op_4', '4'), at: at('1993-08-27'), awaits: text, note: text });

function measure(text: string, key: string, provision: ProvisionCitation, extra: ProvenanceEntry[]): Measure {
  const imposed: ProvenanceEntry = { action: 'impose', by: citation('841 (1993)', 'op_3', '3'), at: at('1993-06-23'), condition: text, note: text };
  return {
    key,
    provision,
    heading: text,
    measures: ['asset-freeze', 'supply-ban:petroleum', 'supply-ban:arms'],
    wording: key.endsWith('op_8') ? { kind: 'text', text: `Decides that ${text}\n(a) ${text}` } : { kind: 'summary', text, sources: ['https://example.org/source', `Register, ${text}`], status: 'partly' },
    status: 'suspended',
    since: at('1993-08-27'),
    exemptions: [],
    extensions: [],
    conditions: [{ action: 'impose', by: imposed.by, text }],
    history: [imposed, ...extra],
    scheduled: [],
    awaiting: [awaited(text)],
    calledOff: [{ ...imposed, condition: text, met: { date: '1993-06-20', by: text, note: text } }],
    replaces: [],
  };
}

/**
 * A consolidated regime in which `text` stands wherever a file can put words of its own. (A source
 * that is a web address is shown as a link by design, so the text stands in a source that is not.)
 */
export function textRegime(text: string): RegimeState {
  const suspended: ProvenanceEntry = { action: 'suspend', by: citation('861 (1993)', 'op_1', '1'), at: at('1993-08-27'), note: text, status: 'partly' };
  return {
    regime: 'haiti',
    asOf: { text: '1993-09-01', utc: '1993-09-02T00:00:00.000Z' },
    documents: [{ documentKey: '841 (1993)', document: 'resolution 841 (1993)', resolution: '841 (1993)', kind: 'resolution', date: '1993-06-16', included: true }],
    measures: [measure(text, '841 (1993)#op_8', citation('841 (1993)', 'op_8', '8'), [suspended]), measure(text, '841 (1993)#op_x', citation('841 (1993)', 'op_x'), [suspended])],
    committees: [{ key: '841 (1993)#op_10', establishedBy: citation('841 (1993)', 'op_10', '10'), status: 'active', mandate: [], history: [{ action: 'establish-committee', by: citation('841 (1993)', 'op_10', '10'), at: at('1993-06-16'), note: text }], scheduled: [], awaiting: [], calledOff: [] }],
    watched: [{ by: citation('861 (1993)', 'op_3', '3'), at: at('1993-08-27'), wording: { kind: 'text', text }, measures: ['841 (1993)#op_8'], condition: text }],
    conditional: [{ status: 'pending', entry: awaited(text), measures: ['841 (1993)#op_8'], committees: [] }],
    calls: [{ by: citation('841 (1993)', 'op_11', '11'), opening: 'Calls upon', wording: { kind: 'text', text }, namedBy: [citation('841 (1993)', 'op_3', '3')] }],
    diagnostics: [{ file: 'resolutions/haiti/x.yaml', line: 3, col: 5, severity: 'warning', code: 'not-a-measure', message: text, hint: text }],
  };
}

/** What a draft would do, with `text` wherever a file or a draft can put words of its own. */
export function textImpact(text: string): ImpactReport {
  const state = textRegime(text);
  const terminate: ProvenanceEntry = { action: 'terminate', by: citation('draft', 'op_lift'), at: at('1993-08-27'), note: text, status: 'unconfirmed' };
  const amend: ProvenanceEntry = { action: 'amend', by: citation('draft', 'op_amend'), at: at('1993-08-27'), direction: 'loosen', wording: { kind: 'text', text } };
  const [frozen, unnumbered] = state.measures as [Measure, Measure];
  const measures: ImpactReport['measures'] = [
      { category: 'terminated', measure: { ...unnumbered, status: 'terminated', history: [...unnumbered.history, terminate] }, before: 'suspended', after: 'terminated', imposedBy: [citation('841 (1993)', 'op_3', '3')], actedOnBy: [terminate.by], changes: [terminate] },
      {
        category: 'amended',
        measure: { ...frozen, history: [...frozen.history, amend] },
        before: 'suspended',
        after: 'suspended',
        imposedBy: [citation('841 (1993)', 'op_3', '3')],
        actedOnBy: [amend.by],
        changes: [amend],
        wording: { before: { kind: 'text', text }, after: { kind: 'text', text }, redline: { segments: [{ kind: 'equal', text: 'Decides ' }, { kind: 'delete', text }, { kind: 'insert', text }], fallback: false } },
      },
      { category: 'unchanged', measure: { ...frozen, key: '841 (1993)#op_9' }, before: 'in-force', after: 'in-force', imposedBy: [], actedOnBy: [], changes: [] },
  ];
  const pending: ProvenanceEntry = { action: 'terminate', by: citation('draft', 'op_later'), at: at('1993-08-27'), awaits: text };
  return {
    regime: 'haiti',
    draft: { documentKey: 'draft', document: 'draft of 1993-08-27', title: text, revision: 'rev.1', status: 'circulated', date: '1993-08-27', language: 'en', sponsors: [text] },
    asOf: { text: '1993-08-27', utc: '1993-08-28T00:00:00.000Z' },
    comparedAt: { text: '1993-08-27', utc: '1993-08-28T00:00:00.000Z' },
    before: state,
    after: state,
    measures,
    grouped: groupImpacts({ measures }),
    acting: [terminate, amend, pending].map((entry) => ({ by: entry.by, wording: { kind: 'text' as const, text } })),
    conditional: [{ status: 'pending', entry: pending, measures: ['841 (1993)#op_8'], committees: [] }],
    committees: [],
    watched: [{ by: citation('draft', 'op_review'), at: at('1993-08-27'), wording: { kind: 'summary', text, sources: [`Register, ${text}`] }, measures: ['841 (1993)#op_8'], condition: text }],
    noEffect: [{ by: citation('draft', 'op_talks'), wording: { kind: 'summary', text, sources: ['https://example.org/talks'], status: 'confirmed' } }],
    summary: { terminated: 1, suspended: 0, reinstated: 0, loosened: 0, tightened: 0, amended: 1, added: 0, unchanged: 1 },
    diagnostics: state.diagnostics,
  };
}
