import type { OperativeParagraph, Subparagraph } from '../../model/document.js';

/** Every word of an operative paragraph: its chapeau, then each subparagraph at any depth, in order. */
export function paragraphWords(paragraph: OperativeParagraph): string {
  const parts: string[] = [paragraph.text ?? ''];
  const walk = (subs: Subparagraph[] | undefined): void => {
    for (const sub of subs ?? []) {
      parts.push(sub.text ?? '');
      walk(sub.subparagraphs);
    }
  };
  walk(paragraph.subparagraphs);
  return parts.join(' ');
}
