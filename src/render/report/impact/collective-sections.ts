import type { RootContent } from 'mdast';
import { collectiveName, collectiveReach, type CollectiveEffect } from '../../../consolidate/collective.js';
import { describeProvision } from '../../../consolidate/describe.js';
import { anchored, linkTo } from '../lib/anchors.js';
import { bulletList, heading, paragraph, strong, type Phrasing } from '../lib/mdast.js';
import { capitalise, counted } from '../lib/names.js';
import { measureKey, measureTitle } from '../regime/measure-section.js';
import { provenanceItem } from '../regime/provenance.js';
import { wordingBlocks } from '../regime/wording.js';
import { actingWording, type ImpactContext, type Noun } from './context.js';
import { CATEGORY_VERBS, citationLinks, collectiveKey, statusChanges } from './words.js';

/** "Effects of the draft on the whole regime", or on whole resolutions where it names them one by one. */
function collectiveTitle(effects: readonly CollectiveEffect[], noun: Noun): string {
  const scopes = new Set(effects.map((effect) => effect.scope));
  const what = scopes.size === 2 ? 'on whole resolutions and on the whole regime' : scopes.has('regime-wide') ? 'on the whole regime' : 'on whole resolutions';
  return `Effects of the ${noun} ${what} (${effects.length})`;
}

function effectBlocks(context: ImpactContext, effect: CollectiveEffect): RootContent[] {
  const { noun, actingIds } = context;
  const { entry } = effect;
  const wording = entry.wording ?? actingWording(context, entry.by.clauseId);
  const facts: Phrasing[][] = [
    [strong('Reaches:'), ` ${collectiveReach(effect)}: ${counted(effect.alone.length + effect.alsoReaches.length, 'measure')}, ${effect.alsoReaches.length ? `${effect.alone.length} of them changed by this effect alone` : 'each changed by this effect alone'}.`],
    [strong('Status:'), ` ${statusChanges(effect.alone)}.`],
    [strong(`${capitalise(noun)} paragraph:`), ' ', ...citationLinks([entry.by], actingIds), '.'],
  ];
  const blocks: RootContent[] = [
    anchored(heading(3, `${capitalise(collectiveName(effect))}: ${describeProvision(entry.by)}`), collectiveKey(effect)),
    bulletList(facts),
    paragraph(strong(`What the ${noun} would do:`)),
    bulletList([provenanceItem(entry)]),
    ...(wording ? wordingBlocks(wording) : []),
    paragraph(strong(`The ${counted(effect.alone.length, 'measure')} that nothing else in the ${noun} changes:`)),
    bulletList(effect.alone.map((impact) => [measureTitle(impact.measure)])),
  ];
  if (effect.alsoReaches.length) {
    blocks.push(
      paragraph(strong(`It also reaches these, which other paragraphs of the ${noun} change too (each has its own section above):`)),
      bulletList(effect.alsoReaches.map((impact) => [linkTo(measureKey(impact.measure.key), measureTitle(impact.measure)), ` (would ${CATEGORY_VERBS[impact.category]})`])),
    );
  }
  return blocks;
}

/** Each effect on whole resolutions, stated once, with the measures it alone changes listed one a line. */
export function collectiveSections(context: ImpactContext): RootContent[] {
  const { collective, noun } = context;
  if (collective.length === 0) return [];
  return [
    heading(2, collectiveTitle(collective, noun)),
    paragraph(`Each of these paragraphs acts on whole resolutions rather than on named measures, so it reaches every measure they hold. Each is stated once here, with the measures that nothing else in the ${noun} changes; a measure that another paragraph changes too keeps its own section above.`),
    ...collective.flatMap((effect) => effectBlocks(context, effect)),
  ];
}
