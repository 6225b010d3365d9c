import { mkdtempSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../../src/import/import-refusal.js';
import { importPdf } from '../../../src/import/pdf/import-pdf.js';
import { loadedDocument } from '../../support/loaded-document.js';
import { renderedText } from '../../support/rendered-text.js';
import { runCli, STACK_TRACE } from '../../support/run-cli.js';
import { fodtToPdfs, imageFodt, pagePicture, typesetPdfs, unLayoutFodt, type UnLayoutText } from '../../support/un-layout-pdf.js';

const TEXT: UnLayoutText = {
  symbol: 'S/RES/9001 (2030)',
  job: '30-99999 (E)',
  language: 'en',
  text: 'RESOLUTION 9001 (2030)\n\nThe Security Council,\n\nRecalling its previous resolutions on the question,\n\n1. Decides that all States shall prevent the supply of arms and related materiel of all types;\n\n2. Decides to remain seized of the matter.\n',
};

let folder: string;
const pdfs: Record<string, Uint8Array> = {};

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'bluedraft-pdf-bad-'));
  // Two LibreOffice runs: the locked copy, then (from a picture of its page) the scan, with the whole copy.
  Object.assign(pdfs, typesetPdfs({ locked: TEXT }, { password: 'secret' }));
  const long = renderedText(loadedDocument('resolutions/haiti/S-RES-841-1993.yaml'));
  Object.assign(pdfs, fodtToPdfs({ whole: unLayoutFodt(TEXT), long: unLayoutFodt({ ...TEXT, symbol: 'S/RES/841 (1993)', text: long }), scan: imageFodt(pagePicture(pdfs.locked!, 'secret')) }));
}, 120_000);

/** The PDF with the content stream of page `page` (1-based) overwritten in its middle: that page's text can no longer be read. */
function damagedPage(pdf: Uint8Array, page: number): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const object = [...text.matchAll(/\/Contents (\d+) 0 R/g)][page - 1]![1]!;
  const stream = new RegExp(`\\n${object} 0 obj[^]*?stream\\r?\\n`).exec(text)!;
  const copy = new Uint8Array(pdf);
  copy.fill(0x41, stream.index + stream[0].length + 20, stream.index + stream[0].length + 220);
  return copy;
}

/** Runs `bluedraft import NAME -o out.yaml` on the bytes, in a fresh folder; what it printed, and whether anything was written. */
async function importing(name: string, bytes: Uint8Array | undefined, size?: number) {
  const cwd = mkdtempSync(path.join(folder, 'run-'));
  const file = path.join(cwd, name);
  writeFileSync(file, bytes ?? new Uint8Array());
  if (size !== undefined) truncateSync(file, size);
  const run = await runCli(['import', name, '-o', 'out.yaml'], { cwd });
  return { ...run, written: readdirSync(cwd).filter((f) => f !== name) };
}

describe('a PDF that cannot be imported is refused plainly: exit 1, nothing written, no stack trace', () => {
  it('reads the whole PDF (the control)', async () => {
    const run = await importing('whole.pdf', pdfs.whole);
    expect(run.code, run.stderr).toBe(0);
    expect(run.written).toEqual(['out.yaml']);
  });

  it.each([
    ['a scan with no text layer', 'scan.pdf', () => pdfs.scan, /scan\.pdf/, /has no text layer: its page is an image, as in a scan.*\[pdf-no-text\]\n\s+fix: run OCR on it first/s],
    ['a password-protected PDF', 'locked.pdf', () => pdfs.locked, /locked\.pdf/, /protected by a password.*\[pdf-encrypted\]/s],
    ['a file that is not a PDF', 'notes.pdf', () => new TextEncoder().encode('Decides that all States shall …\n'), /notes\.pdf/, /is not a PDF: it does not begin with "%PDF-".*\[pdf-not-pdf\]/s],
    ['a PDF cut short in transfer', 'cut.pdf', () => pdfs.whole!.subarray(0, Math.floor(pdfs.whole!.length * 0.6)), /cut\.pdf/, /the PDF is cut short.*\[pdf-damaged\]/s],
    ['a PDF whose insides are garbage', 'garbage.pdf', () => new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\n%%EOF\n`), /garbage\.pdf/, /the PDF is damaged and cannot be read.*\[pdf-damaged\]/s],
  ])('%s', async (_what, name, bytes, file, message) => {
    const run = await importing(name, bytes());
    expect(run.code).toBe(1);
    expect(run.written).toEqual([]);
    expect(run.stderr).toMatch(file);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('nothing was written');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('a page that cannot be read is reported, and the other pages are imported', async () => {
    const result = await importPdf(damagedPage(pdfs.long!, 2), { file: 'long.pdf', format: 'text', schemaPath: 's.json' });
    const damaged = result.diagnostics.filter((d) => d.code === 'import-pdf-page-damaged');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ severity: 'warning', where: 'page 2' });
    expect(damaged[0]!.message).toMatch(/^page 2 is damaged and its text cannot be read \(.+\): its words are missing from the import$/);
    expect(result.document.preamble.length).toBeGreaterThan(0);
  });

  it('a PDF none of whose pages can be read is refused as damaged', async () => {
    const run = await importing('unreadable.pdf', damagedPage(pdfs.whole!, 1));
    expect(run.code).toBe(1);
    expect(run.written).toEqual([]);
    expect(run.stderr).toMatch(/the PDF is damaged: the text of none of its pages can be read.*\[pdf-damaged\]/s);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('a 100 MB file is refused by its size before it is read', async () => {
    const run = await importing('huge.pdf', pdfs.whole, 100 * 1024 * 1024);
    expect(run.code).toBe(1);
    expect(run.written).toEqual([]);
    expect(run.stderr).toMatch(/huge\.pdf:1:1\s+error\s+file is 100\.0 MB; the limit is \d+ MB\s+\[file-too-large\]/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('the library refuses 100 MB of bytes without parsing them', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024);
    huge.set(pdfs.whole!);
    const refused = await importPdf(huge, { file: 'huge.pdf', format: 'text', schemaPath: 's.json' }).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(ImportRefusal);
    expect((refused as ImportRefusal).diagnostics[0]).toMatchObject({ code: 'pdf-too-large', severity: 'error' });
  });
});
