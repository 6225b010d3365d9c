import type { Root } from 'hast';
import type { Diagnostic } from '../../load/diagnostic.js';
import { h } from './h.js';
import { pageShell } from './page-shell.js';
import { problemCount } from './problem-count.js';
import { queryLink } from './query-link.js';

function problemNote(d: Diagnostic) {
  return h('div', { className: ['note', d.severity] }, `${d.severity} at ${d.line}:${d.col} — ${d.message}`, d.hint ? ` (fix: ${d.hint})` : '', ' ', h('code', {}, `[${d.code}]`));
}

/** A file's text, line by line, with each problem `validate` finds shown under its line. */
export function sourcePage(relative: string, text: string, diagnostics: readonly Diagnostic[], readable: boolean): Root {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) {
    const line = Math.min(Math.max(d.line, 1), Math.max(lines.length, 1));
    byLine.set(line, [...(byLine.get(line) ?? []), d]);
  }
  const rows = lines.flatMap((line, index) => {
    const problems = byLine.get(index + 1) ?? [];
    return [
      h('tr', { id: `L${index + 1}`, className: problems.length ? ['problem'] : undefined }, h('td', { className: ['n'] }, String(index + 1)), h('td', {}, line)),
      ...problems.map((d) => h('tr', { className: ['problem'] }, h('td', { className: ['n'] }), h('td', {}, problemNote(d)))),
    ];
  });
  return pageShell({
    title: relative,
    heading: h('code', {}, relative),
    main: [
      h('p', {}, 'Check: ', problemCount(diagnostics), readable ? [' · ', h('a', { href: queryLink('/document', { doc: relative }) }, 'Read it as a resolution')] : ''),
      diagnostics.length > 0 ? h('ul', {}, diagnostics.map((d) => h('li', { className: [d.severity] }, h('a', { href: `#L${Math.max(d.line, 1)}` }, `line ${d.line}`), `: ${d.message}`))) : undefined,
      h('table', { className: ['source'], ariaLabel: `The text of ${relative}` }, h('tbody', {}, rows)),
    ],
  });
}
