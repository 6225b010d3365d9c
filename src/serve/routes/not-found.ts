import type { Reply } from '../reply.js';
import { HTML } from '../reply.js';
import { h } from '../pages/h.js';
import { pageShell } from '../pages/page-shell.js';
import { stringifyHtml } from '../../render/html/stringify-html.js';

/** A page saying what was not found, with the way back; the status is 404 or the one given. */
export function notFound(what: string, status = 404): Reply {
  return { status, type: HTML, body: stringifyHtml(pageShell({ title: 'Not found', main: [h('p', {}, what), h('p', {}, h('a', { href: '/' }, 'Back to the library'))] })) };
}

export function page(tree: Parameters<typeof stringifyHtml>[0]): Reply {
  return { status: 200, type: HTML, body: stringifyHtml(tree) };
}
