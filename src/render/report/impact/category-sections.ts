import type { RootContent } from 'mdast';
import { collectiveName, collectiveReach, effectKey } from '../../../consolidate/collective.js';
import { describeProvision, describeReference } from '../../../consolidate/describe.js';
import { IMPACT_CATEGORIES, type MeasureImpact, type ProvenanceEntry } from '../../../consolidate/types.js';
import { linkTo } from '../lib/anchors.js';
import { bulletList, heading, paragraph, strong, type Phrasing } from '../lib/mdast.js';
import { capitalise } from '../lib/names.js';
import { redlineLegend, redlinePhrasing } from '../lib/redline.js';
import { measureSection, STATUS_WORDS } from '../regime/measure-section.js';
import { provenanceItem } from '../regime/provenance.js';
import { isOwn, type ImpactContext } from './context.js';
import { actingOn, categoryTitle, citationLinks, collectiveKey } from './words.js';

/** An effect of the draft on one measure; one on whole resolutions points to where it is stated once. */
function changeItem(context: ImpactContext, change: ProvenanceEntry): Phrasing[] {
  const item = provenanceItem(change);
  if (!change.collective) return item;
  const effect = context.collective.find((candidate) => effectKey(candidate.entry) === effectKey(change));
  if (!effect) return [...item, ` It acts on whole resolutions: ${change.target ? describeReference(change.target) : 'those it names'}.`];
  return [...item, ' It is the ', linkTo(collectiveKey(effect), collectiveName(effect)), ` that reaches ${collectiveReach(effect)}.`];
}

/** One measure the draft would change: its status before and after, what brought it into force, what the draft does, the redline. */
function impactMeasureSection(context: ImpactContext, impact: MeasureImpact): RootContent[] {
  const { noun, actingIds, style } = context;
  // Review clauses are shown once, in their own section, not under every measure they concern.
  const history = impact.measure.history.filter((entry) => !isOwn(context, entry) && entry.action !== 'review');
  const lead: Phrasing[][] = [
    [strong('Status:'), ` ${impact.before ? STATUS_WORDS[impact.before] : 'not in the regime'} → ${STATUS_WORDS[impact.after]}.`],
    [strong('Brought into force by:'), ` ${impact.imposedBy.map(describeProvision).join('; ') || 'not found in the files'}.`],
    [strong(`${capitalise(noun)} paragraph acting on it:`), ' ', ...citationLinks(actingOn(impact), actingIds), '.'],
  ];
  const [title, facts, ...rest] = measureSection(impact.measure, 3, { history, lead, wording: !impact.wording });
  const blocks: RootContent[] = [title!, facts!];
  const changes = impact.changes.filter((entry) => entry.action !== 'review');
  if (changes.length) blocks.push(paragraph(strong(`What the ${noun} would do:`)), bulletList(changes.map((change) => changeItem(context, change))));
  if (impact.wording) blocks.push(paragraph(strong('Change of wording.'), ' ', ...redlineLegend(style)), paragraph(...redlinePhrasing(impact.wording.redline, style)));
  return [...blocks, ...rest];
}

/** A section per category the draft would change (terminate, suspend …), each measure in it with its own section. */
export function categorySections(context: ImpactContext): RootContent[] {
  return IMPACT_CATEGORIES.filter((category) => category !== 'unchanged').flatMap((category) => {
    const impacts = context.changed.filter((impact) => impact.category === category);
    return impacts.length ? [heading(2, categoryTitle(category, context.noun, impacts.length)), ...impacts.flatMap((impact) => impactMeasureSection(context, impact))] : [];
  });
}
