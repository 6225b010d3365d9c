import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAkn } from '../../src/import/akn/import-akn.js';
import { aknXml } from '../support/akn-xml.js';
import { loadedDocument } from '../support/loaded-document.js';

const MINIMAL = path.resolve(import.meta.dirname, '../fixtures/valid-minimal.yaml');

function minimalXml(): string {
  return aknXml(loadedDocument(MINIMAL));
}

describe('bd:data, the fields Akoma Ntoso has no element for', () => {
  it('a key "__proto__" is dropped, not used to set the prototype of what is read', () => {
    const xml = minimalXml().replace(`bd:data='{"id":"op_1"}'`, `bd:data='{"id":"op_1","__proto__":{"polluted":true}}'`);
    expect(xml).toContain('"__proto__"');
    const result = importAkn(xml, { file: 'x.xml', schemaPath: 's.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paragraph = result.document.operative[0]!;
    expect(Object.getPrototypeOf(paragraph)).toBe(Object.prototype);
    expect((paragraph as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.yaml).not.toContain('polluted');
  });

  it('a bd:data that is not a JSON object is reported at its element; the rest is read', () => {
    const xml = minimalXml().replace(`bd:data='{"id":"op_2"}'`, `bd:data='op_2'`);
    const line = xml.split('\n').findIndex((l) => l.includes(`bd:data='op_2'`)) + 1;
    const col = xml.split('\n')[line - 1]!.indexOf('<paragraph') + 1;
    const result = importAkn(xml, { file: 'x.xml', schemaPath: 's.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}`)).toEqual([`${line}:${col} error akn-bad-data`]);
    expect(result.document.operative[1]).toMatchObject({ id: 'op_2', number: 2, text: 'Decides to remain seized of the matter.' });
  });
});
