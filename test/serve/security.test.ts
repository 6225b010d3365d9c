/**
 * The server answers only its own address, serves nothing outside the folder, and every
 * response carries the strict policy. Plain HTTP requests, sent exactly as written.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/start-server.js';
import { rawRequest, servedFolder } from './support/served-folder.js';

const SECRET = 'SECRET-OUTSIDE-THE-FOLDER-51d2';
let server: RunningServer;
let outside: string;

beforeAll(async () => {
  const folder = servedFolder();
  outside = mkdtempSync(path.join(tmpdir(), 'bluedraft-outside-'));
  writeFileSync(path.join(outside, 'secret.yaml'), `# ${SECRET}\n`);
  writeFileSync(path.join(path.dirname(folder), 'beside.yaml'), `# ${SECRET}\n`);
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(folder, 'link-out.yaml'));
  symlinkSync(outside, path.join(folder, 'dir-out'));
  // The same text filed as Arabic: the pages must lay it out right to left (its words are not at issue here).
  writeFileSync(path.join(folder, 'arabic.yaml'), readFileSync(path.join(folder, 'haiti', 'S-RES-873-1993.yaml'), 'utf8').replace(/^language: en$/m, 'language: ar').replace(/^number: 873$/m, 'number: 99873'));
  server = await startServer({ dir: folder });
});

afterAll(async () => {
  await server.close();
});

const get = (rawPath: string, headers: Record<string, string> = {}) => rawRequest(server.url, rawPath, { headers });

describe('the Host header (DNS rebinding)', () => {
  it('answers the address it serves, by number or as localhost', async () => {
    expect((await get('/')).status).toBe(200);
    const port = new URL(server.url).port;
    expect((await get('/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it.each([['evil.example'], ['evil.example:80'], [`127.0.0.1.evil.example`], ['127.0.0.1:1']])('refuses Host: %s with 421', async (host) => {
    const response = await get('/', { host: host === '127.0.0.1:1' ? host : `${host}` });
    expect(response.status).toBe(421);
    expect(response.body).not.toContain('Library');
  });

  it('refuses a form posted from a page of another origin, or with no origin', async () => {
    const form = { method: 'POST', body: 'doc=upload%3A1&name=x.yaml', headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    expect((await rawRequest(server.url, '/save', { ...form, headers: { ...form.headers, origin: 'https://evil.example' } })).status).toBe(403);
    expect((await rawRequest(server.url, '/save', form)).status).toBe(403);
  });
});

describe('nothing outside the folder', () => {
  it.each([
    ['plain ..', '/raw/../../package.json'],
    ['.. inside', '/raw/haiti/../../beside.yaml'],
    ['encoded dots', '/raw/%2e%2e/beside.yaml'],
    ['encoded slash', '/raw/haiti%2f..%2f..%2fbeside.yaml'],
    ['double-encoded dots', '/raw/%252e%252e/beside.yaml'],
    ['backslash', '/raw/..%5cbeside.yaml'],
    ['NUL', '/raw/haiti/S-RES-841-1993.yaml%00.txt'],
    ['a link to a file outside', '/raw/link-out.yaml'],
    ['a link to a folder outside', '/raw/dir-out/secret.yaml'],
    ['a query with ..', '/file?doc=../beside.yaml'],
    ['a query with an absolute path', `/file?doc=${encodeURIComponent(path.join(path.sep, 'etc', 'passwd'))}`],
    ['a query through a link outside', '/file?doc=link-out.yaml'],
    ['a document through a link outside', '/document?doc=dir-out%2Fsecret.yaml'],
    ['a download through ..', '/download/document?doc=..%2Fbeside.yaml&format=json'],
    ['an asset name with ..', '/assets/..%2F..%2Fpackage.json'],
  ])('refuses %s', async (_name, rawPath) => {
    const response = await get(rawPath);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain('"name": "bluedraft"');
  });

  it('serves a file inside the folder', async () => {
    const response = await get('/raw/haiti/S-RES-841-1993.yaml');
    expect(response.status).toBe(200);
    expect(response.body).toContain('symbol: S/RES/841 (1993)');
  });

  it('lists no file that leads outside the folder, and says why', async () => {
    const response = await get('/');
    expect(response.body).not.toContain(SECRET);
    expect(response.body).toContain('link-out.yaml');
    expect(response.body).toContain('outside the folder served');
  });
});

describe('headers', () => {
  it.each(['/', '/assets/app.js', '/assets/workbench.css', '/assets/bluedraft.css', '/nowhere', '/raw/%2e%2e/x', '/document?doc=haiti%2FS-RES-841-1993.yaml'])('%s carries the strict policy', async (rawPath) => {
    const { headers } = await get(rawPath);
    expect(headers['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('a page holds no inline script and loads nothing from elsewhere', async () => {
    for (const rawPath of ['/', '/document?doc=haiti%2FS-RES-873-1993.yaml', '/compare?old=examples%2Fzero-draft.yaml&new=examples%2Frev1.yaml', '/regime?id=haiti&asOf=1993-11-01', '/impact?draft=dprk%2Fdraft-2019-12-16-cn-ru.yaml', '/import', '/file?doc=haiti%2FS-RES-841-1993.yaml']) {
      const { status, body } = await get(rawPath);
      expect(status).toBe(200);
      expect(body.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/assets/app.js">']);
      expect(body).not.toMatch(/<script[^>]*>[^<]/);
      // Links to sources may lead elsewhere when clicked; nothing is loaded from elsewhere.
      expect(body).not.toMatch(/\ssrc="(?:https?:)?\/\/|<link[^>]*\shref="(?:https?:)?\/\//);
      expect(body).not.toMatch(/\son[a-z]+=/i);
      expect(body).not.toMatch(/\sstyle=|<style/);
    }
  });

  it('downloads a comparison as Word, as `diff --format docx` writes it', async () => {
    const { status, headers, body } = await get('/download/compare?old=examples%2Fzero-draft.yaml&new=examples%2Frev1.yaml&format=docx');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(headers['content-disposition']).toBe('attachment; filename="comparison.docx"');
    expect(body.startsWith('PK')).toBe(true);
  });

  it('downloads a document as Word, as `render --format docx` writes it', async () => {
    const { status, headers, body } = await get('/download/document?doc=haiti%2FS-RES-873-1993.yaml&format=docx');
    expect(status).toBe(200);
    expect(headers['content-disposition']).toBe('attachment; filename="haiti-S-RES-873-1993.docx"');
    expect(body.startsWith('PK')).toBe(true);
  });

  it('a download is an attachment, never a page of the site', async () => {
    const { status, headers } = await get('/download/compare?old=examples%2Fzero-draft.yaml&new=examples%2Frev1.yaml&format=html');
    expect(status).toBe(200);
    expect(headers['content-disposition']).toBe('attachment; filename="comparison.html"');
  });
});

describe('right to left', () => {
  it('lays an Arabic text out right to left, on its own page and on its side of a comparison', async () => {
    const page = await get('/document?doc=arabic.yaml');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<article class="resolution" lang="ar" dir="rtl">/);
    const compare = await get('/compare?old=haiti%2FS-RES-873-1993.yaml&new=arabic.yaml');
    expect(compare.status).toBe(200);
    expect(compare.body).toMatch(/<div class="side" lang="ar" dir="rtl">/);
    expect(compare.body).toMatch(/<div class="side" lang="en" dir="ltr">/);
  });
});
