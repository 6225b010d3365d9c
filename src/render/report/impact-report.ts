import type { Root, RootContent } from 'mdast';
import { collectiveName, collectiveReach, effectKey, groupImpacts, impactSummary, type CollectiveEffect } from '../../consolidate/collective.js';
import { describeProvision, describeReference } from '../../consolidate/describe.js';
import { measureNames } from './lib/measure-names.js';
import { wordingOf } from '../../consolidate/provision.js';
import type { ImpactCategory, ImpactReport, MeasureImpact, Moment, ProvenanceEntry, ProvisionCitation, Wording } from '../../consolidate/types.js';
import { IMPACT_CATEGORIES } from '../../consolidate/types.js';
import type { ResolutionDocument } from '../../model/document.js';
import { walkOperative } from '../../model/paragraph-path.js';
import { anchored, linkTo, resolveAnchors } from './lib/anchors.js';
import { footer } from './lib/footer.js';
import { blockquote, bulletList, emphasis, heading, paragraph, strong, table, type Phrasing } from './lib/mdast.js';
import { capitalise, counted, documentName, formatDate, formatMoment, regimeName } from './lib/names.js';
import { problemsSection } from './lib/problems.js';
import { redlineLegend, redlinePhrasing, type RedlineStyle } from './lib/redline.js';
import { historyList, measureKey, measureSection, measureTitle, STATUS_WORDS } from './regime/measure-section.js';
import { momentWords, provenanceItem } from './regime/provenance.js';
import { draftEffectSection, measureTimeline, shortCitation } from './regime/timeline.js';
import { watchedSection } from './regime/watched.js';
import { wordingBlocks } from './regime/wording.js';

export interface ImpactReportOptions {
  redline?: RedlineStyle;
  /** The draft itself, to quote the paragraphs that act on the regime. */
  draft?: ResolutionDocument;
}

/** "draft", or "resolution" for an adopted resolution assessed as if it were not adopted yet. */
type Noun = 'draft' | 'resolution';

const CATEGORY_VERBS: Record<ImpactCategory, string> = {
  terminated: 'terminate',
  suspended: 'suspend',
  reinstated: 'bring back into force',
  loosened: 'loosen',
  tightened: 'tighten',
  amended: 'amend',
  added: 'add',
  unchanged: 'leave unchanged',
};

const CATEGORY_NOTES: Partial<Record<ImpactCategory, string>> = {
  reinstated: ' (end a suspension)',
  loosened: ' (exemptions, higher caps, later deadlines)',
  amended: ' (the files do not say which way)',
};

function categoryTitle(category: ImpactCategory, noun: Noun, count: number): string {
  const verb = category === 'unchanged' ? 'leaves unchanged' : `would ${CATEGORY_VERBS[category]}`;
  return `Measures the ${noun} ${verb}${CATEGORY_NOTES[category] ?? ''} (${count})`;
}

function actingKey(citation: ProvisionCitation): string {
  return `acting:${citation.clauseId}`;
}

function collectiveKey(effect: CollectiveEffect): string {
  return `collective:${effect.key}`;
}

/** "Regime-wide effects of the draft", or of whole resolutions where it names them one by one. */
function collectiveTitle(effects: readonly CollectiveEffect[], noun: Noun): string {
  const scopes = new Set(effects.map((effect) => effect.scope));
  const what = scopes.size === 2 ? 'on whole resolutions and on the whole regime' : scopes.has('regime-wide') ? 'on the whole regime' : 'on whole resolutions';
  return `Effects of the ${noun} ${what} (${effects.length})`;
}

/** "resolutions 1718 (2006), 1874 (2009) and 2087 (2013)": the documents holding the measures. */
function heldIn(impacts: readonly MeasureImpact[]): string {
  const documents = [...new Set(impacts.map((impact) => impact.measure.provision.resolution ?? impact.measure.provision.document))];
  if (documents.length === 1) return impacts[0]!.measure.provision.document;
  return `resolutions ${documents.slice(0, -1).join(', ')} and ${documents.at(-1)}`;
}

/** "in force → in force", or a count for each change of status where they differ. */
function statusChanges(impacts: readonly MeasureImpact[]): string {
  const counts = new Map<string, number>();
  for (const impact of impacts) {
    const change = `${impact.before ? STATUS_WORDS[impact.before] : 'not in the regime'} → ${STATUS_WORDS[impact.after]}`;
    counts.set(change, (counts.get(change) ?? 0) + 1);
  }
  if (counts.size === 1) return `${[...counts.keys()][0]!}, for each`;
  return [...counts].map(([change, n]) => `${change} (${n})`).join('; ');
}

/** The paragraphs with a legal effect on the measure, each once: review clauses are listed on their own. */
function actingOn(impact: MeasureImpact): ProvisionCitation[] {
  const seen = new Map<string, ProvisionCitation>();
  for (const change of impact.changes) if (change.action !== 'review' && !seen.has(change.by.clauseId)) seen.set(change.by.clauseId, change.by);
  return [...seen.values()];
}

function actingParagraphs(impacts: readonly MeasureImpact[]): ProvisionCitation[] {
  const seen = new Map<string, ProvisionCitation>();
  for (const citation of impacts.flatMap(actingOn)) if (!seen.has(citation.clauseId)) seen.set(citation.clauseId, citation);
  return [...seen.values()];
}

function clauseWording(document: ResolutionDocument | undefined, clauseId: string): Wording | undefined {
  for (const { clause } of document ? walkOperative(document) : []) if (clause.id === clauseId) return wordingOf(clause);
  return undefined;
}

function citationLinks(citations: readonly ProvisionCitation[], linked: ReadonlySet<string>): Phrasing[] {
  if (citations.length === 0) return ['—'];
  return citations.flatMap((citation, index) => [...(index ? ['; '] : []), linked.has(citation.clauseId) ? linkTo(actingKey(citation), describeProvision(citation)) : describeProvision(citation)]);
}

class ImpactReportBuilder {
  private readonly noun: Noun;
  /** The measures the draft changes that are reported one by one. */
  private readonly changed: MeasureImpact[];
  /** The draft's effects on whole resolutions, each reported once with the measures it alone changes. */
  private readonly collective: CollectiveEffect[];
  private readonly acting: ProvisionCitation[];
  private readonly actingIds: ReadonlySet<string>;
  private readonly sectioned: ReadonlySet<string>;

  constructor(
    private readonly report: ImpactReport,
    private readonly options: ImpactReportOptions,
  ) {
    this.noun = report.draft.symbol?.startsWith('S/RES/') ? 'resolution' : 'draft';
    const { individual, collective } = groupImpacts(report);
    this.changed = individual.filter((impact) => impact.category !== 'unchanged');
    this.collective = collective;
    this.acting = actingParagraphs([...this.changed, ...collective.flatMap((effect) => effect.alone)]);
    this.actingIds = new Set(this.acting.map((citation) => citation.clauseId));
    this.sectioned = new Set(this.changed.map((impact) => impact.measure.key));
  }

  private isOwn(entry: { by: ProvisionCitation }): boolean {
    return entry.by.documentKey === this.report.draft.documentKey;
  }

  private inCategory<T extends { category: ImpactCategory }>(items: readonly T[], category: ImpactCategory): T[] {
    return items.filter((item) => item.category === category);
  }

  /** When the last of the draft's effects takes hold, as its text states it ("18 October 1993, 23:59 EST"). */
  private lastEffect(): Moment | undefined {
    const moments = this.report.measures.flatMap((impact) => impact.changes.filter((entry) => this.isOwn(entry)).map((entry) => entry.at));
    return moments.sort((a, b) => a.utc.localeCompare(b.utc)).at(-1);
  }

  header(): RootContent[] {
    const { draft, asOf, comparedAt, before } = this.report;
    const name = documentName({ kind: this.noun, ...(draft.symbol && { symbol: draft.symbol }), ...(draft.revision && { revision: draft.revision }), ...(draft.date && { date: draft.date }) });
    const regime = regimeName(this.report.regime);
    const applied = before.documents.filter((d) => d.included).map((d) => d.resolution ?? d.document);
    const details: Phrasing[][] = [];
    if (draft.title) details.push([strong('Title:'), ` ${draft.title}`]);
    details.push([strong('Status:'), ` ${draft.status.replace(/-/g, ' ')}${draft.sponsors?.length ? `; sponsors: ${draft.sponsors.join(', ')}` : ''}.`]);
    details.push([strong('Assessed against:'), ` the ${regime} sanctions regime in force on ${formatDate(asOf.text)} (${applied.length === 1 ? 'resolution' : 'resolutions'} ${applied.join(', ') || 'none'}), as if the ${this.noun} were adopted that day.`]);
    const last = this.lastEffect();
    if (comparedAt.text !== asOf.text) details.push([strong('Compared on:'), ` ${last ? momentWords(last) : formatMoment(comparedAt.text)}, when the last of its effects takes hold.`]);
    const phrases = impactSummary(this.report);
    const blocks: RootContent[] = [heading(1, `What ${name} would do to the ${regime} sanctions regime`), bulletList(details), paragraph(strong('Summary:'), ` ${phrases.length ? capitalise(phrases.join(', ')) : 'the regime holds no measure'}.`)];
    const wordings = [...this.report.measures.map((impact) => impact.measure.wording), ...this.report.noEffect.map((clause) => clause.wording), ...this.report.watched.map((clause) => clause.wording)];
    if (wordings.some((wording) => wording.kind === 'summary')) {
      blocks.push(blockquote(paragraph(strong('Summaries are marked.'), ' Where the official text is not available, the files hold an editorial summary of the cited sources instead. Such passages are labelled ', emphasis('summary, not the Council’s words'), ' and list their sources.')));
    }
    return blocks;
  }

  glance(): RootContent[] {
    const title = heading(2, 'At a glance');
    if (this.changed.length === 0 && this.collective.length === 0) return [title, paragraph(`The ${this.noun} would change no measure of the regime.`)];
    const rows = IMPACT_CATEGORIES.flatMap((category): Phrasing[][][] => [
      ...this.inCategory(this.changed, category).map((impact): Phrasing[][] => [
        [CATEGORY_VERBS[impact.category]],
        [linkTo(measureKey(impact.measure.key), capitalise(measureNames(impact.measure)))],
        [describeProvision(impact.measure.provision)],
        [impact.imposedBy.map(describeProvision).join('; ') || '—'],
        citationLinks(actingOn(impact), this.actingIds),
      ]),
      ...this.inCategory(this.collective, category).map((effect): Phrasing[][] => [
        [`${CATEGORY_VERBS[effect.category]} (${effect.scope})`],
        [linkTo(collectiveKey(effect), `${capitalise(collectiveReach(effect))} (${counted(effect.alone.length, 'measure')})`)],
        [heldIn(effect.alone)],
        ['—'],
        citationLinks([effect.entry.by], this.actingIds),
      ]),
    ]);
    const grouped = this.collective.length ? ` An effect on whole resolutions takes one row, for the measures nothing else in the ${this.noun} changes; its section lists them.` : '';
    return [
      title,
      paragraph(`Each measure the ${this.noun} would change: where the regime holds it, the paragraph that brought it into force, and the paragraph of the ${this.noun} that acts on it. Where the sources do not confirm a paragraph number, the table says “paragraph not confirmed”: no number is guessed.${grouped}`),
      table([[`The ${this.noun} would`], ['Measure'], ['Held in'], ['Brought into force by'], [`${capitalise(this.noun)} paragraph acting on it`]], rows),
    ];
  }

  timeline(): RootContent[] {
    if (this.changed.length === 0 && this.collective.length === 0) return [];
    const until = this.lastEffect()?.date ?? this.report.comparedAt.text.slice(0, 10);
    const options = { until, draftKey: this.report.draft.documentKey, draftLabel: capitalise(this.noun) };
    const extra = this.collective.map((effect) => draftEffectSection(`${collectiveName(effect)}, ${shortCitation(effect.entry.by)}, ${counted(effect.alone.length, 'measure')}`, effect.entry, options));
    const grouped = this.collective.length ? ` An effect on whole resolutions is drawn once, on a line of its own, not on each measure it reaches.` : '';
    return [
      heading(2, 'Timeline'),
      paragraph(`When each measure the ${this.noun} acts on was in force or suspended, up to ${formatDate(until)}; the red diamonds mark what the ${this.noun} would do.${grouped}`),
      measureTimeline(`${regimeName(this.report.regime)} sanctions and what the ${this.noun} would change`, this.changed.map((impact) => impact.measure), options, extra),
    ];
  }

  /** An effect of the draft on one measure; one on whole resolutions points to where it is stated once. */
  private changeItem(change: ProvenanceEntry): Phrasing[] {
    const item = provenanceItem(change);
    if (!change.collective) return item;
    const effect = this.collective.find((candidate) => effectKey(candidate.entry) === effectKey(change));
    if (!effect) return [...item, ` It acts on whole resolutions: ${change.target ? describeReference(change.target) : 'those it names'}.`];
    return [...item, ' It is the ', linkTo(collectiveKey(effect), collectiveName(effect)), ` that reaches ${collectiveReach(effect)}.`];
  }

  measureSection(impact: MeasureImpact): RootContent[] {
    const style = this.options.redline ?? 'html';
    // Review clauses are shown once, in their own section, not under every measure they concern.
    const history = impact.measure.history.filter((entry) => !this.isOwn(entry) && entry.action !== 'review');
    const lead: Phrasing[][] = [
      [strong('Status:'), ` ${impact.before ? STATUS_WORDS[impact.before] : 'not in the regime'} → ${STATUS_WORDS[impact.after]}.`],
      [strong('Brought into force by:'), ` ${impact.imposedBy.map(describeProvision).join('; ') || 'not found in the files'}.`],
      [strong(`${capitalise(this.noun)} paragraph acting on it:`), ' ', ...citationLinks(actingOn(impact), this.actingIds), '.'],
    ];
    const [title, facts, ...rest] = measureSection(impact.measure, 3, { history, lead, wording: !impact.wording });
    const blocks: RootContent[] = [title!, facts!];
    const changes = impact.changes.filter((entry) => entry.action !== 'review');
    if (changes.length) blocks.push(paragraph(strong(`What the ${this.noun} would do:`)), bulletList(changes.map((change) => this.changeItem(change))));
    if (impact.wording) blocks.push(paragraph(strong('Change of wording.'), ' ', ...redlineLegend(style)), paragraph(...redlinePhrasing(impact.wording.redline, style)));
    return [...blocks, ...rest];
  }

  categories(): RootContent[] {
    return IMPACT_CATEGORIES.filter((category) => category !== 'unchanged').flatMap((category) => {
      const impacts = this.inCategory(this.changed, category);
      return impacts.length ? [heading(2, categoryTitle(category, this.noun, impacts.length)), ...impacts.flatMap((impact) => this.measureSection(impact))] : [];
    });
  }

  /** Each effect on whole resolutions, stated once, with the measures it alone changes listed one a line. */
  collectiveSections(): RootContent[] {
    if (this.collective.length === 0) return [];
    return [
      heading(2, collectiveTitle(this.collective, this.noun)),
      paragraph(`Each of these paragraphs acts on whole resolutions rather than on named measures, so it reaches every measure they hold. Each is stated once here, with the measures that nothing else in the ${this.noun} changes; a measure that another paragraph changes too keeps its own section above.`),
      ...this.collective.flatMap((effect): RootContent[] => {
        const { entry } = effect;
        const wording = entry.wording ?? clauseWording(this.options.draft, entry.by.clauseId);
        const facts: Phrasing[][] = [
          [strong('Reaches:'), ` ${collectiveReach(effect)}: ${counted(effect.alone.length + effect.alsoReaches.length, 'measure')}, ${effect.alsoReaches.length ? `${effect.alone.length} of them changed by this effect alone` : 'each changed by this effect alone'}.`],
          [strong('Status:'), ` ${statusChanges(effect.alone)}.`],
          [strong(`${capitalise(this.noun)} paragraph:`), ' ', ...citationLinks([entry.by], this.actingIds), '.'],
        ];
        const blocks: RootContent[] = [
          anchored(heading(3, `${capitalise(collectiveName(effect))}: ${describeProvision(entry.by)}`), collectiveKey(effect)),
          bulletList(facts),
          paragraph(strong(`What the ${this.noun} would do:`)),
          bulletList([provenanceItem(entry)]),
          ...(wording ? wordingBlocks(wording) : []),
          paragraph(strong(`The ${counted(effect.alone.length, 'measure')} that nothing else in the ${this.noun} changes:`)),
          bulletList(effect.alone.map((impact) => [measureTitle(impact.measure)])),
        ];
        if (effect.alsoReaches.length) {
          blocks.push(
            paragraph(strong(`It also reaches these, which other paragraphs of the ${this.noun} change too (each has its own section above):`)),
            bulletList(effect.alsoReaches.map((impact) => [linkTo(measureKey(impact.measure.key), measureTitle(impact.measure)), ` (would ${CATEGORY_VERBS[impact.category]})`])),
          );
        }
        return blocks;
      }),
    ];
  }

  actingSection(): RootContent[] {
    if (this.acting.length === 0) return [];
    return [
      heading(2, `The ${this.noun}’s paragraphs that act on the regime`),
      ...this.acting.flatMap((citation): RootContent[] => {
        const acted = this.changed.filter((impact) => actingOn(impact).some((c) => c.clauseId === citation.clauseId));
        const effects = this.collective.filter((effect) => effect.entry.by.clauseId === citation.clauseId);
        const changes = [...acted.flatMap((impact) => impact.changes), ...effects.map((effect) => effect.entry)];
        const wording = clauseWording(this.options.draft, citation.clauseId) ?? changes.find((change) => change.by.clauseId === citation.clauseId && change.wording)?.wording;
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

  unchanged(): RootContent[] {
    const unchanged = this.report.measures.filter((impact) => impact.category === 'unchanged');
    if (unchanged.length === 0) return [];
    const rows = unchanged.map((impact): Phrasing[][] => [[capitalise(measureNames(impact.measure))], [describeProvision(impact.measure.provision)], [STATUS_WORDS[impact.after]]]);
    return [heading(2, categoryTitle('unchanged', this.noun, unchanged.length)), table([['Measure'], ['Held in'], ['Status']], rows)];
  }

  committees(): RootContent[] {
    const committees = this.report.committees.filter((impact) => impact.changes.length > 0);
    if (committees.length === 0) return [];
    return [
      heading(2, `Committees the ${this.noun} acts on`),
      ...committees.flatMap((impact): RootContent[] => [heading(3, `Committee established by ${describeProvision(impact.committee.establishedBy)}`), paragraph(`Status: ${impact.before ?? 'not established'} → ${impact.after}.`), ...historyList(impact.changes)]),
    ];
  }

  watched(): RootContent[] {
    if (this.report.watched.length === 0) return [];
    return [heading(2, `Review clauses in the ${this.noun}`), paragraph('No legal effect by themselves, but watched: they announce a readiness to review, adjust or lift measures.'), ...this.report.watched.flatMap((clause) => watchedSection(clause, this.report.measures.map((impact) => impact.measure), this.sectioned))];
  }

  noEffect(): RootContent[] {
    const title = heading(2, `${capitalise(this.noun)} paragraphs with no effect on the regime`);
    if (this.report.noEffect.length === 0) return [title, paragraph(`None: every operative paragraph of the ${this.noun} declares an effect on the regime.`)];
    return [
      title,
      paragraph('Listed so that nothing is silently left out: these paragraphs declare no effect on any measure (calls for talks, expressions of support, procedural decisions …).'),
      ...this.report.noEffect.flatMap((clause): RootContent[] => [heading(3, capitalise(describeProvision(clause.by))), ...wordingBlocks(clause.wording)]),
    ];
  }
}

/**
 * The Markdown report of what a draft would do to a sanctions regime, as a tree: what it would
 * terminate, suspend, loosen, tighten or add, each with the paragraph that imposed the measure
 * (or "paragraph not confirmed") and the draft paragraph acting on it; each effect on whole
 * resolutions once, with the measures it alone changes; a timeline; the draft's own acting
 * paragraphs, review clauses, and the paragraphs with no effect, last.
 */
export function impactReport(report: ImpactReport, options: ImpactReportOptions = {}): Root {
  const builder = new ImpactReportBuilder(report, options);
  return resolveAnchors({
    type: 'root',
    children: [
      ...builder.header(),
      ...builder.glance(),
      ...builder.timeline(),
      ...builder.categories(),
      ...builder.collectiveSections(),
      ...builder.actingSection(),
      ...builder.unchanged(),
      ...builder.committees(),
      ...builder.watched(),
      ...builder.noEffect(),
      ...problemsSection(report.diagnostics),
      ...footer(),
    ],
  });
}
