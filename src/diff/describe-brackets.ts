import type { BracketChange } from './types.js';

/**
 * What happened to a bracket, in a negotiator's words: a bracket `resolved` is *agreed*. In the
 * order a summary counts them: what was settled first.
 */
const BRACKET_EVENTS: Readonly<Record<BracketChange['kind'], string>> = { resolved: 'agreed', 're-attributed': 're-attributed', added: 'added', removed: 'removed' };

/** The same words for one bracket, where one agreed before and open again is *reopened*. */
function bracketEvent(change: BracketChange): string {
  return change.kind === 'added' && change.old ? 'reopened' : BRACKET_EVENTS[change.kind];
}

/** "2 agreed", "1 re-attributed" … for each kind of bracket change counted, in the order above. */
export function bracketCounts(counts: Partial<Record<BracketChange['kind'], number>> = {}): Array<{ n: number; event: string }> {
  return Object.entries(BRACKET_EVENTS).flatMap(([kind, event]) => {
    const n = counts[kind as BracketChange['kind']] ?? 0;
    return n > 0 ? [{ n, event }] : [];
  });
}

/** `summary.bracketsOnly` in words: "1 paragraph changed in its brackets only", "2 paragraphs changed in their brackets only". */
export function bracketsOnlyWords(paragraphs: number): string {
  return paragraphs === 1 ? '1 paragraph changed in its brackets only' : `${paragraphs} paragraphs changed in their brackets only`;
}

const proposers = (names: readonly string[] | undefined) => (names?.length ? names.join(', ') : 'no delegation named');

/**
 * A bracket change for a reader: `what` ("bracket 2 re-attributed", "bracket 1 in op_2__a
 * agreed") and, where there is more to say, `detail`: who proposed it before and after
 * ("France → France, United Kingdom"), which option was kept, or who proposed it.
 */
export function describeBracketChange(change: BracketChange, arrow: string): { what: string; detail?: string } {
  const what = `bracket ${(change.newIndex ?? change.oldIndex ?? 0) + 1}${change.clause ? ` in ${change.clause}` : ''} ${bracketEvent(change)}`;
  switch (change.kind) {
    case 're-attributed':
      return { what, detail: `${proposers(change.old?.proposedBy)} ${arrow} ${proposers(change.new?.proposedBy)}` };
    case 'resolved': {
      const kept = change.new?.agreedOption;
      return kept === undefined ? { what } : { what, detail: kept === 0 ? 'the bracketed language dropped' : `option ${kept} kept` };
    }
    default: {
      const by = (change.new ?? change.old)?.proposedBy;
      return by?.length ? { what, detail: `proposed by ${proposers(by)}` } : { what };
    }
  }
}
