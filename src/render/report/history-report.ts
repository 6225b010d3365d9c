import type { Root, RootContent } from 'mdast';
import type { ParagraphHistory, TextHistory } from '../../negotiate/history/types.js';
import { eventWords, hasHistory, wordCounts } from './history/event-words.js';
import { footer } from './lib/footer.js';
import { counted } from './lib/names.js';
import { blockquote, bulletList, heading, htmlTag, literal, paragraph, strong, table, type Phrasing } from './lib/mdast.js';
import { redlinePhrasing, type RedlineStyle } from './lib/redline.js';

export interface HistoryReportOptions {
  redline?: RedlineStyle;
}

/** The final wording with each run of words marked with the revision it came from (r0, r1 …). */
function blamePhrasing(paragraph: ParagraphHistory): Phrasing[] {
  return paragraph.blame.flatMap((run, i) => [...(i > 0 ? [' '] : []), literal(run.text), htmlTag('<sub>'), literal(`r${run.revision}`), htmlTag('</sub>')]);
}

function paragraphSection(history: TextHistory, p: ParagraphHistory, style: RedlineStyle): RootContent[] {
  const names = history.revisions.map((r) => r.name);
  const items = p.events
    .filter((e) => !(e.kind === 'appeared' && e.how === 'first'))
    .map((e): Phrasing[] => [strong(names[e.revision]!), ': ', ...(e.kind === 'reworded' ? ['reworded: ', ...redlinePhrasing(e.redline, style)] : [eventWords(e)])]);
  return [heading(3, `${p.at} (${p.id})`), paragraph(`Since ${names[p.appeared]}.`), ...(items.length > 0 ? [bulletList(items)] : []), blockquote(paragraph(...blamePhrasing(p)))];
}

/**
 * The Markdown report of a text's history, as a tree: the revisions, where the final text's
 * words came from, each paragraph with a history (events, rewordings as redlines, its final
 * wording with each run of words marked with its revision), and the paragraphs dropped.
 */
export function historyReport(history: TextHistory, options: HistoryReportOptions = {}): Root {
  const style = options.redline ?? 'html';
  const touched = history.paragraphs.filter(hasHistory);
  return {
    type: 'root',
    children: [
      heading(1, `History of ${counted(history.revisions.length, 'revision')}`),
      paragraph(strong('Final text:'), ` ${wordCounts(history)}; ${touched.length} of ${history.paragraphs.length} paragraphs changed on the way; ${history.dropped.length} dropped.`),
      table([['Revision'], ['File'], ['Status']], history.revisions.map((r, i) => [[`r${i}`], [r.name], [[r.document.status, r.document.revision].filter(Boolean).join(', ')]])),
      ...(touched.length > 0 ? [heading(2, 'Paragraphs'), ...touched.flatMap((p) => paragraphSection(history, p, style))] : []),
      ...(history.dropped.length > 0 ? [heading(2, 'Dropped'), table([['Paragraph'], ['Id'], ['Last in'], ['Dropped in']], history.dropped.map((d) => [[d.was], [d.id], [history.revisions[d.lastIn]!.name], [history.revisions[d.droppedIn]!.name]]))] : []),
      ...footer(),
    ],
  };
}
