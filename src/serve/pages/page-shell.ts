import type { Element, Root } from 'hast';
import { htmlPage } from '../../render/html/html-page.js';
import { h, type Child } from './h.js';

export interface PageOptions {
  title: string;
  /** The heading of the page (default: the title); `null` where `main` begins with its own h1 (a report's). */
  heading?: Child | null;
  main: Child[];
  /** Which navigation link is the current page. */
  current?: 'library' | 'import';
}

const NAV: Array<{ key: NonNullable<PageOptions['current']>; href: string; label: string }> = [
  { key: 'library', href: '/', label: 'Library' },
  { key: 'import', href: '/import', label: 'Import a text' },
];

/** The page's <body>, whose pages reload when the folder changes. */
function withLiveBody(page: Root): Root {
  const html = page.children.find((child): child is Element => child.type === 'element' && child.tagName === 'html');
  const body = html?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'body');
  if (body) body.properties = { ...body.properties, dataLive: '' };
  return page;
}

/**
 * Every page, put together by src/render/html's `htmlPage`: its stylesheet and the workbench's
 * own, and one script, all linked from the server (nothing inline, nothing from elsewhere); a
 * skip link, the navigation and the page's content.
 */
export function pageShell(options: PageOptions): Root {
  const nav = h('nav', { ariaLabel: 'Workbench' }, h('ul', {}, NAV.map((item) => h('li', {}, h('a', { href: item.href, ariaCurrent: item.key === options.current ? 'page' : undefined }, item.label)))));
  const body = [
    h('a', { className: ['skip'], href: '#main' }, 'Skip to content'),
    h('header', { className: ['top'] }, h('p', { className: ['brand'] }, h('a', { href: '/' }, 'bluedraft workbench')), nav),
    h('main', { id: 'main', tabIndex: -1 }, options.heading === null ? undefined : h('h1', {}, options.heading ?? options.title), ...options.main),
    h('footer', {}, h('p', { className: ['live'], id: 'live-status', role: 'status' }, 'Served from this computer; nothing is sent elsewhere.')),
  ];
  return withLiveBody(htmlPage(body, { title: `${options.title} · bluedraft`, language: 'en', stylesheetHref: '/assets/bluedraft.css', scriptHrefs: ['/assets/app.js'], head: [h('link', { rel: ['stylesheet'], href: '/assets/workbench.css' })] }));
}
