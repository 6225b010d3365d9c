import type { Root } from 'hast';
import type { Root as MdRoot } from 'mdast';
import { h, type Child } from './h.js';
import { pageShell } from './page-shell.js';
import { reportHast } from './report-hast.js';

/** A page showing a report tree (impact, regime), with the controls and downloads above it. */
export function reportPage(title: string, controls: Child[], report: MdRoot): Root {
  return pageShell({ title, main: [...controls, h('div', { className: ['report'] }, reportHast(report))] });
}
