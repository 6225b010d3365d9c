import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/load/decode-text.js';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { tempFolder } from './temp-files.js';

/** Bytes of `text` in Latin-1: one byte per character (all below U+0100). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** A file in another encoding is refused at its first bad byte, with the encoding it probably is and how to convert it. */
describe('a text file that is not UTF-8', () => {
  it('import of a Latin-1 text: the first bad byte at its line and column, "Latin-1", and the iconv command', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'draft.txt'), latin1('Draft resolution\n\nThe Security Council,\n\n1. Decides that the r\u00e9gime shall apply;\n'));
    const run = await runCli(['import', 'draft.txt'], { cwd: folder });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toMatch(/^draft\.txt:5:22 {2}error {2}byte 0xE9 is not valid UTF-8: the file is probably Latin-1 \(ISO-8859-1\), where it is "é" {2}\[encoding\]/m);
    expect(run.stderr).toContain('iconv -f latin1 -t utf-8 draft.txt > draft.utf8.txt');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });

  it('validate of a Latin-1 resolution file: the same, at the byte', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'draft.yaml'), latin1('kind: draft\ntitle: Projet de r\u00e9solution\n'));
    const run = await runCli(['validate', 'draft.yaml'], { cwd: folder });
    expect(run.stdout).toMatch(/^draft\.yaml:2:19 {2}error {2}byte 0xE9 is not valid UTF-8: the file is probably Latin-1/m);
    expect(run.stdout).toContain('iconv -f latin1 -t utf-8 draft.yaml > draft.utf8.yaml');
  });

  it('counts the column in characters: a UTF-8 "é" before the bad byte counts once', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a: \u00e9t\u00e9 '), 0xe9, 0x0a]);
    const decoded = decodeText('x.yaml', bytes);
    expect(decoded).toMatchObject({ ok: false, diagnostic: { line: 1, col: 8, code: 'encoding' } });
  });

  it('Windows-1252 curly quotes are said to be Windows-1252', () => {
    const decoded = decodeText('x.txt', latin1('He said \u0093yes\u0094.\n'));
    expect(decoded).toMatchObject({ ok: false, diagnostic: { line: 1, col: 9, message: expect.stringMatching(/probably Windows-1252, where it is "\u201c"/), hint: expect.stringContaining('iconv -f windows-1252 -t utf-8') } });
  });

  it('UTF-16 is said to be UTF-16, not binary', () => {
    const withBom = new Uint8Array([0xff, 0xfe, ...Array.from('kind: draft\n').flatMap((c) => [c.charCodeAt(0), 0])]);
    const withoutBom = new Uint8Array(Array.from('kind: draft\n').flatMap((c) => [0, c.charCodeAt(0)]));
    expect(decodeText('x.yaml', withBom)).toMatchObject({ ok: false, diagnostic: { code: 'encoding', message: expect.stringMatching(/UTF-16 \(little-endian\)/), hint: expect.stringContaining('iconv -f utf-16le') } });
    expect(decodeText('x.yaml', withoutBom)).toMatchObject({ ok: false, diagnostic: { code: 'encoding', message: expect.stringMatching(/UTF-16 \(big-endian\)/) } });
  });

  it('an encoding it cannot guess still gets the place and how to find the encoding', () => {
    const decoded = decodeText('x.txt', new Uint8Array([0x61, 0x0a, 0x62, 0x81, 0x40, 0x0a]));
    expect(decoded).toMatchObject({ ok: false, diagnostic: { line: 2, col: 2, message: expect.stringMatching(/another encoding/), hint: expect.stringContaining('file -i x.txt') } });
  });

  it('binary stays binary; UTF-8 with a byte-order mark decodes and says so', () => {
    expect(decodeText('x.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x17]))).toMatchObject({ ok: false, diagnostic: { code: 'binary-file' } });
    expect(decodeText('x.yaml', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a', bom: true });
  });
});
