import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './security-headers.js';

/**
 * The pages open `/events` (Server-Sent Events) and reload when a file in the folder changes.
 * A comment line every 25 s keeps idle connections from being dropped by anything in between.
 */
export class LiveEvents {
  private readonly clients = new Set<ServerResponse>();
  private readonly ping = setInterval(() => this.send(': ping\n\n'), 25_000);

  constructor() {
    this.ping.unref();
  }

  attach(response: ServerResponse): void {
    response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    response.write('retry: 2000\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  changed(): void {
    this.send('event: change\ndata: folder\n\n');
  }

  close(): void {
    clearInterval(this.ping);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private send(text: string): void {
    for (const client of this.clients) client.write(text);
  }
}
