import { describe, expect, it } from 'vitest';
import { mergeCopies } from '../../src/negotiate/merge/merge-copies.js';
import { NegotiationRefusal } from '../../src/negotiate/refusal.js';
import { stringifyReport } from '../../src/render/report/lib/stringify.js';
import { mergeReport } from '../../src/render/report/merge-report.js';
import { formatMergeText } from '../../src/render/report/merge/merge-text.js';
import { BASE, FRANCE, op, UK, US } from './three-copies.js';
import { SCHEMA, shipped, zeroDraft } from './zero-draft.js';

describe('merging three delegations’ copies of a zero draft made from 841 (1993)', () => {
  const merged = mergeCopies(
    BASE,
    [
      { name: 'France', document: FRANCE },
      { name: 'United Kingdom', document: UK },
      { name: 'United States of America', document: US },
    ],
    { schemaPath: SCHEMA },
  );

  it('takes the agreeing edit, with both authors', () => {
    expect(op(merged.document, 'op_3').text).toBe(op(FRANCE, 'op_3').text);
    expect(op(FRANCE, 'op_3').text).toMatch(/^Further decides/);
    const entry = merged.paragraphs.find((p) => p.id === 'op_3')!;
    expect(entry.outcome).toBe('taken');
    expect(entry.touchedBy.map((t) => t.delegation)).toEqual(['France', 'United Kingdom']);
  });

  it('brackets the conflicting edits, one attributed alternative each', () => {
    const paragraph = op(merged.document, 'op_5');
    expect(paragraph.text).toMatch(/^Decides, \[with immediate effect, \| from 23 June 1993,\] that/);
    expect(paragraph.brackets).toEqual([{ state: 'open', proposedBy: ['France', 'United States of America'] }]);
    expect(merged.paragraphs.find((p) => p.id === 'op_5')!.outcome).toBe('bracketed');
  });

  it('shows a paragraph deleted by one and changed by another as a conflict, in brackets', () => {
    const paragraph = op(merged.document, 'op_7');
    // The whole wording, bracketed; its citation of op 10 follows that paragraph to its new number 9.
    expect(paragraph.text).toBe(`[${op(FRANCE, 'op_7').text!.replace(/\s+/g, ' ').replace('paragraph 10 below', 'paragraph 9 below')}]`);
    expect(paragraph.brackets).toEqual([{ state: 'open', proposedBy: ['France'], note: 'deletion proposed by United States of America' }]);
    expect(merged.paragraphs[0]).toMatchObject({ id: 'op_7', outcome: 'conflict' });
  });

  it('carries over the move and renumbers', () => {
    const ids = merged.document.operative.map((p) => p.id);
    expect(ids.indexOf('op_9')).toBe(ids.length - 2);
    expect(merged.document.operative.map((p) => p.number)).toEqual(ids.map((_, i) => i + 1));
  });

  it('lists conflicts first, and each delegation’s changes', () => {
    expect(merged.paragraphs.slice(0, 2).map((p) => p.outcome)).toEqual(['conflict', 'bracketed']);
    expect(merged.conflicts).toBe(2);
    expect(merged.delegations.find((d) => d.delegation === 'United Kingdom')).toMatchObject({ counts: { reworded: 1, moved: 1 }, taken: 2, disputed: 0 });
  });

  it('writes the golden merged file', async () => {
    await expect(merged.yaml).toMatchFileSnapshot('./golden/haiti-three-copies.yaml');
  });

  it('writes the golden summary, as text and as a Markdown report', async () => {
    const names = { base: 'zero.yaml', output: 'rev1.yaml' };
    await expect(formatMergeText(merged, names)).toMatchFileSnapshot('./golden/haiti-three-copies.txt');
    await expect(stringifyReport(mergeReport(merged, names))).toMatchFileSnapshot('./golden/haiti-three-copies.md');
  });
});

describe('copies that are not versions of the base', () => {
  it('refuses another regime', () => {
    const other = zeroDraft('resolutions/libya/' + 'S-RES-748-1992.yaml');
    expect(() => mergeCopies(BASE, [{ name: 'France', document: other }], { schemaPath: SCHEMA })).toThrow(NegotiationRefusal);
  });

  it('refuses an unrelated resolution of the same regime', () => {
    const unrelated = { ...shipped('resolutions/haiti/S-RES-873-1993.yaml'), kind: 'draft' as const, status: 'zero-draft' as const };
    expect(() => mergeCopies(BASE, [{ name: 'France', document: unrelated }], { schemaPath: SCHEMA })).toThrow(/shares \d+ of the 32 paragraphs of the base/);
  });
});

describe('a paragraph moved by one delegation and deleted by another', () => {
  it('is a conflict, kept in brackets where the mover put it, not silently deleted', () => {
    const merged = mergeCopies(
      BASE,
      [
        { name: 'United Kingdom', document: UK },
        { name: 'China', document: { ...BASE, operative: BASE.operative.filter((p) => p.id !== 'op_9') } },
      ],
      { schemaPath: SCHEMA },
    );
    const ids = merged.document.operative.map((p) => p.id);
    expect(ids.indexOf('op_9')).toBe(ids.length - 2);
    expect(op(merged.document, 'op_9').text).toMatch(/^\[.*\]$/);
    expect(op(merged.document, 'op_9').brackets).toEqual([{ state: 'open', proposedBy: ['United Kingdom'], note: 'deletion proposed by China' }]);
    expect(merged.paragraphs[0]).toMatchObject({ id: 'op_9', outcome: 'conflict', detail: 'China would delete it; United Kingdom would move it' });
  });
});

describe('changes that cannot be put in brackets', () => {
  it('refuses a paragraph split by one delegation and reworded by another, naming it', () => {
    const split = structuredClone(BASE);
    const at = split.operative.findIndex((p) => p.id === 'op_5');
    const text = split.operative[at]!.text!;
    const cut = text.indexOf(', ', text.length / 2);
    split.operative.splice(at, 1, { ...split.operative[at]!, text: `${text.slice(0, cut)};` }, { id: 'op_5b', number: 0, text: `Decides further that ${text.slice(cut + 2)}` });
    const refused = () => mergeCopies(BASE, [{ name: 'France', document: split }, { name: 'China', document: FRANCE }], { schemaPath: SCHEMA });
    expect(refused).toThrow(NegotiationRefusal);
    expect(refused).toThrow(/^op 5 \(op_5\): France would split it while China would change it otherwise; merge such copies one at a time$/);
  });
});

describe('subparagraphs added by one delegation and reworded by another', () => {
  it('gives both, the new subparagraph lettered and given an id', () => {
    const added = structuredClone(BASE);
    op(added, 'op_10').subparagraphs!.push({ id: 'op_10__g', number: 'g', text: 'To report to the Council every ninety days;' });
    const reworded = structuredClone(BASE);
    const a = op(reworded, 'op_10').subparagraphs![0]!;
    a.text = a.text!.replace('To examine', 'To examine promptly');
    const merged = mergeCopies(BASE, [{ name: 'France', document: added }, { name: 'China', document: reworded }], { schemaPath: SCHEMA });
    const subs = op(merged.document, 'op_10').subparagraphs!;
    expect(subs.map((s) => s.number)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(subs[0]!.text).toMatch(/^To examine promptly/);
    expect(subs[6]).toMatchObject({ number: 'g', text: 'To report to the Council every ninety days;' });
    expect(merged.conflicts).toBe(0);
  });
});

describe('a paragraph moved between the parts of the text', () => {
  it('stands in the preamble without its operative number, and the merged text validates', () => {
    const moved = structuredClone(BASE);
    const [paragraph] = moved.operative.splice(0, 1);
    const { number: _n, ...preambular } = paragraph!;
    void _n;
    moved.preamble.push(preambular);
    const merged = mergeCopies(BASE, [{ name: 'France', document: moved }], { schemaPath: SCHEMA });
    expect(merged.document.preamble.at(-1)).toEqual(preambular);
    expect(merged.document.operative[0]!.id).toBe('op_2');
  });
});
