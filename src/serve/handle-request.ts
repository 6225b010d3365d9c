import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAllowedHost } from './allowed-host.js';
import type { LiveEvents } from './live-events.js';
import type { Reply } from './reply.js';
import { textReply } from './reply.js';
import { requestQuery, requestSegments } from './request-path.js';
import { ROUTES } from './routes/index.js';
import { SECURITY_HEADERS } from './security-headers.js';
import type { Workspace } from './workspace.js';

export interface ServeContext {
  workspace: Workspace;
  events: LiveEvents;
  /** The Host headers accepted: the loopback name and port served. */
  allowedHosts: ReadonlySet<string>;
}

/**
 * Which request is answered at all. A Host that is not the one served (DNS rebinding) is
 * refused with 421; a POST from a page of another origin (or none: `Origin: null`) with 403 — the Referrer-Policy is same-origin, since with no-referrer a browser sends `Origin: null` even for the server's own forms; a path with `..`, an encoded
 * or double-encoded dot segment, a slash or a NUL in a segment with 400.
 */
function refusal(context: ServeContext, request: IncomingMessage): Reply | undefined {
  if (!isAllowedHost(request.headers.host, context.allowedHosts)) return textReply(421, 'This server answers only to the address it printed (its Host header).');
  if (!['GET', 'HEAD', 'POST'].includes(request.method ?? '')) return textReply(405, 'Only GET and POST.');
  if (request.method === 'POST') {
    const origin = request.headers.origin;
    if (origin === undefined || !context.allowedHosts.has(origin.replace(/^http:\/\//, '').toLowerCase())) return textReply(403, 'A form may be sent only from this server’s own pages.');
  }
  return undefined;
}

function send(response: ServerResponse, reply: Reply, head: boolean): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  response.writeHead(reply.status, { ...SECURITY_HEADERS, 'content-type': reply.type, 'content-length': body.length, ...reply.headers });
  response.end(head ? undefined : body);
}

/** Answers one request; a fault is a plain 500 that says so, never a stack trace. */
export async function handleRequest(context: ServeContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const head = request.method === 'HEAD';
  try {
    const refused = refusal(context, request);
    if (refused) return send(response, refused, head);
    const segments = requestSegments(request.url ?? '/');
    if (segments === undefined) return send(response, textReply(400, 'This path is refused: it names something outside the folder served, or is malformed.'), head);
    const [name = '', ...rest] = segments;
    if (name === 'events' && rest.length === 0) return context.events.attach(response);
    const route = Object.hasOwn(ROUTES, name) ? ROUTES[name] : undefined;
    if (!route) return send(response, textReply(404, 'There is no such page.'), head);
    send(response, await route({ workspace: context.workspace, method: request.method ?? 'GET', rest, query: requestQuery(request.url ?? '/'), request }), head);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!response.headersSent) send(response, textReply(500, `internal error: ${message}\nThis is a fault in bluedraft, not in your files; please report it with what you did.`), head);
    else response.destroy();
  }
}
