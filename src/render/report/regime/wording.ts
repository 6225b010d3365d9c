import type { BlockContent } from 'mdast';
import type { Confirmation, SourceRef } from '../../../model/document.js';
import { sourceAddress } from '../../../model/sources/source-address.js';
import type { Wording } from '../../../consolidate/types.js';
import { blockquote, emphasis, link, paragraph, type Phrasing } from '../lib/mdast.js';

const CONFIRMATION_WORDS: Record<Confirmation, string> = { confirmed: 'confirmed by the sources', partly: 'partly confirmed by the sources', unconfirmed: 'not confirmed by the sources' };

/** A source as a link where it is a web address (by its site's name), else as written. */
function source(text: string): Phrasing {
  if (!/^https?:\/\//i.test(text)) return text;
  const host = /^https?:\/\/(?:www\.)?([^/?#]+)/i.exec(text)?.[1] ?? text;
  return link(text, host);
}

export function sourceList(sources: readonly SourceRef[]): Phrasing[] {
  return sources.map(sourceAddress).flatMap((text, index) => (index === 0 ? [source(text)] : ['; ', source(text)]));
}

/**
 * The words of a provision, quoted: the Council's official wording, or, where that is not
 * available, our summary, labelled as such with how sure the sources are and where it comes from.
 * Each line of the wording (a subparagraph) starts on a line of its own.
 */
export function wordingBlocks(wording: Wording): BlockContent[] {
  const lines = wording.text.split('\n').filter((line) => !/^[ \t\r]*$/.test(line));
  const quote = blockquote(paragraph(...(lines.length ? lines : ['(no wording in the files)']).flatMap((line, index): Phrasing[] => (index ? [{ type: 'break' }, line] : [line]))));
  if (wording.kind === 'text') return [paragraph(emphasis('Official wording:')), quote];
  const status = wording.status ? ` (${CONFIRMATION_WORDS[wording.status]})` : '';
  const blocks: BlockContent[] = [paragraph(emphasis(`Summary, not the Council’s words${status}:`)), quote];
  if (wording.sources.length) blocks.push(paragraph('Sources: ', ...sourceList(wording.sources), '.'));
  return blocks;
}
