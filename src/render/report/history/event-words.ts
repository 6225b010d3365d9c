import type { HistoryEvent, ParagraphHistory, TextHistory } from '../../../negotiate/history/types.js';
import { joinNames } from '../../../text/join-names.js';
import { counted } from '../lib/names.js';

const BRACKET_WORDS = { added: 'bracket opened', resolved: 'bracket resolved', removed: 'bracket dropped', 're-attributed': 'bracket re-attributed' } as const;

/** An event in words, without its redline (which each output shows its own way): "moved from op 9 to op 16". */
export function eventWords(event: HistoryEvent): string {
  switch (event.kind) {
    case 'appeared':
      if (event.how === 'first') return 'in the text';
      if (event.how === 'added') return 'added';
      return `made by ${event.how === 'split' ? 'splitting' : 'merging'} ${joinNames(event.from ?? [])}`;
    case 'reworded':
      return 'reworded';
    case 'moved':
      return `moved from ${event.from} to ${event.to}`;
    case 'bracket': {
      const options = event.options.length > 0 ? ` [${event.options.join(' | ')}]` : '';
      const by = event.by.length === 0 ? '' : event.change === 'resolved' ? `, for ${joinNames(event.by)}` : event.change === 're-attributed' ? `, now ${joinNames(event.by)}` : `, proposed by ${joinNames(event.by)}`;
      return `${BRACKET_WORDS[event.change]}${options}${by}`;
    }
  }
}

/** The runs of a paragraph's final wording that came in after the paragraph itself. */
export function laterWords(paragraph: ParagraphHistory): ParagraphHistory['blame'] {
  return paragraph.blame.filter((run) => run.revision !== paragraph.appeared);
}

/** "zero.yaml 812 words, rev4.yaml 1 word": where the final text's words came from. */
export function wordCounts(history: TextHistory): string {
  return history.wordsByRevision.flatMap((n, i) => (n > 0 ? [`${history.revisions[i]!.name} ${counted(n, 'word')}`] : [])).join(', ');
}

/** Whether anything happened to the paragraph after it appeared. */
export function hasHistory(paragraph: ParagraphHistory): boolean {
  return paragraph.events.some((e) => e.kind !== 'appeared' || e.revision > 0);
}
