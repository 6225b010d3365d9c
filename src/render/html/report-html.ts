import type { Root } from 'mdast';
import type { Nodes } from 'hast';
import type { LanguageCode } from '../../model/document.js';
import { h } from './hast.js';
import { htmlPage } from './html-page.js';
import { reportToHast } from './report-to-hast.js';
import { stringifyHtml } from './stringify-html.js';
import { HTML_STYLESHEET } from './stylesheet.js';

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * A report as one self-contained HTML file (`--format html`): the report's tree converted by
 * `reportToHast`, in <main>, titled by its first heading, with the stylesheet inlined and a
 * Content-Security-Policy that lets the page load nothing. `language` is the compared
 * document's: an Arabic text gives a right-to-left page.
 */
export function reportHtml(tree: Root, language: LanguageCode | string): string {
  const body = reportToHast(tree);
  const heading = body.children.find((node) => node.type === 'element' && node.tagName === 'h1');
  const title = heading ? textOf(heading) : 'bluedraft report';
  return stringifyHtml(htmlPage([h('main', { className: ['report'] }, body.children.filter((node) => node.type !== 'doctype'))], { title, language, stylesheet: HTML_STYLESHEET }));
}
