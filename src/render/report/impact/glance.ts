import type { RootContent } from 'mdast';
import { collectiveReach } from '../../../consolidate/collective.js';
import { describeProvision } from '../../../consolidate/describe.js';
import { IMPACT_CATEGORIES } from '../../../consolidate/types.js';
import { linkTo } from '../lib/anchors.js';
import { heading, paragraph, table, type Phrasing } from '../lib/mdast.js';
import { measureNames } from '../lib/measure-names.js';
import { capitalise, counted } from '../lib/names.js';
import { measureKey } from '../regime/measure-section.js';
import type { ImpactContext } from './context.js';
import { actingOn, CATEGORY_VERBS, citationLinks, collectiveKey, heldIn } from './words.js';

/** One row for each measure the draft would change, and one for each of its effects on whole resolutions. */
export function glanceSection(context: ImpactContext): RootContent[] {
  const { noun, changed, collective, actingIds } = context;
  const title = heading(2, 'At a glance');
  if (changed.length === 0 && collective.length === 0) return [title, paragraph(`The ${noun} would change no measure of the regime.`)];
  const rows = IMPACT_CATEGORIES.flatMap((category): Phrasing[][][] => [
    ...changed
      .filter((impact) => impact.category === category)
      .map((impact): Phrasing[][] => [
        [CATEGORY_VERBS[impact.category]],
        [linkTo(measureKey(impact.measure.key), capitalise(measureNames(impact.measure)))],
        [describeProvision(impact.measure.provision)],
        [impact.imposedBy.map(describeProvision).join('; ') || '—'],
        citationLinks(actingOn(impact), actingIds),
      ]),
    ...collective
      .filter((effect) => effect.category === category)
      .map((effect): Phrasing[][] => [
        [`${CATEGORY_VERBS[effect.category]} (${effect.scope})`],
        [linkTo(collectiveKey(effect), `${capitalise(collectiveReach(effect))} (${counted(effect.alone.length, 'measure')})`)],
        [heldIn(effect.alone)],
        ['—'],
        citationLinks([effect.entry.by], actingIds),
      ]),
  ]);
  const grouped = collective.length ? ` An effect on whole resolutions takes one row, for the measures nothing else in the ${noun} changes; its section lists them.` : '';
  return [
    title,
    paragraph(`Each measure the ${noun} would change: where the regime holds it, the paragraph that brought it into force, and the paragraph of the ${noun} that acts on it. Where the sources do not confirm a paragraph number, the table says “paragraph not confirmed”: no number is guessed.${grouped}`),
    table([[`The ${noun} would`], ['Measure'], ['Held in'], ['Brought into force by'], [`${capitalise(noun)} paragraph acting on it`]], rows),
  ];
}
