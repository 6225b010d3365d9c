/**
 * Diffs of real resolutions (resolutions/) against copies with one documented edit each, the
 * edits a drafting team makes between two revisions. What each diff must say follows from the
 * edit: the expectations are computed from the documents, not recorded from a run.
 */
import { describe, expect, it } from 'vitest';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import { sideText } from '../../src/diff/redline.js';
import type { ClauseChange, ResolutionDiff } from '../../src/diff/types.js';
import { loadDocument } from '../../src/load/load-document.js';
import type { ResolutionDocument, Subparagraph } from '../../src/model/document.js';
import { applyDiff, documentTexts } from './apply-diff.js';
import { conventionalIds, renumber } from './generate.js';

async function load(file: string): Promise<ResolutionDocument> {
  const result = await loadDocument(`resolutions/${file}`);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.diagnostics)}`);
  return result.loaded.document;
}

/** A copy of `document` with `edit` made, renumbered as `bluedraft fmt` would. */
function revise(document: ResolutionDocument, edit: (copy: ResolutionDocument) => void): ResolutionDocument {
  const copy = structuredClone(document);
  edit(copy);
  return renumber(copy);
}

/**
 * A copy of `document` with `edit` made and the operative paragraphs numbered again; the edit
 * letters any subparagraph it moves (the generator's renumbering would also letter unnumbered
 * text, such as the text after 883 (1993), paragraph 3 (b)).
 */
function reviseParagraphs(document: ResolutionDocument, edit: (copy: ResolutionDocument) => void): ResolutionDocument {
  const copy = structuredClone(document);
  edit(copy);
  copy.operative.forEach((paragraph, i) => (paragraph.number = i + 1));
  return copy;
}

const letter = (subparagraphs: Subparagraph[]) => subparagraphs.forEach((sub, i) => (sub.number = String.fromCharCode(97 + i)));

function replaceIn(document: ResolutionDocument, id: string, from: string, to: string): void {
  const paragraph = [...document.preamble, ...document.operative].find((p) => p.id === id)!;
  expect(paragraph.text).toContain(from);
  paragraph.text = paragraph.text!.replace(from, to);
}

const notUnchanged = (diff: ResolutionDiff) => diff.clauses.filter((change) => change.kind !== 'unchanged');
const edits = (change: ClauseChange) => change.redline!.segments.filter((s) => s.kind !== 'equal').map((s) => [s.kind, s.text.trim()]);

/** Every diff must rebuild the new document's wording from the old one. */
function checked(old: ResolutionDocument, updated: ResolutionDocument): ResolutionDiff {
  const diff = diffResolutions(old, updated);
  expect(applyDiff(old, diff.clauses)).toEqual(documentTexts(updated));
  return diff;
}

describe('diff of real resolutions with documented edits', () => {
  it.each(['stable', 'conventional'] as const)('841 (1993) with a paragraph inserted at the top: one added, every operative paragraph renumbered (%s ids)', async (ids) => {
    const old = await load('haiti/S-RES-841-1993.yaml');
    const updated = revise(old, (d) => d.operative.unshift({ id: 'op_monitoring', number: 0, text: 'Decides to establish a panel of experts to assist the Committee in monitoring the measures below;' }));
    if (ids === 'conventional') conventionalIds(updated);
    const diff = checked(old, updated);
    expect(notUnchanged(diff).map((c) => [c.kind, c.old[0]?.number, c.new[0]?.number])).toEqual([
      ['added', undefined, '1'],
      ...old.operative.map((p) => ['renumbered', String(p.number), String(p.number! + 1)]),
    ]);
    expect(diff.summary.clauses).toMatchObject({ added: 1, renumbered: old.operative.length, reworded: 0, removed: 0, moved: 0 });
  });

  it('841 (1993) with one date reworded: one reworded paragraph, the date alone redlined', async () => {
    const old = await load('haiti/S-RES-841-1993.yaml');
    const updated = revise(old, (d) => replaceIn(d, 'op_3', '00.01 EST on 23 June 1993', '00.01 EST on 30 June 1993'));
    const changed = notUnchanged(checked(old, updated));
    expect(changed.map((c) => [c.kind, c.anchor])).toEqual([['reworded', 'op_3']]);
    expect(edits(changed[0]!)).toEqual([
      ['delete', '23'],
      ['insert', '30'],
    ]);
  });

  it('861 (1993) with paragraph 1 split in two: one split, the paragraphs after it renumbered', async () => {
    const old = await load('haiti/S-RES-861-1993.yaml');
    const updated = revise(old, (d) => {
      replaceIn(d, 'op_1', 'with immediate effect and requests all States to act consistently with this decision as soon as possible;', 'with immediate effect;');
      d.operative.splice(1, 0, { id: 'op_1_states', number: 0, text: 'Requests all States to act consistently with this decision as soon as possible;' });
    });
    const diff = checked(old, updated);
    expect(notUnchanged(diff).map((c) => [c.kind, c.old.map((s) => s.number), c.new.map((s) => s.number)])).toEqual([
      ['split', ['1'], ['1', '2']],
      ...old.operative.slice(1).map((p) => ['renumbered', [String(p.number)], [String(p.number! + 1)]]),
    ]);
    const split = diff.clauses[0 + old.preamble.length]!;
    expect(split.new.map((side) => side.text)).toEqual([updated.operative[0]!.text, updated.operative[1]!.text]);
    expect(split.effects).toBeUndefined();
  });

  it('841 (1993) with paragraphs 14 and 15 merged: one merged paragraph, the ones after it renumbered', async () => {
    const old = await load('haiti/S-RES-841-1993.yaml');
    const updated = revise(old, (d) => {
      const [first, second] = [d.operative[13]!, d.operative[14]!];
      first.text = `${first.text!.replace(/;$/, '')}, and further requests him ${second.text!.replace(/^Requests the Secretary-General /, '')}`;
      d.operative.splice(14, 1);
    });
    const diff = checked(old, updated);
    expect(notUnchanged(diff).map((c) => [c.kind, c.old.map((s) => s.number), c.new.map((s) => s.number)])).toEqual([
      ['merged', ['14', '15'], ['14']],
      ...old.operative.slice(15).map((p) => ['renumbered', [String(p.number)], [String(p.number! - 1)]]),
    ]);
  });

  it('883 (1993) with subparagraph 6 (f) made a paragraph of its own: one split whose pieces keep the subparagraphs, the paragraphs after it renumbered', async () => {
    const old = await load('libya/S-RES-883-1993.yaml');
    const updated = reviseParagraphs(old, (d) => {
      const [insurance] = d.operative[5]!.subparagraphs!.splice(5, 1);
      expect(insurance!.text).toMatch(/^Prohibit, by their nationals or from their territory, any renewal of any direct insurance/);
      d.operative.splice(6, 0, { id: 'op_6_insurance', number: 0, text: `Further decides that all States shall ${insurance!.text!.replace(/^Prohibit/, 'prohibit')}` });
    });
    const diff = checked(old, updated);
    expect(notUnchanged(diff).map((c) => [c.kind, c.old.map((s) => s.number), c.new.map((s) => s.number)])).toEqual([
      ['split', ['6'], ['6', '7']],
      ...old.operative.slice(6).map((p) => ['renumbered', [String(p.number)], [String(p.number! + 1)]]),
    ]);
    const split = notUnchanged(diff)[0]!;
    expect(split.new.map((side) => side.subparagraphs?.map((sub) => sub.number))).toEqual([['a', 'b', 'c', 'd', 'e'], undefined]);
    expect(split.old[0]!.subparagraphs!.map((sub) => sub.text)).toEqual(old.operative[5]!.subparagraphs!.map((sub) => sub.text));
    expect(edits(split)).toEqual([
      ['delete', '(f) Prohibit'],
      ['insert', 'Further decides that all States shall prohibit'],
    ]);
    expect(diff.summary.subparagraphs).toMatchObject({ removed: 0, added: 0 });
  });

  it('883 (1993) with paragraph 6 split by subject into two lists: one split, each new paragraph with its subparagraphs', async () => {
    const old = await load('libya/S-RES-883-1993.yaml');
    const updated = reviseParagraphs(old, (d) => {
      const airfields = d.operative[5]!.subparagraphs!.splice(3, 3);
      letter(airfields);
      d.operative.splice(6, 0, { id: 'op_6_airfields', number: 0, text: 'Further decides that all States shall:', subparagraphs: airfields });
    });
    const diff = checked(old, updated);
    expect(notUnchanged(diff).filter((c) => c.kind !== 'renumbered').map((c) => [c.kind, c.old.map((s) => s.number), c.new.map((s) => s.number)])).toEqual([['split', ['6'], ['6', '7']]]);
    const split = notUnchanged(diff)[0]!;
    expect(split.new.map((side) => side.subparagraphs!.map((sub) => sub.number))).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
    // Relettered: "(d)" became "Further decides that all States shall: (a)", and so on.
    expect(edits(split)).toEqual([
      ['insert', 'Further decides that all States shall:'],
      ['delete', 'd'],
      ['insert', 'a'],
      ['delete', 'e'],
      ['insert', 'b'],
      ['delete', 'f'],
      ['insert', 'c'],
    ]);
  });

  it('748 (1992) with the arms measures of paragraph 5 merged into the aviation list of paragraph 4: one merged paragraph, the ones after it renumbered', async () => {
    const old = await load('libya/S-RES-748-1992.yaml');
    const updated = reviseParagraphs(old, (d) => {
      const [aviation, arms] = [d.operative[3]!, d.operative[4]!];
      expect([aviation.text, arms.text]).toEqual(['Decides also that all States shall:', 'Decides further that all States shall:']);
      const [weapons, advice, officials] = arms.subparagraphs!;
      advice!.text = advice!.text!.replace('the items in subparagraph (a) above', 'the items in subparagraph (c) above');
      aviation.subparagraphs!.push(weapons!, advice!, officials!);
      letter(aviation.subparagraphs!);
      d.operative.splice(4, 1);
    });
    const diff = checked(old, updated);
    expect(notUnchanged(diff).map((c) => [c.kind, c.old.map((s) => s.number), c.new.map((s) => s.number)])).toEqual([
      ['merged', ['4', '5'], ['4']],
      ...old.operative.slice(5).map((p) => ['renumbered', [String(p.number)], [String(p.number! - 1)]]),
    ]);
    const merged = notUnchanged(diff)[0]!;
    // The second chapeau gone, its subparagraphs relettered (c) to (e), and the cross-reference in (d) with them.
    expect(edits(merged)).toEqual([
      ['delete', 'Decides further that all States shall:'],
      ['delete', 'a'],
      ['insert', 'c'],
      ['delete', 'b'],
      ['insert', 'd'],
      ['delete', 'a'],
      ['insert', 'c'],
      ['delete', 'c'],
      ['insert', 'e'],
    ]);
  });

  it('841 (1993) with paragraph 2 moved to the preamble: moved, weakened in force, the paragraphs after it renumbered', async () => {
    const old = await load('haiti/S-RES-841-1993.yaml');
    const updated = revise(old, (d) => {
      const [welcomes] = d.operative.splice(1, 1);
      d.preamble.push({ id: welcomes!.id, text: welcomes!.text!.replace(/^Welcomes/, 'Welcoming').replace(/;$/, ',') });
    });
    const diff = checked(old, updated);
    const moved = notUnchanged(diff).filter((c) => c.kind === 'moved');
    expect(moved.map((c) => [c.anchor, c.old[0]!.part, c.new[0]!.part])).toEqual([['op_2', 'operative', 'preamble']]);
    expect(edits(moved[0]!)).toEqual([
      ['delete', 'Welcomes'],
      ['insert', 'Welcoming'],
      ['delete', ';'],
      ['insert', ','],
    ]);
    expect(diff.force).toMatchObject([{ kind: 'part', anchor: 'op_2', from: 'operative', to: 'preamble', direction: 'weakened' }]);
    expect(diff.summary.clauses).toMatchObject({ moved: 1, renumbered: old.operative.length - 2, added: 0, removed: 0, reworded: 0 });
  });

  it('841 (1993) with Decides changed to Calls upon in paragraph 5: a binding obligation weakened to an exhortation', async () => {
    const old = await load('haiti/S-RES-841-1993.yaml');
    const updated = revise(old, (d) => replaceIn(d, 'op_5', 'Decides that all States shall prevent', 'Calls upon all States to prevent'));
    const diff = checked(old, updated);
    expect(notUnchanged(diff).map((c) => [c.kind, c.anchor])).toEqual([['reworded', 'op_5']]);
    expect(diff.force).toEqual([
      {
        kind: 'opening-verb',
        anchor: 'op_5',
        old: diff.clauses.find((c) => c.anchor === 'op_5')!.old[0],
        new: diff.clauses.find((c) => c.anchor === 'op_5')!.new[0],
        from: { text: 'Decides', verb: 'decides', force: 'binding' },
        to: { text: 'Calls upon', verb: 'calls upon', force: 'non-binding' },
        direction: 'weakened',
      },
    ]);
    expect(diff.summary.force).toEqual({ weakened: 1, strengthened: 0, changed: 0 });
  });

  it('253 (1968) with paragraph 2 moved to the end: one moved paragraph, the paragraphs between renumbered', async () => {
    const old = await load('southern-rhodesia/S-RES-253-1968.yaml');
    const updated = revise(old, (d) => d.operative.push(...d.operative.splice(1, 1)));
    const diff = checked(old, updated);
    expect(notUnchanged(diff).filter((c) => c.kind !== 'renumbered').map((c) => [c.kind, c.anchor, c.new[0]!.number])).toEqual([['moved', 'op_2', String(old.operative.length)]]);
    expect(diff.summary.clauses.renumbered).toBe(old.operative.length - 2);
  });

  it('841 (1993) with a subparagraph inserted into paragraph 10: a reworded paragraph with one added subparagraph, the later ones relettered', async () => {
    const old = await load('haiti/S-RES-841-1993.yaml');
    const updated = revise(old, (d) => d.operative[9]!.subparagraphs!.splice(1, 0, { id: 'op_10__designations', number: 'x', text: 'To designate the individuals and entities subject to the measures in paragraph 8 above;' }));
    const diff = checked(old, updated);
    const [paragraph] = notUnchanged(diff);
    expect([paragraph!.kind, paragraph!.anchor, paragraph!.redline]).toEqual(['reworded', 'op_10', undefined]);
    const letters = old.operative[9]!.subparagraphs!.map((s) => s.number);
    expect(paragraph!.subparagraphs!.map((c) => [c.kind, c.old[0]?.path, c.new[0]?.path])).toEqual([
      ['unchanged', `10(${letters[0]})`, '10(a)'],
      ['added', undefined, '10(b)'],
      ...letters.slice(1).map((letter, i) => ['renumbered', `10(${letter})`, `10(${String.fromCharCode(99 + i)})`]),
    ]);
  });

  it('861 (1993) with the date of an effect changed: an effect change, though the wording is the same', async () => {
    const old = await load('haiti/S-RES-861-1993.yaml');
    const updated = revise(old, (d) => (d.operative[0]!.effects![0]!.effective = { date: '1993-09-01' }));
    const diff = checked(old, updated);
    expect(diff.identical).toBe(false);
    expect(notUnchanged(diff)).toEqual([]);
    const change = diff.clauses.find((c) => c.anchor === 'op_1')!;
    expect(change.effects).toEqual([{ kind: 'changed', old: old.operative[0]!.effects![0], new: updated.operative[0]!.effects![0] }]);
    expect(diff.summary.effects).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('861 (1993) against 873 (1993): document fields, and the new wording of paragraph 1 of the preamble', async () => {
    const [old, updated] = await Promise.all([load('haiti/S-RES-861-1993.yaml'), load('haiti/S-RES-873-1993.yaml')]);
    const diff = checked(old, updated);
    expect(diff.metadata.map((m) => m.field)).toEqual(expect.arrayContaining(['symbol', 'number', 'dates.adopted', 'meeting']));
    expect(diff.metadata.find((m) => m.field === 'symbol')).toEqual({ field: 'symbol', old: 'S/RES/861 (1993)', new: 'S/RES/873 (1993)' });
    const recalling = diff.clauses.find((c) => c.anchor === 'pp_1')!;
    expect(recalling.kind).toBe('reworded');
    expect(sideText(recalling.redline!, 'new')).toBe(updated.preamble[0]!.text);
  });

  it('883 (1993) with an annex item dropped and another reworded', async () => {
    const old = await load('libya/S-RES-883-1993.yaml');
    const updated = revise(old, (d) => {
      const refinery = d.annexes![0]!.items.find((item) => item.label === 'IV')!.items!;
      refinery.splice(1, 1);
      refinery[0]!.text = refinery[0]!.text!.replace('standards', 'standards or equivalent');
    });
    const [annex] = checked(old, updated).annexes;
    const refinery = old.annexes![0]!.items.find((item) => item.label === 'IV')!.items!;
    expect(annex!.entries.map((e) => [e.kind, e.id])).toEqual([
      ['changed', refinery[0]!.id],
      ['removed', refinery[1]!.id],
    ]);
    expect(annex!.entries[0]!.redline!.segments.filter((s) => s.kind !== 'equal').map((s) => s.text.trim())).toEqual(['or equivalent']);
  });
});
