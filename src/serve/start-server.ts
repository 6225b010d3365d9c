import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allowedHosts } from './allowed-host.js';
import { handleRequest } from './handle-request.js';
import { LiveEvents } from './live-events.js';
import { watchDir } from './watch-dir.js';
import { Workspace } from './workspace.js';

export interface ServeOptions {
  dir: string;
  /** 127.0.0.1 unless the person asks for another address. */
  host?: string;
  /** 0: a free port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  workspace: Workspace;
  close(): Promise<void>;
}

/**
 * Starts the workbench on `host:port` (loopback and a free port by default) serving `dir`, and
 * watches the folder: a change drops what was read and tells the open pages to reload.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const workspace = await Workspace.open(options.dir);
  const events = new LiveEvents();
  const context = { workspace, events, allowedHosts: new Set<string>() };
  const server = createServer((request, response) => void handleRequest(context, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  context.allowedHosts = allowedHosts(host, port);
  const watcher = watchDir(workspace.dir, () => {
    workspace.invalidate();
    events.changed();
  });
  const name = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${name}:${port}/`,
    workspace,
    async close() {
      watcher.close();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
