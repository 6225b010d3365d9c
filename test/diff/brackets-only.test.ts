/**
 * Paragraphs whose wording did not change but whose negotiation brackets did (re-attributed to
 * other delegations, agreed): a diplomat comparing two revisions must see them, in the result,
 * its summary and the text output. Fixtures: test/report/golden/diff-brackets-only (case.json
 * says what was edited).
 */
import { describe, expect, it } from 'vitest';
import { formatDiffText } from '../../src/render/report/diff/diff-text.js';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import type { ResolutionDiff } from '../../src/diff/types.js';
import { loadDocument } from '../../src/load/load-document.js';
import type { ResolutionDocument } from '../../src/model/document.js';

const FOLDER = 'test/report/golden/diff-brackets-only';

async function load(file: string): Promise<ResolutionDocument> {
  const result = await loadDocument(`${FOLDER}/${file}`);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.diagnostics)}`);
  return result.loaded.document;
}

const [old, updated] = await Promise.all([load('old.yaml'), load('new.yaml')]);
const diff: ResolutionDiff = diffResolutions(old, updated);
const change = (anchor: string) => diff.clauses.find((c) => c.anchor === anchor)!;

describe('a paragraph whose brackets alone changed', () => {
  it('keeps its kind, unchanged, with the bracket changes: re-attributed, agreed, agreed in a subparagraph', () => {
    expect([change('op_5').kind, change('op_5').brackets]).toEqual([
      'unchanged',
      [{ kind: 're-attributed', oldIndex: 0, newIndex: 0, old: old.operative[0]!.brackets![0], new: updated.operative[0]!.brackets![0] }],
    ]);
    expect([change('op_8').kind, change('op_8').brackets!.map((b) => [b.kind, b.new?.agreedOption])]).toEqual(['unchanged', [['resolved', 1]]]);
    const subparagraph = change('op_10').subparagraphs!.find((s) => s.anchor === 'op_10__b')!;
    expect([change('op_10').kind, subparagraph.kind, subparagraph.brackets!.map((b) => [b.kind, b.new?.agreedOption])]).toEqual(['reworded', 'unchanged', [['resolved', 2]]]);
  });

  it('is counted in the summary, apart from the paragraphs whose wording changed', () => {
    expect(diff.identical).toBe(false);
    expect(diff.summary.bracketsOnly).toBe(2);
    expect(diff.summary.clauses).toMatchObject({ unchanged: 4, reworded: 1 });
    expect(diff.summary.brackets).toEqual({ added: 0, removed: 0, resolved: 2, 're-attributed': 1 });
  });

  it('counts nothing when no bracket changed', () => {
    expect(diffResolutions(old, structuredClone(old)).summary.bracketsOnly).toBe(0);
  });

  it('is listed in the text output, with who proposed the bracket before and after, and what was agreed', () => {
    const text = formatDiffText(diff, { old: 'old.yaml', new: 'new.yaml' }, false);
    expect(text).toContain('Summary: 1 reworded, 2 paragraphs changed in their brackets only, 1 subparagraph change, 2 document fields, 3 bracket changes (2 agreed, 1 re-attributed)');
    expect(text).toContain('  unchanged  paragraph 1 (op_5)\n      bracket 1 re-attributed: France -> France, United Kingdom\n');
    expect(text).toContain('  unchanged  paragraph 2 (op_8)\n      bracket 1 agreed: option 1 kept\n');
    expect(text).toContain('      unchanged  3(b) (op_10__b)\n          bracket 1 agreed: option 2 kept\n');
  });
});
