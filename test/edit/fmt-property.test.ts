import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/edit/format-source.js';
import { loadText } from '../../src/load/load-document.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { haitiDraft } from './haiti-draft.js';
import { meanings, texts } from './support/meanings.js';

function load(text: string): ResolutionDocument {
  const loaded = loadText('draft.yaml', text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return loaded.loaded.document;
}

const DRAFT = haitiDraft();
const [HEAD, OPERATIVE] = DRAFT.split(/(?<=\noperative:\n)/) as [string, string];
/** The draft's operative paragraphs as the blocks of YAML lines a person cuts and pastes. */
const ENTRIES = OPERATIVE.split(/(?=^ {2}- id: )/m);

interface HandEdits {
  /** [from, to]: cut the paragraph at `from` and paste it at `to` (both modulo the count). */
  moves: Array<[number, number]>;
  /** [at, cited]: paste a new paragraph at `at` citing "paragraph <cited> above". */
  inserts: Array<[number, number]>;
}

const edits: fc.Arbitrary<HandEdits> = fc.record({
  moves: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
  inserts: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: ENTRIES.length })), { maxLength: 3 }),
});

/** The draft after paragraphs were moved, and new ones (with an id but no number) pasted in, by hand. */
function edited({ moves, inserts }: HandEdits): string {
  const entries = [...ENTRIES];
  for (const [from, to] of moves) entries.splice(to % entries.length, 0, entries.splice(from % entries.length, 1)[0]!);
  inserts.forEach(([at, cited], i) => entries.splice(at % (entries.length + 1), 0, `  - id: inserted_${i + 1}\n    text: Decides that the measures set out in paragraph ${cited} above shall apply;\n`));
  return HEAD + entries.join('');
}

describe('fmt after any moves and insertions by hand', () => {
  it('numbers in order, keeps what every citation designates (or says why not), changes only numbers, and is idempotent', () => {
    fc.assert(
      fc.property(edits, (plan) => {
        const input = edited(plan);
        const before = load(input);
        const result = formatSource('draft.yaml', input);
        expect(result.text).toBeDefined();
        const after = load(result.text!);
        expect(after.operative.map((p) => p.number)).toEqual(after.operative.map((_, i) => i + 1));
        expect(after.operative.map((p) => p.id)).toEqual(before.operative.map((p) => p.id));
        expect(result.diagnostics.map((d) => d.code).filter((code) => code !== 'reference-direction' && code !== 'reference-not-consecutive')).toEqual([]);
        const scattered = result.diagnostics.filter((d) => d.code === 'reference-not-consecutive').map((d) => d.message);
        const now = meanings(after);
        for (const [id, meaning] of meanings(before)) {
          if (!scattered.some((message) => message.includes(`\`${id}\``))) expect(now.get(id), id).toEqual(meaning);
        }
        const masked = (m: Map<string, string>) => [...m].map(([key, text]) => [key, text.replace(/\d+/g, '#')]);
        expect(masked(texts(after))).toEqual(masked(texts(before)));
        // The second run changes nothing; what it still reports (a wrong "above") is for a person to reword.
        expect(formatSource('draft.yaml', result.text!)).toMatchObject({ text: result.text, changes: [] });
      }),
      { numRuns: 40 },
    );
  });
});
