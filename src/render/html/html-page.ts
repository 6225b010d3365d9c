import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import type { LanguageCode } from '../../model/document.js';
import { h } from './hast.js';
import { languageDirection } from './language-direction.js';

export interface HtmlPageOptions {
  /** The page's <title>. */
  title: string;
  /** The document's language: the page's `lang`, and `dir="rtl"` for Arabic. */
  language: LanguageCode | string;
  /**
   * The stylesheet: `{ stylesheet: css }` inlines it (a file that must stand alone; the page
   * then carries a Content-Security-Policy that allows that one stylesheet, by its hash, and
   * nothing else: no script, no request), `{ stylesheetHref: url }` links it (a server whose
   * own Content-Security-Policy forbids inline styles).
   */
  stylesheet?: string;
  stylesheetHref?: string;
  /** Scripts the page loads, as modules (a server's own files; none in a stand-alone file). */
  scriptHrefs?: readonly string[];
  /** More elements for the <head> (a server's icon …). */
  head?: readonly ElementContent[];
}

/** A Content-Security-Policy for a stand-alone file: its one inline stylesheet, and nothing loaded from anywhere. */
function selfContainedPolicy(css: string): Element {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  const policy = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return h('meta', { httpEquiv: ['Content-Security-Policy'], content: policy });
}

/**
 * A whole HTML document around a body: doctype, `lang` and `dir` from the document's language,
 * charset, viewport, title, and the stylesheet inlined or linked. `body` is the content of
 * <body> as given (a report from `reportToHast` wrapped in <main>, a resolution from
 * `resolutionToHast` …). Stringify the result with `stringifyHtml`.
 */
export function htmlPage(body: readonly ElementContent[], options: HtmlPageOptions): Root {
  if ((options.stylesheet === undefined) === (options.stylesheetHref === undefined)) throw new Error('htmlPage needs a stylesheet to inline or one to link, not both');
  const head: ElementContent[] = [h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' })];
  if (options.stylesheet !== undefined) head.push(selfContainedPolicy(options.stylesheet));
  head.push(h('title', {}, [options.title]));
  head.push(options.stylesheet !== undefined ? h('style', {}, [options.stylesheet]) : h('link', { rel: ['stylesheet'], href: options.stylesheetHref! }));
  for (const src of options.scriptHrefs ?? []) head.push(h('script', { type: 'module', src }));
  head.push(...(options.head ?? []));
  return {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang: options.language, dir: languageDirection(options.language) }, [h('head', {}, head), h('body', {}, [...body])])],
  };
}
