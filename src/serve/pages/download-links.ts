import { h } from './h.js';
import { queryLink } from './query-link.js';

const FORMATS: Array<{ format: string; label: string }> = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'json', label: 'JSON' },
];

/** Links to download what the page shows, in each format the project writes. */
export function downloadLinks(what: string, query: Record<string, string | undefined>) {
  return h('p', { className: ['downloads'] }, 'Download: ', FORMATS.flatMap(({ format, label }, index) => [index > 0 ? ' · ' : '', h('a', { href: queryLink(`/download/${what}`, { ...query, format }), download: '' }, label)]));
}
