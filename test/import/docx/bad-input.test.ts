import { existsSync, mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../../support/run-cli.js';
import { buildDocx, HEADER, p } from './build-docx.js';

function folderWith(name: string, bytes: Uint8Array | string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-docx-bad-'));
  writeFileSync(path.join(folder, name), bytes);
  return folder;
}

/** Runs `import NAME -o out.yaml` and checks the refusal: exit 1, nothing written, no stack trace, the message and the fix. */
async function refused(name: string, bytes: Uint8Array | string, message: RegExp, args: string[] = []): Promise<string> {
  const folder = folderWith(name, bytes);
  const run = await runCli(['import', name, '-o', 'out.yaml', ...args], { cwd: folder });
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/\n {4}fix: /);
  expect(run.stderr).toMatch(/nothing was written/);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(existsSync(path.join(folder, 'out.yaml'))).toBe(false);
  return run.stderr;
}

/** A zip holding one deflated entry, assembled by hand around bytes deflated by zlib, so that a large entry costs no time to make. */
function zipOfOneEntry(name: string, size: number): Uint8Array {
  const data = deflateRawSync(Buffer.alloc(size, 0x20), { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, end]));
}

describe('bluedraft import: a Word file that cannot be read is refused clearly, exit 1, nothing written', () => {
  it('a .docx that is not a zip', async () => {
    await refused('draft.docx', 'Resolution 2999 (2030)\n\nThe Security Council,\n', /^draft\.docx:1:1 {2}error {2}this is not a Word \(\.docx\) file: it is not a zip archive {2}\[docx-not-zip\]/m);
  });

  it('a zip that is not a Word file (no word/document.xml)', async () => {
    await refused('draft.docx', zipSync({ 'notes.txt': strToU8('hello') }), /this is a zip archive, but not a Word document: it has no word\/document\.xml {2}\[docx-not-word\]/);
  });

  it('an OpenDocument file given as .docx', async () => {
    await refused('draft.docx', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), /this is an OpenDocument file \(application\/vnd\.oasis\.opendocument\.text\)/);
  });

  it('a password-protected file (an OLE compound file: D0 CF 11 E0), said with how to remove the password', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const stderr = await refused('draft.docx', ole, /password-protected .* or an old Word 97–2003 \.doc/);
    expect(stderr).toMatch(/remove the password/);
  });

  it('a 100 MB file: refused by its size, before it is read', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-docx-big-'));
    const fd = openSync(path.join(folder, 'big.docx'), 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const run = await runCli(['import', 'big.docx', '-o', 'out.yaml'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/file is 100\.0 MB; the limit is 5 MB {2}\[file-too-large\]/);
    expect(existsSync(path.join(folder, 'out.yaml'))).toBe(false);
  });

  it('malformed XML inside: the part, its line and column', async () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p></w:body></w:document>') });
    await refused('draft.docx', bytes, /word\/document\.xml inside the Word file cannot be read, at its line 1, column \d+: the XML is not well formed/);
  });

  it('an entity declared in a part (DOCTYPE): refused, nothing expanded', async () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><d>&a;</d>') });
    await refused('draft.docx', bytes, /word\/document\.xml inside the Word file cannot be read/);
  });

  it('a zip bomb (a part that unpacks to 70 MB from 70 KB): refused while unpacking, whatever sizes the zip declares', async () => {
    await refused('draft.docx', zipOfOneEntry('word/document.xml', 70 * 1024 * 1024), /unpacks to more than 64 MB \(at word\/document\.xml\).* zip bomb {2}\[docx-too-large\]/);
  });

  it('a damaged zip (cut short): refused', async () => {
    const whole = buildDocx({ body: HEADER });
    await refused('draft.docx', whole.subarray(0, whole.length - 30), /this is not a Word \(\.docx\) file/);
  });
});

describe('bluedraft import FILE.docx', () => {
  it('exits 0 and writes a file that validates; doubts name the Word paragraph and its first words', async () => {
    const body = HEADER + p('1. Decides to lift the measures imposed by resolution 2998 (2030);') + p('2. Decides to remain seized of the matter.') + p('Adopted unanimously at the 9999th meeting.');
    const folder = folderWith('draft.docx', buildDocx({ body }));
    const run = await runCli(['import', 'draft.docx', '-o', 'out.yaml'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^draft\.docx \(paragraph 5, "1\. Decides to lift the measures imposed by …"\) {2}info {2}"lift" read as the effect/m);
    expect(run.stderr).not.toMatch(/^draft\.docx:\d/m);
    expect(existsSync(path.join(folder, 'out.yaml'))).toBe(true);
  });

  it('--format docx reads a Word file whatever its name; a Word file named .txt is refused as binary, with the fix', async () => {
    const folder = folderWith('draft.bin', buildDocx({ body: HEADER + p('1. Decides to remain seized of the matter.') + p('Adopted unanimously at the 9999th meeting.') }));
    const forced = await runCli(['import', 'draft.bin', '--format', 'docx'], { cwd: folder });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/text: Decides to remain seized of the matter\./);
    writeFileSync(path.join(folder, 'draft.txt'), buildDocx({ body: HEADER }));
    const asText = await runCli(['import', 'draft.txt'], { cwd: folder });
    expect(asText.code).toBe(1);
    expect(asText.stderr).toMatch(/binary file, not text {2}\[binary-file\]\n {4}fix: give a Word \(\.docx\) or PDF file its extension/);
  });

  it('--tracked brackets writes a negotiating draft that validates, exit 0', async () => {
    const changed = `<w:p>${p('').slice(5, -6)}<w:r><w:t xml:space="preserve">Decides to remain seized of the matter</w:t></w:r><w:ins w:id="1" w:author="France" w:date="2024-05-01T00:00:00Z"><w:r><w:t xml:space="preserve"> for six months</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>`;
    const folder = folderWith('draft.docx', buildDocx({ body: HEADER + changed + p('Adopted unanimously at the 9999th meeting.') }));
    const run = await runCli(['import', 'draft.docx', '--tracked', 'brackets', '-o', 'out.yaml'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^draft\.docx \(paragraph 5, "Decides to remain seized of the matter for …"\) {2}info {2}pending tracked change: "for six months" inserted by France on 2024-05-01; recorded as a negotiation bracket proposed by France/m);
    expect(run.stderr).toMatch(/^draft\.docx \(the whole document\) {2}info {2}the tracked changes were written as negotiation brackets: the file is imported as a draft made from S\/RES\/2999 \(2030\)/m);
    expect(readFileSync(path.join(folder, 'out.yaml'), 'utf8')).toMatch(/kind: draft[^]*text: Decides to remain seized of the matter\[ for six months\]\.[^]*proposedBy:\s+- France/);
  });

  it('--tracked takes accept, reject or brackets only', async () => {
    const folder = folderWith('draft.docx', buildDocx({ body: HEADER }));
    const run = await runCli(['import', 'draft.docx', '--tracked', 'maybe'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--tracked must be one of accept, reject, brackets \(got "maybe"\)/);
  });
});
