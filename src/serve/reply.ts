/** What a route answers: a whole response, sent by `handleRequest` with the security headers. */
export interface Reply {
  status: number;
  type: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

export const HTML = 'text/html; charset=utf-8';
export const TEXT = 'text/plain; charset=utf-8';

export function textReply(status: number, message: string): Reply {
  return { status, type: TEXT, body: `${message}\n` };
}

export function redirect(location: string): Reply {
  return { status: 303, type: TEXT, body: `See ${location}\n`, headers: { location } };
}

/** A file to save: the browser is told to download it, never to show it as a page of this site. */
export function download(name: string, type: string, body: string | Uint8Array): Reply {
  return { status: 200, type, body, headers: { 'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"` } };
}
