import { describeProvision } from '../../../consolidate/describe.js';
import type { MeasureStatus, RegimeState } from '../../../consolidate/types.js';
import { callLines, conditionalSections, heldLines } from './conditional-lines.js';
import { committeeLines, indent, measureLines, section, wordingLines } from './consolidation-lines.js';

const STATUS_TITLES: Record<MeasureStatus, string> = {
  'in-force': 'IN FORCE',
  suspended: 'SUSPENDED',
  terminated: 'TERMINATED',
  pending: 'ADOPTED, NOT YET IN FORCE',
};

export function asOfLine(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text} (to the end of that day, UTC)` : text;
}

/** The consolidated regime as plain text: measures by status, committees, review clauses. */
export function formatRegimeText(state: RegimeState): string {
  const applied = state.documents.filter((d) => d.included);
  const later = state.documents.filter((d) => !d.included);
  const lines = [
    `Regime "${state.regime}" as of ${asOfLine(state.asOf.text)}`,
    `Documents applied: ${applied.map((d) => `${d.document} (${d.date})`).join(', ') || 'none'}`,
  ];
  if (later.length > 0) lines.push(`Not yet adopted then: ${later.map((d) => `${d.document} (${d.date})`).join(', ')}`);
  lines.push('');
  for (const status of ['in-force', 'suspended', 'terminated', 'pending'] as const) {
    lines.push(...section(STATUS_TITLES[status], state.measures.filter((m) => m.status === status).map((m) => [...measureLines(m), ...indent(heldLines(m))])));
  }
  lines.push(...conditionalSections(state.conditional));
  if (state.calls.length > 0) lines.push(...section('CALLS, NOT MEASURES (NON-BINDING WORDS)', state.calls.map(callLines)));
  lines.push(...section('COMMITTEES', state.committees.map(committeeLines)));
  lines.push(...section('WATCHED: REVIEW CLAUSES, NO LEGAL EFFECT YET', state.watched.map((w) => [`${describeProvision(w.by)} (${w.at.date})`, ...indent(wordingLines(w.wording)), `  concerns: ${w.measures.join(', ') || 'no measure found'}`])));
  return `${lines.join('\n').trimEnd()}\n`;
}
