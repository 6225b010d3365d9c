import type { RootContent } from 'mdast';
import { describeProvision } from '../../../consolidate/describe.js';
import { heading, paragraph } from '../lib/mdast.js';
import { capitalise } from '../lib/names.js';
import { wordingBlocks } from '../regime/wording.js';
import type { ImpactContext } from './context.js';

/** The draft's paragraphs that declare no effect on the regime, so that nothing is silently left out. */
export function noEffectSection(context: ImpactContext): RootContent[] {
  const { report, noun } = context;
  const title = heading(2, `${capitalise(noun)} paragraphs with no effect on the regime`);
  if (report.noEffect.length === 0) return [title, paragraph(`None: every operative paragraph of the ${noun} declares an effect on the regime.`)];
  return [
    title,
    paragraph('Listed so that nothing is silently left out: these paragraphs declare no effect on any measure (calls for talks, expressions of support, procedural decisions …).'),
    ...report.noEffect.flatMap((clause): RootContent[] => [heading(3, capitalise(describeProvision(clause.by))), ...wordingBlocks(clause.wording)]),
  ];
}
