import { bracketCounts, bracketsOnlyWords } from '../../../diff/describe-brackets.js';
import type { ResolutionDiff } from '../../../diff/types.js';
import { counted } from '../lib/names.js';
import { forceWords, KIND_ORDER, KIND_WORDS } from './labels.js';

/** "3 reworded, 1 added, 12 renumbered, 1 binding → non-binding"; empty when nothing changed. */
export function summaryPhrases(diff: ResolutionDiff): string[] {
  const { summary } = diff;
  const phrases = KIND_ORDER.filter((kind) => summary.clauses[kind] > 0).map((kind) => `${summary.clauses[kind]} ${KIND_WORDS[kind]}`);
  if (summary.bracketsOnly) phrases.push(bracketsOnlyWords(summary.bracketsOnly));
  const subparagraphs = KIND_ORDER.reduce((total, kind) => total + summary.subparagraphs[kind], 0);
  if (subparagraphs > 0) phrases.push(`${counted(subparagraphs, 'subparagraph')} changed`);
  const force = new Map<string, number>();
  for (const change of diff.force) force.set(forceWords(change), (force.get(forceWords(change)) ?? 0) + 1);
  for (const [words, n] of force) phrases.push(`${n} ${words}`);
  const effects = summary.effects.added + summary.effects.removed + summary.effects.changed;
  if (effects > 0) phrases.push(`${counted(effects, 'declared effect')} changed`);
  if (summary.measures.added > 0) phrases.push(`${counted(summary.measures.added, 'measure')} added`);
  if (summary.measures.removed > 0) phrases.push(`${counted(summary.measures.removed, 'measure')} removed`);
  for (const kind of ['added', 'removed', 'changed'] as const) {
    const n = summary.annexEntries[kind];
    if (n > 0) phrases.push(`${counted(n, 'annex entry', 'annex entries')} ${kind === 'removed' ? 'deleted' : kind}`);
  }
  for (const kind of ['added', 'removed', 'changed'] as const) {
    const n = summary.parts?.[kind] ?? 0;
    if (n > 0) phrases.push(`${counted(n, 'part')} ${kind === 'removed' ? 'deleted' : kind}`);
  }
  for (const { n, event } of bracketCounts(summary.brackets)) phrases.push(`${counted(n, 'bracket')} ${event}`);
  if (summary.metadata > 0) phrases.push(`${counted(summary.metadata, 'document detail')} changed`);
  return phrases;
}
