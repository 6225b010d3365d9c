import { describe, expect, it } from 'vitest';
import { inferredOne } from '../fixtures/infer/paragraphs.js';

describe('inferEffects: sanctions committees', () => {
  it('"Decides to establish, in accordance with rule 28 …, a committee" establishes one (253 (1968) 20)', () => {
    const read = inferredOne('Decides to establish, in accordance with rule 28 of the provisional rules of procedure of the Security Council, a committee of the Security Council to undertake the following tasks and to report to it with its observations:');
    expect(read.effects).toEqual([{ action: 'establish-committee', inferred: true }]);
    expect(read.cues[0]!.wording).toBe('establish');
  });

  it('the Committee\'s power to authorise exceptions case by case is a committee mandate on the committee named, with the measure it loosens (841 (1993) 7)', () => {
    const read = inferredOne('Decides that the Committee established by paragraph 10 below may authorize on an exceptional case-by-case basis under a no-objection procedure the importation, in non-commercial quantities and only in barrels or bottles, of petroleum or petroleum products, including propane gas for cooking, for verified essential humanitarian needs;');
    expect(read.effects).toEqual([{ action: 'committee-mandate', target: { paragraphs: ['10'], committee: true }, measures: ['supply-ban:petroleum'], inferred: true }]);
    expect(read.cues[0]!.wording).toBe('authorize');
  });

  it('"shall have the authority … to grant exceptions to the prohibitions … on a case-by-case basis" (873 (1993) 3)', () => {
    const [effect] = inferredOne('Decides further that the Committee of the Security Council established pursuant to paragraph 10 of resolution 841 (1993) shall have the authority, in addition to that set forth in the aforementioned paragraph, to grant exceptions to the prohibitions (other than those referred to in paragraph 2 above) referred to in paragraph 1 above on a case-by-case basis under the no-objection procedure,').effects;
    expect(effect).toMatchObject({ action: 'committee-mandate', target: { resolution: '841 (1993)', paragraphs: ['10'], committee: true } });
  });

  it('"Further decides to dissolve the Committee established in pursuance of resolution 253 (1968)" (460 (1979) 3)', () => {
    expect(inferredOne('Further decides to dissolve the Committee established in pursuance of resolution 253 (1968) in accordance with rule 28 of the provisional rules of procedure of the Security Council;').effects).toEqual([
      { action: 'dissolve-committee', target: { resolution: '253 (1968)', committee: true }, inferred: true },
    ]);
  });

  it('calls to co-operate with a committee, and help given to it, change no mandate', () => {
    expect(inferredOne('Calls upon all States to cooperate fully with the Committee established by paragraph 10 in the fulfilment of its tasks;').effects).toEqual([]);
    expect(inferredOne('Requests the Secretary-General to provide all appropriate assistance to the Security Council Committee established in pursuance of resolution 253 (1968) concerning the question of Southern Rhodesia in the discharge of its responsibilities.').effects).toEqual([]);
  });
});
