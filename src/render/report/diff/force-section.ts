import type { RootContent } from 'mdast';
import type { ClauseSide, ForceChange, ResolutionDiff } from '../../../diff/types.js';
import { linkTo } from '../lib/anchors.js';
import { bulletList, emphasis, heading, paragraph, type Phrasing } from '../lib/mdast.js';
import { clauseAnchorKey } from './anchor-keys.js';
import { shortLabel } from './labels.js';

function moved(old: ClauseSide, now: ClauseSide): string {
  const from = shortLabel(old, 'paragraph');
  const to = shortLabel(now, 'paragraph');
  return from === to ? from : `${from} → ${to}`;
}

function describe(force: ForceChange, hasSection: (anchor: string) => boolean): Phrasing[] {
  const place = (anchor: string | undefined, label: string): Phrasing => (anchor !== undefined && hasSection(anchor) ? linkTo(clauseAnchorKey(anchor), label) : label);
  if (force.kind === 'opening-verb') {
    const effect = force.direction === 'weakened' ? 'binding → non-binding: an obligation becomes an exhortation.' : force.direction === 'strengthened' ? 'non-binding → binding: an exhortation becomes an obligation.' : `the opening verb changed; both forms are ${force.to.force}.`;
    return [place(force.anchor, moved(force.old, force.new)), ': ', emphasis(force.from.text), ' → ', emphasis(force.to.text), `, ${effect}`];
  }
  if (force.kind === 'part') {
    const effect = force.direction === 'weakened' ? 'moved from the operative part into the preamble, where it has no operative force.' : 'moved from the preamble into the operative part, where it takes effect.';
    return [place(force.anchor, moved(force.old, force.new)), `: ${effect}`];
  }
  const effect = force.to ? '“Acting under Chapter VII of the Charter” now appears: decisions of the text bind all States.' : '“Acting under Chapter VII of the Charter” no longer appears: decisions of the text lose the Chapter VII basis that makes them binding.';
  return force.anchor === undefined ? [effect] : [place(force.anchor, 'Chapter VII'), `: ${effect}`];
}

/** The changes of legal force, first in the report because they matter most; nothing when there are none. */
export function forceSection(diff: ResolutionDiff, hasSection: (anchor: string) => boolean): RootContent[] {
  if (diff.force.length === 0) return [];
  return [
    heading(2, 'Changes in legal force'),
    paragraph('These change what the text obliges States to do. Weakenings come first.'),
    bulletList(diff.force.map((force) => describe(force, hasSection))),
  ];
}
