import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/load/diagnostic.js';
import { loadDocument } from '../../src/load/load-document.js';
import { citationOf } from '../../src/model/citation.js';
import { allClauseIds, formatParagraphPath, resolveTargets, walkOperative } from '../../src/model/paragraph-path.js';
import { collectFiles } from '../../src/fs/collect-files.js';
import { outlineOf } from '../../src/validate/outline.js';
import { validateFiles } from '../../src/validate/validate-files.js';

const SHIPPED = (await collectFiles(['resolutions', 'examples'])).files;

describe('outlineOf', () => {
  it('has shipped files to outline', () => {
    expect(SHIPPED.length).toBeGreaterThan(10);
  });

  it('resolves every clause id and paragraph path of a shipped file as the file itself does, is cited alike, and holds no words', async () => {
    for (const file of SHIPPED) {
      const result = await loadDocument(file);
      if (!result.ok) throw new Error(`${file} does not load`);
      const { document } = result.loaded;
      const outline = outlineOf(document);
      expect(citationOf(outline), file).toBe(citationOf(document));
      const clauses = [...allClauseIds(document)].map((c) => c.id);
      const paragraphs = walkOperative(document).flatMap((w) => (w.path ? [formatParagraphPath(w.path)] : []));
      const everything = { clauses: [...clauses, 'no_such_clause'], paragraphs: [...paragraphs, '999', '1(zz)'] };
      expect(resolveTargets(outline, everything), file).toEqual(resolveTargets(document, everything));
      expect(JSON.stringify(outline), file).not.toMatch(/"(text|summary|note|notes|title)":/);
    }
  });
});

describe('effect targets in another file of the run, checked against its outline', () => {
  it('finds a subparagraph, an annex entry and a range there, and locates the one missing paragraph in the citing file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-outline-'));
    const cited = path.join(folder, 'S-RES-883-1993.yaml');
    await writeFile(cited, await readFile('resolutions/libya/S-RES-883-1993.yaml', 'utf8'));
    const citing = path.join(folder, 'draft.yaml');
    const text = `kind: draft
status: circulated
language: en
completeness: full
preamble: []
operative:
  - id: op_1
    number: 1
    text: Decides to suspend the measures of resolution 883 (1993);
    effects:
      - action: suspend
        target: { resolution: 883 (1993), paragraphs: ["3(b)", "3-7"] }
      - action: amend
        target: { resolution: 883 (1993), clauses: [annex_1__item_1] }
      - action: terminate
        target: { resolution: 883 (1993), paragraphs: ["99"] }
`;
    await writeFile(citing, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"99"'));
    const want = [{ file: citing, line: line + 1, col: lines[line]!.indexOf('{') + 1, code: 'dangling-target', message: expect.stringContaining('paragraph 99 of resolution 883 (1993)') }];
    const ofCiting = ({ diagnostics }: { diagnostics: Diagnostic[] }) => diagnostics.filter((d) => d.file === citing).map(({ file, line, col, code, message }) => ({ file, line, col, code, message }));
    // The cited file checked in the same run, and read from a corpus folder only to be cited.
    expect(ofCiting(await validateFiles([folder]))).toEqual(want);
    expect(ofCiting(await validateFiles([citing], { corpus: [folder] }))).toEqual(want);
  });
});
