import { describe, expect, it } from 'vitest';
import { bracketAlternatives, bracketWhole } from '../../src/negotiate/merge/bracket-alternatives.js';
import { NegotiationRefusal } from '../../src/negotiate/refusal.js';
import { scanBrackets } from '../../src/text/brackets.js';

describe('bracketAlternatives', () => {
  it('brackets only the words the wordings do not share, one attributed alternative each', () => {
    const result = bracketAlternatives(
      [
        { names: ['France'], text: 'Decides that all States shall immediately lift the measures;' },
        { names: ['China', 'Ghana'], text: 'Decides that all States shall within 30 days lift the measures;' },
      ],
      'op 3',
    );
    expect(result.text).toBe('Decides that all States shall [immediately | within 30 days] lift the measures;');
    expect(result.brackets).toEqual([{ state: 'open', proposedBy: ['France', 'China and Ghana'] }]);
  });

  it('takes in a shared word where one wording only leaves words out, so that no alternative is empty', () => {
    const result = bracketAlternatives(
      [
        { names: ['France'], text: 'lift the measures forthwith;' },
        { names: ['China'], text: 'lift the measures;' },
      ],
      'op 3',
    );
    expect(result.text).toBe('lift the [measures forthwith; | measures;]');
    expect(scanBrackets(result.text).brackets[0]!.options.every((o) => o.text.trim() !== '')).toBe(true);
  });

  it('keeps the descriptions of the brackets the wordings share, the new one in its place among them', () => {
    const result = bracketAlternatives(
      [
        { names: ['France'], text: 'Decides [to lift] the measures on oil, [at once]', brackets: [{ state: 'open', proposedBy: ['Chile'] }, { state: 'open', proposedBy: ['Peru'] }] },
        { names: ['China'], text: 'Decides [to lift] the measures on arms, [at once]', brackets: [{ state: 'open', proposedBy: ['Chile'] }, { state: 'open', proposedBy: ['Peru'] }] },
      ],
      'op 3',
    );
    expect(result.text).toBe('Decides [to lift] the measures on [oil, | arms,] [at once]');
    expect(result.brackets.map((b) => b.proposedBy)).toEqual([['Chile'], ['France', 'China'], ['Peru']]);
  });

  it('refuses, naming the paragraph, where the wordings differ inside a bracket already there', () => {
    const nested = () =>
      bracketAlternatives(
        [
          { names: ['France'], text: 'Decides [to lift | to suspend] the measures', brackets: [{ state: 'open' }] },
          { names: ['China'], text: 'Decides [to end | to suspend] the measures', brackets: [{ state: 'open' }] },
        ],
        'op 3 (op_3)',
      );
    expect(nested).toThrow(NegotiationRefusal);
    expect(nested).toThrow(/^op 3 \(op_3\): France and China change the bracketed language differently, and brackets cannot nest/);
  });
});

describe('bracketWhole', () => {
  it('brackets the whole wording, saying who keeps it and who would delete it', () => {
    expect(bracketWhole('Decides  to lift\nthe measures;', ['France'], ['China', 'Chile'], 'op 3')).toEqual({
      text: '[Decides to lift the measures;]',
      brackets: [{ state: 'open', proposedBy: ['France'], note: 'deletion proposed by China and Chile' }],
    });
  });
});
