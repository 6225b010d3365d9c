import { h } from './h.js';
import { queryLink } from './query-link.js';

export type DownloadFormat = 'md' | 'html' | 'json' | 'docx';

export const DOWNLOAD_FORMATS: ReadonlyArray<{ format: DownloadFormat; label: string }> = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'json', label: 'JSON' },
  { format: 'docx', label: 'Word' },
];

/** Links to download what the page shows, in each format the project writes for it. */
export function downloadLinks(what: string, query: Record<string, string | undefined>, formats: readonly DownloadFormat[] = ['md', 'html', 'json', 'docx']) {
  const shown = DOWNLOAD_FORMATS.filter(({ format }) => formats.includes(format));
  return h('p', { className: ['downloads'] }, 'Download: ', shown.flatMap(({ format, label }, index) => [index > 0 ? ' · ' : '', h('a', { href: queryLink(`/download/${what}`, { ...query, format }), download: '' }, label)]));
}
