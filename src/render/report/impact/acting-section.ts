import type { RootContent } from 'mdast';
import { collectiveName, collectiveReach } from '../../../consolidate/collective.js';
import { describeProvision } from '../../../consolidate/describe.js';
import { anchored, linkTo } from '../lib/anchors.js';
import { bulletList, heading, paragraph, strong, type Phrasing } from '../lib/mdast.js';
import { capitalise, counted } from '../lib/names.js';
import { measureKey, measureTitle } from '../regime/measure-section.js';
import { wordingBlocks } from '../regime/wording.js';
import { actingWording, type ImpactContext } from './context.js';
import { actingKey, actingOn, CATEGORY_VERBS, collectiveKey } from './words.js';

/** Each of the draft's paragraphs that act on the regime, with its words and what it acts on. */
export function actingSection(context: ImpactContext): RootContent[] {
  const { acting, changed, collective, noun } = context;
  if (acting.length === 0) return [];
  return [
    heading(2, `The ${noun}’s paragraphs that act on the regime`),
    ...acting.flatMap((citation): RootContent[] => {
      const acted = changed.filter((impact) => actingOn(impact).some((c) => c.clauseId === citation.clauseId));
      const effects = collective.filter((effect) => effect.entry.by.clauseId === citation.clauseId);
      const changes = [...acted.flatMap((impact) => impact.changes), ...effects.map((effect) => effect.entry)];
      const wording = actingWording(context, citation.clauseId) ?? changes.find((change) => change.by.clauseId === citation.clauseId && change.wording)?.wording;
      return [
        anchored(heading(3, capitalise(describeProvision(citation))), actingKey(citation)),
        ...(wording ? wordingBlocks(wording) : []),
        paragraph(strong('Acts on:')),
        bulletList([
          ...effects.map((effect): Phrasing[] => [linkTo(collectiveKey(effect), capitalise(collectiveReach(effect))), ` (${collectiveName(effect)}; ${counted(effect.alone.length, 'measure')} it alone changes)`]),
          ...acted.map((impact): Phrasing[] => [linkTo(measureKey(impact.measure.key), measureTitle(impact.measure)), ` (would ${CATEGORY_VERBS[impact.category]})`]),
        ]),
      ];
    }),
  ];
}
