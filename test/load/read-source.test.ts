import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/load-document.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-read-'));
  await mkdir(path.join(folder, 'a-folder.yaml'));
  await symlink(path.join(folder, 'loop.yaml'), path.join(folder, 'loop.yaml'));
});

async function failure(file: string) {
  const result = await loadDocument(file);
  if (result.ok) throw new Error('expected a failure');
  return result.diagnostics;
}

describe('loadDocument on paths that are not readable files', () => {
  it('reports a missing file as a located diagnostic instead of throwing', async () => {
    expect(await failure(path.join(folder, 'missing.yaml'))).toEqual([expect.objectContaining({ code: 'not-found', line: 1, col: 1, severity: 'error' })]);
  });

  it('reports a folder given where a file is expected', async () => {
    expect(await failure(path.join(folder, 'a-folder.yaml'))).toEqual([expect.objectContaining({ code: 'not-a-file' })]);
  });

  it('reports a symbolic link that points to itself', async () => {
    expect(await failure(path.join(folder, 'loop.yaml'))).toEqual([expect.objectContaining({ code: 'symlink-loop' })]);
  });
});

describe('an empty file', () => {
  it('is a file of nothing but blank lines and comments, however indented; one line of content is enough not to be', async () => {
    const cases: Array<[string, boolean]> = [
      ['', true],
      ['\n\n   \n', true],
      ['# only a comment\n  # an indented one\n\t\n', true],
      ['# a comment\n   \nkind: draft\n', false],
      ['   kind: draft', false],
      ['#\n \u00a0x\n', false],
    ];
    for (const [index, [text, empty]] of cases.entries()) {
      const file = path.join(folder, `empty-${index}.yaml`);
      await writeFile(file, text);
      const result = await loadDocument(file);
      const codes = result.ok ? [] : result.diagnostics.map((d) => d.code);
      expect(codes.includes('empty-file'), JSON.stringify(text)).toBe(empty);
    }
  });
});
