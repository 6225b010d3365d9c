import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-akn-bad-'));
const secret = path.join(folder, 'secret.txt');
writeFileSync(secret, 'SECRET-CONTENT-THAT-MUST-NOT-LEAK\n');

/** Requests that reached the listener: a document must never make bluedraft fetch anything. */
const requests: string[] = [];
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('<!ENTITY leaked "FETCHED">');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const LAUGHS = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k === 0 ? '' : k};`.repeat(10)}">`)].join('\n  ');

interface Case {
  name: string;
  xml: () => string;
  at: string;
  code: string;
}

const CASES: Case[] = [
  { name: 'not well formed', xml: () => `<?xml version="1.0"?>\n<akomaNtoso xmlns="${AKN}">\n  <statement name="resolution">\n</akomaNtoso>\n`, at: '4:13', code: 'xml-not-well-formed' },
  { name: 'in another namespace (Akoma Ntoso 2.0)', xml: () => `<?xml version="1.0"?>\n<akomaNtoso xmlns="http://www.akomantoso.org/2.0">\n  <act/>\n</akomaNtoso>\n`, at: '2:1', code: 'akn-not-akoma-ntoso' },
  { name: 'an entity expansion bomb (billion laughs)', xml: () => `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [\n  ${LAUGHS}\n]>\n<akomaNtoso xmlns="${AKN}">&lol9;</akomaNtoso>\n`, at: '2:1', code: 'xml-doctype' },
  { name: 'an external entity (a local file)', xml: () => `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [ <!ENTITY x SYSTEM "file://${secret}"> ]>\n<akomaNtoso xmlns="${AKN}">&x;</akomaNtoso>\n`, at: '2:1', code: 'xml-doctype' },
  { name: 'an external entity and DTD over the network', xml: () => `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso SYSTEM "http://127.0.0.1:${port}/dtd" [ <!ENTITY % p SYSTEM "http://127.0.0.1:${port}/p"> %p; <!ENTITY x SYSTEM "http://127.0.0.1:${port}/x"> ]>\n<akomaNtoso xmlns="${AKN}">&x;&leaked;</akomaNtoso>\n`, at: '2:1', code: 'xml-doctype' },
  { name: 'nested too deep', xml: () => `<?xml version="1.0"?>\n<akomaNtoso xmlns="${AKN}">${'<p>'.repeat(400)}${'</p>'.repeat(400)}</akomaNtoso>\n`, at: `2:${`<akomaNtoso xmlns="${AKN}">`.length + 255 * 3 + 1}`, code: 'xml-too-deep' },
  { name: 'an entity never declared', xml: () => `<?xml version="1.0"?>\n<akomaNtoso xmlns="${AKN}">\n  <p>&nbsp;</p></akomaNtoso>\n`, at: '3:11', code: 'xml-not-well-formed' },
];

describe.each(CASES)('XML $name', ({ name, xml, at, code }) => {
  const file = `${name.replace(/\W+/g, '-')}.xml`;
  beforeAll(() => writeFileSync(path.join(folder, file), xml()));

  it('import: a located error, nothing written, nothing fetched', async () => {
    const run = await runCli(['import', file, '-o', 'out.yaml'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:${at}  error  `);
    expect(run.stderr).toContain(`[${code}]`);
    expect(run.stderr).toContain('nothing was written');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout + run.stderr).not.toMatch(/SECRET-CONTENT|FETCHED/);
    expect(existsSync(path.join(folder, 'out.yaml'))).toBe(false);
    expect(requests).toEqual([]);
  });

  it('validate: the same located error, nothing fetched', async () => {
    const run = await runCli(['validate', file], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:${at}  error  `);
    expect(run.stdout).toContain(`[${code}]`);
    expect(run.stdout + run.stderr).not.toMatch(/SECRET-CONTENT|FETCHED/);
    expect(requests).toEqual([]);
  });
});

describe('the place shown is where the problem is', () => {
  it('the end of the close tag that does not match; the end of the undeclared entity', () => {
    expect(readFileSync(path.join(folder, 'not-well-formed.xml'), 'utf8').split('\n')[3]!.slice(0, 13)).toBe('</akomaNtoso>');
    expect(readFileSync(path.join(folder, 'an-entity-never-declared.xml'), 'utf8').split('\n')[2]!.slice(5, 11)).toBe('&nbsp;');
  });
});
