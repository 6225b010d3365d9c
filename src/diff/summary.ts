import { CLAUSE_CHANGE_KINDS, type AnnexChange, type ClauseChange, type PartChange, type DiffSummary, type ForceChange, type KindCounts, type MetadataChange } from './types.js';

/** The wording (and the subparagraphs' wordings) kept, the negotiation brackets changed. */
const isBracketsOnly = (change: ClauseChange): boolean => (change.kind === 'unchanged' || change.kind === 'renumbered') && (change.brackets?.length ?? 0) > 0;

const zeroKinds = (): KindCounts => Object.fromEntries(CLAUSE_CHANGE_KINDS.map((kind) => [kind, 0])) as KindCounts;

/** The counts a report's summary line is built from; `parts` only where either document is divided into parts. */
export function summarise(clauses: readonly ClauseChange[], force: readonly ForceChange[], metadata: readonly MetadataChange[], annexes: readonly AnnexChange[], parts?: readonly PartChange[]): DiffSummary {
  const summary: DiffSummary & Required<Pick<DiffSummary, 'brackets' | 'bracketsOnly'>> = {
    clauses: zeroKinds(),
    subparagraphs: zeroKinds(),
    force: { weakened: 0, strengthened: 0, changed: 0 },
    metadata: metadata.length,
    effects: { added: 0, removed: 0, changed: 0 },
    measures: { added: 0, removed: 0 },
    annexEntries: { added: 0, removed: 0, changed: 0 },
    brackets: { added: 0, removed: 0, resolved: 0, 're-attributed': 0 },
    bracketsOnly: 0,
  };
  const count = (changes: readonly ClauseChange[], into: KindCounts) => {
    for (const change of changes) {
      into[change.kind]++;
      for (const effect of change.effects ?? []) summary.effects[effect.kind]++;
      summary.measures.added += change.measures?.added.length ?? 0;
      summary.measures.removed += change.measures?.removed.length ?? 0;
      for (const bracket of change.brackets ?? []) summary.brackets[bracket.kind]++;
      count(change.subparagraphs ?? [], summary.subparagraphs);
    }
  };
  count(clauses, summary.clauses);
  summary.bracketsOnly = clauses.filter(isBracketsOnly).length;
  for (const change of force) summary.force[change.direction]++;
  for (const annex of annexes) for (const entry of annex.entries) summary.annexEntries[entry.kind]++;
  if (!parts) return summary;
  const partCounts = { added: 0, removed: 0, changed: 0 };
  for (const part of parts) partCounts[part.kind]++;
  return { ...summary, parts: partCounts };
}
