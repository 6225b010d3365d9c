import type { MergeResult } from '../../../negotiate/merge/types.js';
import { counted } from '../lib/names.js';
import { countsPhrase, OUTCOME_WORDS, placePhrase, touchedByPhrase } from './touches.js';

/**
 * The merge summary as plain text for a terminal: a headline, the conflicts and bracketed
 * paragraphs first with what collides, then each delegation's changes, then every paragraph a
 * delegation touched.
 */
export function formatMergeText(result: MergeResult, names: { base: string; output: string }): string {
  const touched = result.paragraphs.filter((p) => p.outcome !== 'kept');
  const lines = [`merged ${counted(result.delegations.length, 'copy', 'copies')} of ${names.base} into ${names.output}: ${counted(result.conflicts, 'paragraph')} in conflict or brackets, ${counted(touched.length - result.conflicts, 'change')} taken`];
  const disputed = result.paragraphs.filter((p) => p.outcome === 'conflict' || p.outcome === 'bracketed');
  if (disputed.length > 0) {
    lines.push('', 'Conflicts:');
    for (const p of disputed) lines.push(`  ${placePhrase(p)}: ${OUTCOME_WORDS[p.outcome]}: ${p.detail ?? ''}`.trimEnd());
  }
  lines.push('', 'Delegations:');
  for (const d of result.delegations) lines.push(`  ${d.delegation}: ${countsPhrase(d.counts)}; ${d.taken} taken, ${d.disputed} disputed`);
  if (touched.length > 0) {
    lines.push('', 'Paragraphs:');
    for (const p of touched) lines.push(`  ${placePhrase(p)}: ${OUTCOME_WORDS[p.outcome]}: ${touchedByPhrase(p)}`);
  }
  return `${lines.join('\n')}\n`;
}
