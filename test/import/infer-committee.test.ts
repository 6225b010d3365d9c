import { describe, expect, it } from 'vitest';
import { inferred, inferredOne, resolutionOf } from '../fixtures/infer/paragraphs.js';

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

  it('… and an exemption from the paragraphs of the resolution that impose the measure it names, and from those only', () => {
    const document = resolutionOf([
      'Decides that all States shall prevent the sale or supply of petroleum or petroleum products or arms and related matériel of all types to any person or body in Haiti;',
      'Decides to prohibit any and all traffic from entering the territory or territorial sea of Haiti carrying petroleum or petroleum products, or arms and related matériel of all types;',
      'Decides that the Committee established by paragraph 10 below may authorize on an exceptional case-by-case basis under a no-objection procedure the importation, in non-commercial quantities and only in barrels or bottles, of petroleum or petroleum products for verified essential humanitarian needs;',
      'Decides that States in which there are funds of the de facto authorities shall require all persons and entities holding such funds to freeze them;',
    ], 5);
    const read = inferred(document, 7);
    expect(read.effects.map((e) => e.action)).toEqual(['exempt', 'committee-mandate']);
    expect(read.effects[0]).toMatchObject({ target: { paragraphs: ['5-6'] }, direction: 'loosen', measures: ['supply-ban:petroleum'] });
    expect(read.cues.map((c) => c.wording)).toEqual(['authorize', 'authorize']);
  });

  it('exceptions "to the prohibitions (other than those referred to in paragraph 2 above) referred to in paragraph 1 above" loosen what paragraph 1 acts on, less what paragraph 2 acts on (873 (1993) 1 to 3)', () => {
    const document = resolutionOf([
      'Decides to terminate the suspension of the measures set out in paragraphs 5 to 9 of resolution 841 (1993) as of 2359 hours eastern standard time on 18 October 1993,',
      'Decides also that funds that are required to be frozen pursuant to paragraph 8 of resolution 841 (1993) may be released at the request of President Aristide,',
      'Decides further that the Committee of the Security Council established pursuant to paragraph 10 of resolution 841 (1993) shall have the authority, in addition to that set forth in the aforementioned paragraph, to grant exceptions to the prohibitions (other than those referred to in paragraph 2 above) referred to in paragraph 1 above on a case-by-case basis under the no-objection procedure,',
    ]);
    const read = inferred(document, 3);
    expect(read.effects.map((e) => e.action)).toEqual(['exempt', 'committee-mandate']);
    expect(read.effects[0]!.target).toEqual({ resolution: '841 (1993)', paragraphs: ['5-7', '9'] });
    expect(read.effects[1]!.target).toEqual({ resolution: '841 (1993)', paragraphs: ['10'], committee: true });
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

  it('a request to the Committee to consider applications for exceptions case by case is a mandate of that committee', () => {
    expect(inferredOne('Requests the Committee established by resolution 724 (1991) to consider on a case-by-case basis applications for exceptions;').effects).toEqual([
      { action: 'committee-mandate', target: { resolution: '724 (1991)', committee: true }, inferred: true },
    ]);
  });

  it('calls to co-operate with a committee, and help given to it, change no mandate', () => {
    expect(inferredOne('Calls upon all States to cooperate fully with the Committee established by paragraph 10 in the fulfilment of its tasks;').effects).toEqual([]);
    expect(inferredOne('Requests the Secretary-General to provide all appropriate assistance to the Security Council Committee established in pursuance of resolution 253 (1968) concerning the question of Southern Rhodesia in the discharge of its responsibilities.').effects).toEqual([]);
  });
});
