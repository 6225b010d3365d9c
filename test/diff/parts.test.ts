import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import { loadText } from '../../src/load/load-document.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { renderDiffReport } from '../../src/render/report/index.js';
import { formatDiffText } from '../../src/render/report/diff/diff-text.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/parts');

function load(name: string): ResolutionDocument {
  const loaded = loadText(name, readFileSync(path.join(FIXTURES, name), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.loaded.document;
}

const OLD = load('draft-parts-running-on.yaml');
const REV1 = load('draft-parts-running-on-rev1.yaml');

/** Each paragraph change that is not `unchanged`, as kind, id and the parts it went between. */
const changes = (old: ResolutionDocument, updated: ResolutionDocument) =>
  diffResolutions(old, updated)
    .clauses.filter((change) => change.kind !== 'unchanged' || change.inPart)
    .map((change) => ({ kind: change.kind, id: change.new[0]?.id ?? change.old[0]!.id, ...(change.inPart && { inPart: change.inPart }) }));

describe('diff of a resolution divided into parts', () => {
  it('a version compared with itself is identical, with no part change', () => {
    const diff = diffResolutions(OLD, structuredClone(OLD));
    expect(diff.identical).toBe(true);
    expect(diff.parts).toEqual([]);
    expect(diff.summary.parts).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('a paragraph that went to another part, in the same place, is moved (and says between which parts)', () => {
    expect(changes(OLD, REV1)).toEqual([
      { kind: 'moved', id: 'op_3', inPart: { old: 'B', new: 'A' } },
      { kind: 'added', id: 'op_5' },
    ]);
  });

  it('parts added, removed, relabelled and retitled are reported, paired by id', () => {
    expect(diffResolutions(OLD, REV1).parts).toEqual([
      { kind: 'changed', id: 'part_a', label: 'A', title: { old: 'Arms embargo', new: 'Arms embargo and exemptions' } },
      { kind: 'added', id: 'part_c', label: 'C', title: { new: 'Follow-up' } },
    ]);
    expect(diffResolutions(REV1, OLD).parts).toEqual([
      { kind: 'changed', id: 'part_a', label: 'A', title: { old: 'Arms embargo and exemptions', new: 'Arms embargo' } },
      { kind: 'removed', id: 'part_c', label: 'C', title: { old: 'Follow-up' } },
    ]);
    const relabelled = structuredClone(OLD);
    relabelled.parts![1] = { id: 'part_b', label: 'II' };
    delete relabelled.parts![0]!.title;
    const diff = diffResolutions(OLD, relabelled);
    expect(diff.identical).toBe(false);
    expect(diff.parts).toEqual([
      { kind: 'changed', id: 'part_a', label: 'A', title: { old: 'Arms embargo' } },
      { kind: 'changed', id: 'part_b', label: 'II', relabelled: { old: 'B', new: 'II' } },
    ]);
    // A relabelled part moves none of its paragraphs: they are paired by the part's id.
    expect(changes(OLD, relabelled)).toEqual([]);
    expect(diff.clauses.find((change) => change.new[0]?.id === 'op_3')!.new[0]!.inPart).toBe('II');
  });

  it('paragraphs moving into a text newly divided into parts are moved out of "no part"', () => {
    const undivided = structuredClone(OLD);
    delete undivided.parts;
    for (const paragraph of [...undivided.preamble, ...undivided.operative]) delete paragraph.part;
    const diff = diffResolutions(undivided, OLD);
    expect(diff.parts!.map((part) => [part.kind, part.id])).toEqual([['added', 'part_a'], ['added', 'part_b']]);
    expect(changes(undivided, OLD).map((change) => [change.id, change.inPart])).toEqual([
      ['pp_3', { new: 'B' }],
      ['op_1', { new: 'A' }],
      ['op_2', { new: 'A' }],
      ['op_3', { new: 'B' }],
      ['op_4', { new: 'B' }],
    ]);
  });

  it('a text not divided into parts gives no `parts` in its diff, as before', () => {
    const undivided = structuredClone(OLD);
    delete undivided.parts;
    for (const paragraph of [...undivided.preamble, ...undivided.operative]) delete paragraph.part;
    const diff = diffResolutions(undivided, structuredClone(undivided));
    expect('parts' in diff).toBe(false);
    expect('parts' in diff.summary).toBe(false);
    expect(diff.clauses.every((change) => change.new.every((side) => !('inPart' in side)))).toBe(true);
  });
});

describe('the Markdown diff report of parts', () => {
  const report = renderDiffReport(diffResolutions(OLD, REV1));

  it('counts the parts in the summary line', () => {
    expect(report).toMatch(/\*\*Summary:\*\* 1 added, 1 moved, 1 part added, 1 part changed,/);
  });

  it('has a Parts section: one row per part added, deleted, relabelled or retitled', () => {
    const section = report.slice(report.indexOf('## Parts'), report.indexOf('\n## ', report.indexOf('## Parts') + 1));
    expect(section).toMatch(/\| Part A +\| Arms embargo and exemptions +\| retitled “Arms embargo” → “Arms embargo and exemptions” +\|/);
    expect(section).toMatch(/\| Part C +\| Follow-up +\| added +\|/);
  });

  it('names each paragraph with its part, and gives the moved paragraph a section saying between which parts', () => {
    expect(report).toContain('| OP 3 (part B) | OP 3 (part A) | [moved; to part A]');
    expect(report).toContain('### Operative paragraph 3 of part B → 3 of part A');
    expect(report).toContain('Part: part B → part A.');
  });
});

describe('the terminal diff of parts', () => {
  const text = (old: ResolutionDocument, updated: ResolutionDocument) => formatDiffText(diffResolutions(old, updated), { old: 'old.yaml', new: 'new.yaml' }, false);

  it('counts the part changes, lists them, and says between which parts a paragraph moved', () => {
    const out = text(OLD, REV1);
    expect(out).toContain('Summary: 1 added, 1 moved, 2 document fields, 2 part changes');
    expect(out).toContain('\nPARTS\n  part A: title: Arms embargo -> Arms embargo and exemptions\n  part C: added (title: Follow-up)\n');
    expect(out).toContain('moved      paragraph 3 of part B -> paragraph 3 of part A (op_3)\n      part: B -> A\n');
  });

  it('a relabelled part alone is a difference, not "No differences"', () => {
    const relabelled = structuredClone(OLD);
    relabelled.parts![1]!.label = 'II';
    const out = text(OLD, relabelled);
    expect(out).toContain('Summary: 1 part change');
    expect(out).toContain('part II: relabelled B -> II');
  });
});
