import type { ElementContent } from 'hast';
import type { Redline } from '../../diff/types.js';
import { h } from './h.js';

/**
 * A word-level redline as elements: deleted words in <del>, inserted words in <ins>, the rest as
 * text. `old` shows only what the old text had (its deletions marked), `new` only what the new
 * one has, `inline` both.
 */
export function redlineElements(redline: Redline, show: 'old' | 'new' | 'inline'): ElementContent[] {
  return redline.segments.flatMap((segment): ElementContent[] => {
    if (segment.kind === 'equal') return [{ type: 'text', value: segment.text }];
    if (segment.kind === 'delete') return show === 'new' ? [] : [h('del', {}, segment.text)];
    return show === 'old' ? [] : [h('ins', {}, segment.text)];
  });
}
