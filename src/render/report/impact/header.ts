import type { Moment } from '../../../consolidate/types.js';
import type { RootContent } from 'mdast';
import { impactSummary } from '../../../consolidate/collective.js';
import { blockquote, bulletList, emphasis, heading, paragraph, strong, type Phrasing } from '../lib/mdast.js';
import { capitalise, documentName, formatDate, formatMoment, regimeName } from '../lib/names.js';
import { momentWords } from '../regime/provenance.js';
import { isOwn, type ImpactContext } from './context.js';

/** When the last of the draft's effects takes hold, as its text states it ("18 October 1993, 23:59 EST"). */
export function lastEffect(context: ImpactContext): Moment | undefined {
  const moments = context.report.measures.flatMap((impact) => impact.changes.filter((entry) => isOwn(context, entry)).map((entry) => entry.at));
  return moments.sort((a, b) => a.utc.localeCompare(b.utc)).at(-1);
}

/** The title, what the draft is and what it is assessed against, the summary line, and a note where summaries stand in for official words. */
export function headerSection(context: ImpactContext): RootContent[] {
  const { report, noun } = context;
  const { draft, asOf, comparedAt, before } = report;
  const name = documentName({ kind: noun, ...(draft.symbol && { symbol: draft.symbol }), ...(draft.revision && { revision: draft.revision }), ...(draft.date && { date: draft.date }) });
  const regime = regimeName(report.regime);
  const applied = before.documents.filter((d) => d.included).map((d) => d.resolution ?? d.document);
  const details: Phrasing[][] = [];
  if (draft.title) details.push([strong('Title:'), ` ${draft.title}`]);
  details.push([strong('Status:'), ` ${draft.status.replace(/-/g, ' ')}${draft.sponsors?.length ? `; sponsors: ${draft.sponsors.join(', ')}` : ''}.`]);
  details.push([strong('Assessed against:'), ` the ${regime} sanctions regime in force on ${formatDate(asOf.text)} (${applied.length === 1 ? 'resolution' : 'resolutions'} ${applied.join(', ') || 'none'}), as if the ${noun} were adopted that day.`]);
  const last = lastEffect(context);
  if (comparedAt.text !== asOf.text) details.push([strong('Compared on:'), ` ${last ? momentWords(last) : formatMoment(comparedAt.text)}, when the last of its effects takes hold.`]);
  const phrases = impactSummary(report);
  const blocks: RootContent[] = [heading(1, `What ${name} would do to the ${regime} sanctions regime`), bulletList(details), paragraph(strong('Summary:'), ` ${phrases.length ? capitalise(phrases.join(', ')) : 'the regime holds no measure'}.`)];
  const wordings = [...report.measures.map((impact) => impact.measure.wording), ...report.noEffect.map((clause) => clause.wording), ...report.watched.map((clause) => clause.wording)];
  if (wordings.some((wording) => wording.kind === 'summary')) {
    blocks.push(blockquote(paragraph(strong('Summaries are marked.'), ' Where the official text is not available, the files hold an editorial summary of the cited sources instead. Such passages are labelled ', emphasis('summary, not the Council’s words'), ' and list their sources.')));
  }
  return blocks;
}
