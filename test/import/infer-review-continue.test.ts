import { describe, expect, it } from 'vitest';
import { inferred, inferredOne, resolutionOf } from '../fixtures/infer/paragraphs.js';

describe('inferEffects: reviews', () => {
  it('"Decides that the Security Council shall, every one hundred and twenty days …, review the measures imposed by paragraphs 3 to 7 above" (748 (1992) 13)', () => {
    const read = inferredOne('Decides that the Security Council shall, every one hundred and twenty days or sooner, should the situation so require, review the measures imposed by paragraphs 3 to 7 above in the light of the compliance by the Libyan Government with paragraphs 1 and 2 above;');
    expect(read.effects).toEqual([{ action: 'review', target: { paragraphs: ['3-7'] }, inferred: true }]);
    expect(read.cues[0]!.wording).toBe('review');
  });

  it('"Expresses its readiness to review … with a view to lifting them" is a review, not a lifting (841 (1993) 16)', () => {
    expect(inferredOne('Expresses its readiness to review all the measures in paragraphs 5 to 14 of resolution 841 (1993) with a view to lifting them if the de facto authorities comply;').effects.map((e) => e.action)).toEqual(['review']);
  });

  it('a readiness to lift the suspension "of the measures referred to in paragraph 1 above" reviews what paragraph 1 suspends (861 (1993) 1, 2)', () => {
    const document = resolutionOf([
      'Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are suspended with immediate effect;',
      'Confirms its readiness to terminate immediately the suspension of the measures referred to in paragraph 1 above if, at any time, the Secretary-General informs the Security Council that the parties have not complied in good faith with the Agreement;',
    ]);
    expect(inferred(document, 2).effects).toEqual([{ action: 'review', target: { resolution: '841 (1993)', paragraphs: ['5-9'] }, inferred: true }]);
  });

  it('a readiness to review measures "with a view to suspending them …, and with a view to lifting them …" is read at its first verb, whatever comes later (883 (1993) 16)', () => {
    const read = inferredOne('Expresses its readiness to review the measures set forth above and in resolution 748 (1992) with a view to suspending them immediately if the Secretary-General reports to the Council that the Government has complied, and in the case of non-compliance, expresses its intention to consider the immediate reimposition of the measures decided in resolutions 731 (1992) and 748 (1992);');
    expect(read.effects).toEqual([{ action: 'review', target: { resolution: '748 (1992)' }, inferred: true }]);
    expect(read.cues[0]!.wording).toBe('review');
  });

  it('"Decides to keep the measures … under review" is a review; keeping "the question" under review is not (217 (1965) 11)', () => {
    expect(inferredOne('Decides to keep the measures imposed by paragraph 5 above under constant review;').effects).toEqual([{ action: 'review', target: { paragraphs: ['5'] }, inferred: true }]);
    expect(inferredOne('Decides to keep the question under review in order to examine what other measures it may deem it necessary to take.').effects).toEqual([]);
  });
});

describe('inferEffects: a measure goes on', () => {
  it('"all States shall continue to prevent" is a continuation of the measure the words name, not a new measure', () => {
    const read = inferredOne('Decides that all States shall continue to prevent the sale or supply to the territory of arms and related matériel of all types;');
    expect(read.effects).toEqual([{ action: 'continue', measures: ['arms-embargo'], inferred: true }]);
    expect(read.cues[0]!.wording).toBe('continue to prevent');
  });

  it('"continue to prevent" the measures of a cited paragraph targets that paragraph', () => {
    expect(inferredOne('Decides that all States shall continue to prevent the activities set out in paragraph 3 (d) of resolution 253 (1968);').effects).toEqual([
      { action: 'continue', target: { resolution: '253 (1968)', paragraphs: ['3(d)'] }, inferred: true },
    ]);
  });

  it('"shall remain in force" (288 (1970) 3) and "Reaffirms its decision that … shall remain fully in force until …" (314 (1972) 1): continuations; what follows "until" is no target', () => {
    expect(inferredOne('Decides that the present sanctions against Southern Rhodesia shall remain in force;').effects).toEqual([{ action: 'continue', inferred: true }]);
    const read = inferredOne('Reaffirms its decision that the present sanctions against Southern Rhodesia shall remain fully in force until the aims and objectives set out in resolution 253 (1968) are completely achieved;');
    expect(read.effects).toEqual([{ action: 'continue', inferred: true }]);
  });

  it('"all provisions of which shall fully remain in force" continues the resolutions cited, even in a call (277 (1970) 8)', () => {
    expect(inferredOne('Calls upon Member States to take more stringent measures in order to prevent any circumvention by their nationals of the decisions taken by the Security Council in resolutions 232 (1966) and 253 (1968), all provisions of which shall fully remain in force;').effects).toEqual([
      { action: 'continue', target: { resolutions: ['232 (1966)', '253 (1968)'] }, inferred: true },
    ]);
  });

  it('"Reaffirms its decision that …" restating a measure continues it', () => {
    expect(inferredOne('Reaffirms its decision that all States shall prevent the sale or supply of arms and related matériel to the territory, as set out in paragraph 5 of resolution 999 (1992);').effects).toEqual([
      { action: 'continue', target: { resolution: '999 (1992)', paragraphs: ['5'] }, inferred: true },
    ]);
  });

  it('a request to continue a role, or help, is no continuation of a measure', () => {
    expect(inferredOne('Invites the Secretary-General to continue his role as set out in paragraph 4 of resolution 731 (1992);').effects).toEqual([]);
    expect(inferredOne('Requests the United Kingdom, as the administering Power, to continue to give maximum assistance to the Committee;').effects).toEqual([]);
    expect(inferredOne('Calls upon all States to continue to prevent the sale of arms to the territory;').effects).toEqual([]);
  });

  it('"Confirms that the decision taken in resolution 748 (1992) that all States shall significantly reduce … includes …" extends it (883 (1993) 7)', () => {
    expect(inferredOne('Confirms that the decision taken in resolution 748 (1992) that all States shall significantly reduce the level of the staff at Libyan diplomatic missions and consular posts includes all missions and posts established since that decision;').effects).toEqual([
      { action: 'extend', target: { resolution: '748 (1992)' }, direction: 'tighten', measures: ['diplomatic'], inferred: true },
    ]);
  });
});
