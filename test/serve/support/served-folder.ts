import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** A fresh temporary copy of the repository's resolutions/ (and the example revision pair), to serve. */
export function servedFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bluedraft-serve-'));
  const folder = path.join(dir, 'resolutions');
  cpSync(path.join(ROOT, 'resolutions'), folder, { recursive: true });
  cpSync(path.join(ROOT, 'examples/haiti-hypothetical-draft'), path.join(folder, 'examples'), { recursive: true, filter: (file) => !file.endsWith('.md') });
  return folder;
}

/** One raw request: the path is sent exactly as given (no URL normalisation), with the headers given. */
export async function rawRequest(url: string, rawPath: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { request } = await import('node:http');
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, path: rawPath, method: init.method ?? 'GET', headers: { host: target.host, ...init.headers } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
