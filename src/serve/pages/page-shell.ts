import type { ElementContent, Root } from 'hast';
import { h, type Child } from './h.js';

export interface PageOptions {
  title: string;
  /** The heading of the page (default: the title). */
  heading?: Child;
  main: Child[];
  /** Which navigation link is the current page. */
  current?: 'library' | 'import';
}

const NAV: Array<{ key: NonNullable<PageOptions['current']>; href: string; label: string }> = [
  { key: 'library', href: '/', label: 'Library' },
  { key: 'import', href: '/import', label: 'Import a text' },
];

/**
 * Every page: the server's own stylesheet and script (nothing inline, nothing from elsewhere),
 * a skip link, the navigation and the page's content.
 */
export function pageShell(options: PageOptions): Root {
  const nav = h('nav', { ariaLabel: 'Workbench' }, h('ul', {}, NAV.map((item) => h('li', {}, h('a', { href: item.href, ariaCurrent: item.key === options.current ? 'page' : undefined }, item.label)))));
  const body = h(
    'body',
    { dataLive: '' },
    h('a', { className: ['skip'], href: '#main' }, 'Skip to content'),
    h('header', { className: ['top'] }, h('p', { className: ['brand'] }, h('a', { href: '/' }, 'bluedraft workbench')), nav),
    h('main', { id: 'main', tabIndex: -1 }, h('h1', {}, options.heading ?? options.title), ...options.main),
    h('footer', {}, h('p', { className: ['live'], id: 'live-status', role: 'status' }, 'Served from this computer; nothing is sent elsewhere.')),
  );
  const head = h(
    'head',
    {},
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, `${options.title} · bluedraft`),
    h('link', { rel: 'stylesheet', href: '/assets/style.css' }),
    h('script', { src: '/assets/app.js', defer: true }),
  );
  const html: ElementContent = h('html', { lang: 'en' }, head, body);
  return { type: 'root', children: [{ type: 'doctype' }, html] };
}
