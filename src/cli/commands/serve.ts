import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { startServer } from '../../serve/start-server.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function portOption(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port must be a port number, 0 to 65535 (got "${value}")`);
  return Number(value);
}

function hostOption(value: string | undefined): string {
  if (value === undefined) return '127.0.0.1';
  if (value === '0.0.0.0' || value === '::' || value === '') throw new UsageError(`--host must be one address of this computer (e.g. 192.168.1.5), not every address at once (got "${value}"): the server answers only to the address it serves`);
  return value;
}

/** Resolves on Ctrl+C (SIGINT) or SIGTERM, with which one it was. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  usage: `Usage: bluedraft serve [DIR] [options]

A workbench in the browser, served from this computer (docs/serve.md): the library of the
folder's resolutions and drafts with each file's problems at their lines; each document in the
UN layout, its citations linked to the wording they cite; any two compared side by side with
the word redline, moved / renumbered / split / merged paragraphs and changes of legal force
first; a draft's impact on its regime and the regime as of a date, with the timeline; importing
a text (whatever \`bluedraft import\` reads) to read and compare it, written into the folder only
when saved; downloads in Markdown, HTML, JSON and Word. Pages update when a file in the folder
changes. Nothing is fetched from or sent to anywhere else, and nothing is opened:
visit the address printed.

DIR defaults to ./resolutions.

Options:
  --port N         the port to listen on (default: a free one)
  --host ADDRESS   the address to listen on (default: 127.0.0.1, this computer only);
                   another address lets other computers on that network read the folder
  -h, --help       show this help

Exit codes: 130 stopped with Ctrl+C, 0 stopped otherwise, 1 the port is taken or cannot be
used, 2 usage error (no such folder).`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { port: { type: 'string' }, host: { type: 'string' } });
    if (positionals.length > 1) throw new UsageError(`give one folder to serve (got ${positionals.length})`);
    const port = portOption(values.port);
    const host = hostOption(values.host);
    const dir = path.resolve(io.cwd, positionals[0] ?? 'resolutions');
    const shown = path.relative(io.cwd, dir) || '.';
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(info ? `${shown} is not a folder` : `there is no folder ${shown}${positionals.length === 0 ? ' here; give the folder of resolution files to serve' : ''}`);
    const stopped = stopSignal();
    let server;
    try {
      server = await startServer({ dir, host, port });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw error;
      const why = code === 'EADDRINUSE' ? `port ${port} is already in use` : code === 'EACCES' ? `port ${port} needs privileges` : `${host} is not an address of this computer`;
      io.stderr(`bluedraft serve: cannot listen on ${host}:${port}: ${why}\n    fix: ${code === 'EADDRNOTAVAIL' ? 'give one of this computer’s addresses with --host' : 'leave out --port to use a free port, or give another'}\n`);
      return EXIT.problems;
    }
    if (!LOOPBACK.has(host)) io.stderr(`bluedraft serve: listening on ${host}: other computers that reach this address can read ${shown}\n`);
    io.stdout(`bluedraft workbench: ${server.url}\n  serving ${shown}; open the address in your browser. Ctrl+C stops.\n`);
    const signal = await stopped;
    await server.close();
    return signal === 'SIGINT' ? EXIT.interrupted : EXIT.ok;
  },
};
