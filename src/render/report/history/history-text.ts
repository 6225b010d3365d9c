import { redlineText } from '../lib/redline-text.js';
import type { TextHistory } from '../../../negotiate/history/types.js';
import { counted } from '../lib/names.js';
import { eventWords, hasHistory, laterWords, wordCounts } from './event-words.js';

/**
 * A text's history as plain text for a terminal: the revisions and where the final words came
 * from; each paragraph with a history (its events, each rewording as a redline, words of its
 * final text that came in later); the paragraphs dropped on the way. Paragraphs in the text from
 * the first revision and never touched are counted, not listed.
 */
export function formatHistoryText(history: TextHistory, colour: boolean): string {
  const names = history.revisions.map((r) => r.name);
  const lines = [`history of ${counted(names.length, 'revision')}: ${names.join(' → ')}`, `final text: ${wordCounts(history)}`];
  const touched = history.paragraphs.filter(hasHistory);
  const untouched = history.paragraphs.length - touched.length;
  for (const paragraph of touched) {
    lines.push('', `${paragraph.at} (${paragraph.id}): since ${names[paragraph.appeared]}`);
    for (const event of paragraph.events) {
      if (event.kind === 'appeared' && event.how === 'first') continue;
      const words = event.kind === 'reworded' ? `reworded: ${redlineText(event.redline, colour)}` : eventWords(event);
      lines.push(`  ${names[event.revision]}: ${words}`);
    }
    for (const run of laterWords(paragraph)) lines.push(`  words from ${names[run.revision]}: "${run.text}"`);
  }
  if (untouched > 0) lines.push('', `${counted(untouched, 'paragraph')} unchanged since ${names[0]}`);
  if (history.dropped.length > 0) {
    lines.push('', 'Dropped:');
    for (const d of history.dropped) lines.push(`  ${d.was} (${d.id}): dropped in ${names[d.droppedIn]} (last in ${names[d.lastIn]})`);
  }
  return `${lines.join('\n')}\n`;
}
