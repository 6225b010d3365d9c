import type { RootContent } from 'mdast';
import type { ConditionalChange } from '../../../consolidate/types.js';
import { linkTo } from '../lib/anchors.js';
import { bulletList, heading, paragraph, strong, type Phrasing } from '../lib/mdast.js';
import { measureKey } from './measure-section.js';
import { provenanceItem } from './provenance.js';

/** What a held change would act on: links to the measures that have a section, keys otherwise. */
function actsOn(change: ConditionalChange, sectioned: ReadonlySet<string>): Phrasing[] {
  const targets: Phrasing[] = [];
  for (const key of change.measures) targets.push(...(targets.length ? ['; '] : []), sectioned.has(key) ? linkTo(measureKey(key), key) : key);
  for (const key of change.committees) targets.push(...(targets.length ? ['; '] : []), `the committee ${key}`);
  return targets.length ? targets : ['nothing found in the files'];
}

/**
 * The changes that conditions hold back, each with its condition verbatim and what it would act
 * on: those pending on a condition precedent (never applied until a user records it met), and
 * those an "unless" recorded as met called off. Nothing where there are none.
 */
export function conditionalSections(changes: readonly ConditionalChange[], sectioned: ReadonlySet<string>, level: 2 | 3 = 2): RootContent[] {
  const blocks: RootContent[] = [];
  const pending = changes.filter((change) => change.status === 'pending');
  const calledOff = changes.filter((change) => change.status === 'called-off');
  if (pending.length) {
    blocks.push(
      heading(level, `Changes pending on a condition (${pending.length})`),
      paragraph('Each waits for a later act or finding of the Council or the Secretary-General. It is never applied until the files record that its condition was met (when, and by what document); the measures it would act on are shown as they stand without it.'),
      bulletList(pending.map((change): Phrasing[] => [...provenanceItem(change.entry), ' ', strong('Would act on:'), ' ', ...actsOn(change, sectioned), '.'])),
    );
  }
  if (calledOff.length) {
    blocks.push(
      heading(level, `Changes called off (${calledOff.length})`),
      paragraph('Each was to take hold “unless …”; the files record that the “unless” was met before then, so it never took hold.'),
      bulletList(calledOff.map((change): Phrasing[] => [...provenanceItem(change.entry), ' ', strong('Would have acted on:'), ' ', ...actsOn(change, sectioned), '.'])),
    );
  }
  return blocks;
}
