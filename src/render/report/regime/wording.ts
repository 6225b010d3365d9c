import type { BlockContent } from 'mdast';
import type { Confirmation } from '../../../model/document.js';
import type { Wording } from '../../../consolidate/types.js';
import { blockquote, emphasis, paragraph, type Phrasing } from '../lib/mdast.js';
import { officialWordingLabel, sourceList } from '../lib/sources.js';

const CONFIRMATION_WORDS: Record<Confirmation, string> = { confirmed: 'confirmed by the sources', partly: 'partly confirmed by the sources', unconfirmed: 'not confirmed by the sources' };

/**
 * The words of a provision, quoted: the Council's official wording, or, where that is not
 * available, our summary, labelled as such with how sure the sources are and where it comes from
 * (each source with its rank, UN sources first). Wording taken from a copy that is not a UN
 * document says whose copy it is.
 * Each line of the wording (a subparagraph) starts on a line of its own.
 */
export function wordingBlocks(wording: Wording): BlockContent[] {
  const lines = wording.text.split('\n').filter((line) => !/^[ \t\r]*$/.test(line));
  const quote = blockquote(paragraph(...(lines.length ? lines : ['(no wording in the files)']).flatMap((line, index): Phrasing[] => (index ? [{ type: 'break' }, line] : [line]))));
  if (wording.kind === 'text') return [paragraph(emphasis(`${officialWordingLabel(wording.from)}:`)), quote];
  const status = wording.status ? ` (${CONFIRMATION_WORDS[wording.status]})` : '';
  const blocks: BlockContent[] = [paragraph(emphasis(`Summary, not the Council’s words${status}:`)), quote];
  if (wording.sources.length) blocks.push(paragraph('Sources: ', ...sourceList(wording.sources), '.'));
  return blocks;
}
