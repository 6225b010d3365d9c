import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/load-document.js';
import { validateFiles } from '../../src/validate/validate-files.js';

const CORPUS = path.resolve('resolutions');

/** A draft whose one effect acts on `target`. */
function draft(target: string): string {
  return `kind: draft
status: circulated
language: en
completeness: full
preamble: []
operative:
  - id: op_1
    number: 1
    text: Decides to suspend the measures;
    effects:
      - action: suspend
        target: ${target}
`;
}

/** validateFiles over one file with the shipped corpus, counting the corpus files it reads. */
async function validateCounting(text: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-lazy-corpus-'));
  const file = path.join(folder, 'draft.yaml');
  await writeFile(file, text);
  const read: string[] = [];
  const result = await validateFiles([file], {
    corpus: [CORPUS],
    loadCorpusFile: (corpusFile) => {
      read.push(corpusFile);
      return loadDocument(corpusFile);
    },
  });
  return { read, codes: result.diagnostics.map((d) => d.code) };
}

describe('validate reads the corpus only when a file cites beyond the files checked', () => {
  it('reads no corpus file for a file whose effects act only on itself', async () => {
    const { read, codes } = await validateCounting(draft('{ paragraphs: ["1"] }'));
    expect(read).toEqual([]);
    expect(codes).toEqual([]);
  });

  it('reads none for a file with no effects at all', async () => {
    const text = (await readFile('test/fixtures/valid-minimal.yaml', 'utf8'));
    const { read } = await validateCounting(text);
    expect(read).toEqual([]);
  });

  it('reads the corpus for a file that acts on a resolution in it, and checks the target there', async () => {
    const found = await validateCounting(draft('{ resolution: 883 (1993), paragraphs: ["999"] }'));
    expect(found.read.length).toBeGreaterThan(10);
    expect(found.codes).toEqual(['dangling-target']);
    const fine = await validateCounting(draft('{ resolution: 883 (1993), paragraphs: ["3"] }'));
    expect(fine.codes).toEqual([]);
  });
});
