import { describe, expect, it } from 'vitest';
import { diffBrackets, type BracketHolder } from '../../src/diff/brackets.js';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import type { Bracket, ResolutionDocument } from '../../src/model/document.js';

const TEXT = 'Decides that all States shall [immediately | within 30 days] lift the measures [, in particular those on seafood,] concerned;';
const OPEN_FIRST: Bracket = { state: 'open', proposedBy: ['China', 'United States of America'] };
const OPEN_SECOND: Bracket = { state: 'open', proposedBy: ['Russian Federation'] };

const clause = (text: string, brackets?: Bracket[], id = 'op_1'): BracketHolder => (brackets ? { id, text, brackets } : { id, text });

describe('diffBrackets', () => {
  it('finds nothing when the brackets are as they were', () => {
    expect(diffBrackets([clause(TEXT, [OPEN_FIRST, OPEN_SECOND])], [clause(TEXT, [OPEN_FIRST, OPEN_SECOND])], 'op_1')).toEqual([]);
  });

  it('reports a bracket added and a bracket removed', () => {
    const without = 'Decides that all States shall [immediately | within 30 days] lift the measures concerned [forthwith];';
    const changes = diffBrackets([clause(TEXT, [OPEN_FIRST, OPEN_SECOND])], [clause(without, [OPEN_FIRST, { state: 'open', proposedBy: ['France'] }])], 'op_1');
    expect(changes).toEqual([
      { kind: 'added', newIndex: 1, new: { state: 'open', proposedBy: ['France'] } },
      { kind: 'removed', oldIndex: 1, old: OPEN_SECOND },
    ]);
  });

  it('reports a bracket resolved by agreement, with the option that won', () => {
    const agreed: Bracket = { ...OPEN_FIRST, state: 'agreed', agreedOption: 2 };
    const changes = diffBrackets([clause(TEXT, [OPEN_FIRST, OPEN_SECOND])], [clause(TEXT, [agreed, OPEN_SECOND])], 'op_1');
    expect(changes).toEqual([{ kind: 'resolved', oldIndex: 0, newIndex: 0, old: OPEN_FIRST, new: agreed }]);
  });

  it('reports a bracket resolved by writing the winning option into the text, and one dropped', () => {
    const clean = 'Decides that all States shall within 30 days lift the measures concerned;';
    const changes = diffBrackets([clause(TEXT, [OPEN_FIRST, OPEN_SECOND])], [clause(clean)], 'op_1');
    expect(changes).toEqual([
      { kind: 'resolved', oldIndex: 0, old: OPEN_FIRST, new: { ...OPEN_FIRST, state: 'agreed', agreedOption: 2 } },
      { kind: 'resolved', oldIndex: 1, old: OPEN_SECOND, new: { ...OPEN_SECOND, state: 'agreed', agreedOption: 0 } },
    ]);
  });

  it('does not report a bracket already agreed whose agreed option is now written out', () => {
    const agreed: Bracket = { state: 'agreed', agreedOption: 1 };
    const written = 'Decides that all States shall immediately lift the measures [, in particular those on seafood,] concerned;';
    expect(diffBrackets([clause(TEXT, [agreed, OPEN_SECOND])], [clause(written, [OPEN_SECOND])], 'op_1')).toEqual([]);
  });

  it('reports a bracket re-attributed to other delegations, and one reopened', () => {
    const agreedBefore: Bracket = { state: 'agreed', agreedOption: 0, proposedBy: ['Russian Federation'] };
    const changes = diffBrackets([clause(TEXT, [OPEN_FIRST, agreedBefore])], [clause(TEXT, [{ ...OPEN_FIRST, proposedBy: ['China', 'France'] }, OPEN_SECOND])], 'op_1');
    expect(changes.map((c) => c.kind)).toEqual(['re-attributed', 'added']);
    expect(changes[1]).toMatchObject({ oldIndex: 1, newIndex: 1, old: agreedBefore, new: OPEN_SECOND });
  });

  it('names the subparagraph that holds a bracket when it is not the clause compared', () => {
    const changes = diffBrackets([clause('Decides that:'), clause('(a) [all] States', [{ state: 'open' }], 'op_1__a')], [clause('Decides that:'), clause('(a) [all] States', [{ state: 'agreed' }], 'op_1__a')], 'op_1');
    expect(changes).toEqual([{ kind: 'resolved', oldIndex: 0, newIndex: 0, old: { state: 'open' }, new: { state: 'agreed' }, clause: 'op_1__a' }]);
  });
});

describe('diffResolutions reports bracket changes clause by clause', () => {
  const draft = (bracket: Bracket, sub: Bracket): ResolutionDocument => ({
    kind: 'draft',
    status: 'circulated',
    language: 'en',
    completeness: 'full',
    preamble: [{ id: 'pp_1', text: 'Recalling its previous relevant resolutions,' }],
    operative: [
      { id: 'op_1', number: 1, text: TEXT, brackets: [bracket, OPEN_SECOND] },
      { id: 'op_2', number: 2, text: 'Decides that all States shall:', subparagraphs: [{ id: 'op_2__a', number: 'a', text: 'freeze [all] funds;', brackets: [sub] }] },
    ],
  });

  it('finds a bracket agreed in a paragraph and in a subparagraph whose wording did not change', () => {
    const before = draft(OPEN_FIRST, { state: 'open' });
    const after = draft({ ...OPEN_FIRST, state: 'agreed', agreedOption: 1 }, { state: 'agreed' });
    const diff = diffResolutions(before, after);
    expect(diff.identical).toBe(false);
    expect(diff.clauses.find((c) => c.anchor === 'op_1')!.brackets).toEqual([{ kind: 'resolved', oldIndex: 0, newIndex: 0, old: OPEN_FIRST, new: { ...OPEN_FIRST, state: 'agreed', agreedOption: 1 } }]);
    expect(diff.clauses.find((c) => c.anchor === 'op_2')!.brackets).toEqual([{ kind: 'resolved', oldIndex: 0, newIndex: 0, old: { state: 'open' }, new: { state: 'agreed' }, clause: 'op_2__a' }]);
  });

  it('finds nothing where the brackets did not change', () => {
    const diff = diffResolutions(draft(OPEN_FIRST, { state: 'open' }), draft(OPEN_FIRST, { state: 'open' }));
    expect(diff.identical).toBe(true);
    expect(diff.clauses.every((c) => c.brackets === undefined)).toBe(true);
  });
});
