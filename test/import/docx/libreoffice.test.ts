import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from './build-docx.js';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';
const LIST_STYLE = '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/><text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="i"/></text:list-style>';
const change = (id: string, kind: 'insertion' | 'deletion', author: string, date: string, deleted = '') => `<text:changed-region text:id="${id}"><text:${kind}><office:change-info><dc:creator>${author}</dc:creator><dc:date>${date}</dc:date></office:change-info>${deleted}</text:${kind}></text:changed-region>`;
const item = (inner: string) => `<text:list-item>${inner}</text:list-item>`;
const para = (inner: string) => `<text:p>${inner}</text:p>`;

/** A draft as a delegation sends it back from LibreOffice: numbered lists, tracked changes by two people, a comment by a third. */
const MARKED_UP = `<?xml version="1.0" encoding="UTF-8"?><office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles>${LIST_STYLE}</office:automatic-styles><office:body><office:text>
<text:tracked-changes>${change('c1', 'insertion', 'Alice Smith', '2024-05-01T10:00:00')}${change('c2', 'deletion', 'Bob Jones', '2024-05-02T11:00:00', para('within 30 days '))}${change('c3', 'deletion', 'Bob Jones', '2024-05-02T11:05:00', para('on timber;'))}</text:tracked-changes>
${para('Resolution 2999 (2030)')}${para('Adopted by the Security Council at its 9999th meeting, on 1 January 2030')}${para('The Security Council,')}${para('Recalling its previous resolutions,')}
<text:list text:style-name="L1">
${item(`${para('Decides that all States shall <text:change-start text:change-id="c1"/>immediately <text:change-end text:change-id="c1"/><text:change text:change-id="c2"/>lift the measures, as follows:')}<text:list>${item(para('on seafood;'))}${item(`${para('on timber, <text:change text:change-id="c3"/>that is:')}<text:list>${item(para('logs;'))}${item(para('sawn wood;'))}</text:list>`)}${item(para('on textiles;<office:annotation><dc:creator>Carol White</dc:creator><dc:date>2024-05-03T09:00:00</dc:date><text:p>Which textiles?</text:p></office:annotation>'))}</text:list>`)}
${item(para('Decides to remain seized of the matter.'))}
</text:list>
${para('Adopted unanimously at the 9999th meeting.')}
</office:text></office:body></office:document>`;

/** Numbering that LibreOffice writes as overrides: a list that starts at 7. */
const STARTS_AT_SEVEN = `<?xml version="1.0" encoding="UTF-8"?><office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles>${LIST_STYLE}</office:automatic-styles><office:body><office:text>
${para('Resolution 2999 (2030)')}${para('Adopted by the Security Council at its 9999th meeting, on 1 January 2030')}${para('The Security Council,')}${para('Recalling its previous resolutions,')}
<text:list text:style-name="L1"><text:list-item text:start-value="7">${para('Decides one thing;')}</text:list-item>${item(para('Decides another thing.'))}</text:list>
</office:text></office:body></office:document>`;

const run = promisify(execFile);
const made = new Map<string, Uint8Array>();

/** Word files made by LibreOffice from flat ODT, in one run of soffice with a private profile. */
beforeAll(async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-soffice-'));
  const inputs = { marked: MARKED_UP, seven: STARTS_AT_SEVEN };
  for (const [name, text] of Object.entries(inputs)) writeFileSync(path.join(folder, `${name}.fodt`), text);
  await run('soffice', ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'docx', '--outdir', folder, ...Object.keys(inputs).map((n) => path.join(folder, `${n}.fodt`))], { timeout: 50_000 });
  for (const name of Object.keys(inputs)) made.set(name, new Uint8Array(readFileSync(path.join(folder, `${name}.docx`))));
});

describe('Word files made by LibreOffice', () => {
  it('numbering as printed, every change accepted by default, one diagnostic per change with its author', () => {
    const result = importBytes(made.get('marked')!);
    const [first, second] = result.document.operative;
    expect(first).toMatchObject({ number: 1, text: 'Decides that all States shall immediately lift the measures, as follows:' });
    expect(first!.subparagraphs?.map((s) => [s.number, s.text, (s.subparagraphs ?? []).map((t) => [t.number, t.text])])).toEqual([
      ['a', 'on seafood;', []],
      ['b', 'on timber, that is:', [['i', 'logs;'], ['ii', 'sawn wood;']]],
      ['c', 'on textiles;', []],
    ]);
    expect(second).toMatchObject({ number: 2, text: 'Decides to remain seized of the matter.' });
    const changes = result.diagnostics.filter((d) => d.code === 'docx-tracked-change');
    expect(changes.map((d) => d.message)).toEqual([
      'pending tracked change: "immediately" inserted by Alice Smith on 2024-05-01; the text has it (all changes accepted)',
      'pending tracked change: "within 30 days" deleted by Bob Jones on 2024-05-02; left out (all changes accepted)',
      'pending tracked change: "on timber;" deleted by Bob Jones on 2024-05-02; left out (all changes accepted)',
    ]);
    expect(changes[0]!.where).toBe('paragraph 5, "Decides that all States shall immediately lift the …"');
  });

  it('--tracked reject gives the text before the changes', () => {
    const [first] = importBytes(made.get('marked')!, 'reject').document.operative;
    expect(first!.text).toBe('Decides that all States shall within 30 days lift the measures, as follows:');
    expect(first!.subparagraphs?.[1]?.text).toBe('on timber, on timber;that is:');
  });

  it('the comment is a note on its subparagraph, with its author', () => {
    const textiles = importBytes(made.get('marked')!).document.operative[0]!.subparagraphs![2]!;
    expect(textiles.note).toBe('Word comment by Carol White (2024-05-03), not part of the text: "Which textiles?"');
  });

  it('a list LibreOffice starts at 7 (a level override in numbering.xml) is numbered from 7', () => {
    expect(importBytes(made.get('seven')!).document.operative.map((o) => [o.number, o.text])).toEqual([
      [7, 'Decides one thing;'],
      [8, 'Decides another thing.'],
    ]);
  });
});
