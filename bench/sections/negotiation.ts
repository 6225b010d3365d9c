import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { traceHistory } from '../../src/negotiate/history/trace-history.js';
import { mergeCopies } from '../../src/negotiate/merge/merge-copies.js';
import { planMerge } from '../../src/negotiate/merge/plan-merge.js';
import type { BenchContext } from '../context.js';
import { compared, type Figure } from '../figure.js';
import { generateResolution, renumber } from '../generate.js';
import { timeFunctions } from '../measure.js';
import { Random } from '../random.js';

const PARAGRAPHS = 60;
const PREAMBLE = 13;
const COPIES = 10;
const REVISIONS = 20;
const ROUNDS = { runs: 7, warmup: 2 };
const FRESH = ['forthwith', 'henceforth', 'expeditiously', 'scrupulously', 'unreservedly', 'comprehensively'];

/** A 60-paragraph draft (13 preambular, 47 operative, with their subparagraphs). */
function base(random: Random): ResolutionDocument {
  const generated = generateResolution(random, { clauses: 400, number: 9002, year: 2030 });
  const { symbol: _s, number: _n, year: _y, dates: _d, ...rest } = generated;
  void [_s, _n, _y, _d];
  const draft: ResolutionDocument = { ...rest, kind: 'draft', status: 'circulated', preamble: generated.preamble.slice(0, PREAMBLE), operative: generated.operative.slice(0, PARAGRAPHS - PREAMBLE) };
  if (draft.preamble.length + draft.operative.length !== PARAGRAPHS) throw new Error(`the generated draft has ${draft.preamble.length + draft.operative.length} paragraphs, not ${PARAGRAPHS}`);
  renumber(draft);
  return draft;
}

/** One word of an operative paragraph's own text replaced by a fresh one. */
function reword(random: Random, document: ResolutionDocument, index: number): void {
  const paragraph = document.operative[index % document.operative.length]!;
  const words = paragraph.text!.split(' ');
  words[random.int(1, Math.max(1, words.length - 2))] = random.pick(FRESH);
  paragraph.text = words.join(' ');
}

/**
 * Ten delegations' copies: each rewords three paragraphs of its own, and all reword op 1 (ten
 * alternatives in one bracket); every other copy also moves a paragraph to the end and one
 * drops the last paragraph.
 */
function copies(random: Random, draft: ResolutionDocument): Array<{ name: string; document: ResolutionDocument }> {
  return Array.from({ length: COPIES }, (_, k) => {
    const copy = structuredClone(draft);
    reword(random, copy, 0);
    for (let j = 1; j <= 3; j++) reword(random, copy, 1 + k * 4 + j);
    if (k % 2 === 1) copy.operative.push(...copy.operative.splice(2 + k, 1));
    if (k === COPIES - 1) copy.operative.pop();
    renumber(copy);
    return { name: `Delegation ${k + 1}`, document: copy };
  });
}

/** Twenty revisions, each rewording two paragraphs of the one before, every fifth adding a paragraph and every seventh dropping one. */
function revisions(random: Random, draft: ResolutionDocument): Array<{ name: string; document: ResolutionDocument }> {
  const out = [{ name: 'rev0', document: draft }];
  for (let r = 1; r < REVISIONS; r++) {
    const next = structuredClone(out.at(-1)!.document);
    reword(random, next, random.int(0, next.operative.length - 1));
    reword(random, next, random.int(0, next.operative.length - 1));
    if (r % 5 === 0) next.operative.splice(random.int(0, next.operative.length), 0, { id: `added${r}`, number: 0, text: `${random.pick(FRESH)} Decides to add paragraph ${r} to the text under negotiation;` });
    if (r % 7 === 0) next.operative.splice(random.int(0, next.operative.length - 1), 1);
    renumber(next);
    out.push({ name: `rev${r}`, document: next });
  }
  return out;
}

/**
 * The n-way logic's overhead: merging ten copies of a 60-paragraph draft (with and without
 * writing the numbered, validated file) and the history of twenty revisions, each against the
 * n−1 (for merge: n) pairwise `diffResolutions` calls they are built on, timed in the same run,
 * interleaved round by round.
 */
export function benchNegotiation(_: BenchContext): Figure[] {
  const random = new Random(14);
  const draft = base(random);
  const delegations = copies(random, draft);
  const history = revisions(random, draft);
  const times = timeFunctions(
    [
      { name: 'merge', run: () => void mergeCopies(draft, delegations, { schemaPath: 'resolution.schema.json' }) },
      { name: 'plan', run: () => void planMerge(draft, delegations) },
      { name: 'merge-diffs', run: () => delegations.forEach((copy) => diffResolutions(draft, copy.document)) },
      { name: 'history', run: () => void traceHistory(history) },
      { name: 'history-diffs', run: () => history.slice(1).forEach((revision, i) => diffResolutions(history[i]!.document, revision.document)) },
    ],
    ROUNDS,
  );
  const peer = (name: string, label: string) => ({ name: label, value: times.get(name)!.median, timing: times.get(name)! });
  const merged = mergeCopies(draft, delegations, { schemaPath: 'resolution.schema.json' });
  return [
    compared({ id: 'negotiation.merge', label: `merge: ${PARAGRAPHS}-paragraph draft, ${COPIES} copies`, unit: 'ms', value: times.get('merge')!.median, timing: times.get('merge')!, peer: peer('merge-diffs', `${COPIES} diffResolutions calls`), note: `the merged file numbered, written as YAML and validated; ${merged.conflicts} paragraphs bracketed` }),
    compared({ id: 'negotiation.merge-plan', label: `merge, n-way logic only: ${COPIES} copies`, unit: 'ms', value: times.get('plan')!.median, timing: times.get('plan')!, peer: peer('merge-diffs', `${COPIES} diffResolutions calls`) }),
    compared({ id: 'negotiation.history', label: `history: ${REVISIONS} revisions of a ${PARAGRAPHS}-paragraph text`, unit: 'ms', value: times.get('history')!.median, timing: times.get('history')!, peer: peer('history-diffs', `${REVISIONS - 1} diffResolutions calls`), note: 'with the blame of every word of the final text' }),
  ];
}
