import type { Root } from 'hast';
import type { Root as MdRoot } from 'mdast';
import { h, type Child } from './h.js';
import { pageShell } from './page-shell.js';
import type { ElementContent } from 'hast';
import { reportToHast } from '../../render/html/report-to-hast.js';

/** A page showing a report tree (impact, regime) as src/render/html draws it, with the controls and downloads above it. */
export function reportPage(title: string, controls: Child[], report: MdRoot): Root {
  return pageShell({ title, main: [...controls, h('div', { className: ['report'] }, reportToHast(report).children as ElementContent[])] });
}
