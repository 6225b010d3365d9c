import type { Root } from 'hast';
import type { Root as MdRoot } from 'mdast';
import { h, type Child } from './h.js';
import { pageShell } from './page-shell.js';
import type { ElementContent } from 'hast';
import { reportToHast } from '../../render/html/report-to-hast.js';

/** A page showing a report tree (impact, regime) as src/render/html draws it, with the controls and downloads above it. */
export function reportPage(title: string, controls: Child[], report: MdRoot): Root {
  const [first, ...rest] = reportToHast(report).children as ElementContent[];
  const titled = first?.type === 'element' && first.tagName === 'h1';
  // The report's own title is the page's heading, with the controls under it.
  return pageShell({ title, heading: titled ? null : undefined, main: [titled ? first : undefined, ...controls, h('div', { className: ['report'] }, titled ? rest : [first, ...rest])] });
}
