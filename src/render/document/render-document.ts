import type { ResolutionDocument } from '../../model/document.js';
import { layoutDocument, type UnsettledBracket } from './layout.js';
import { markdown } from './markdown.js';
import { plainText } from './plain-text.js';

export type RenderFormat = 'txt' | 'md';

export interface RenderOptions {
  format?: RenderFormat;
  /**
   * The clean text: agreed brackets resolved (the agreed option kept, dropped language
   * removed). Refused while any bracket is open.
   */
  clean?: boolean;
}

export type RenderResult = { ok: true; text: string } | { ok: false; unsettled: UnsettledBracket[] };

/**
 * A resolution or draft as it is circulated, in plain text (the official layout, which
 * `bluedraft import` reads back) or Markdown. Negotiation brackets are shown as negotiators
 * write them; with `clean`, they are resolved, or the brackets still open are returned instead.
 */
export function renderDocument(document: ResolutionDocument, options: RenderOptions = {}): RenderResult {
  const layout = layoutDocument(document, { clean: options.clean ?? false });
  if (layout.unsettled.length > 0) return { ok: false, unsettled: layout.unsettled };
  return { ok: true, text: options.format === 'md' ? markdown(layout.blocks, document.language) : plainText(layout.blocks) };
}
