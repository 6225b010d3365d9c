import { describe, expect, it } from 'vitest';
import { inferredOne } from '../fixtures/infer/paragraphs.js';

/** Decisions of other kinds, in the Council's words, that share a verb with a sanctions formula. */
describe('inferEffects: the verbs of sanctions formulas, said of what is no measure', () => {
  it.each([
    // 54 (1948) 8: a truce, not a measure, remains in force
    'Decides that, subject to further decision by the Security Council or the General Assembly, the truce shall remain in force, in accordance with the present resolution and with resolution 50 (1948) of 29 May 1948, until a peaceful adjustment of the future situation of Palestine is reached ;',
    // 339 (1973) 1: a decision on a cease-fire restated
    'Confirms its decision on an immediate cessation of all kinds of firing and of all military action, and urges that the forces of the two sides be returned to the positions they occupied at the moment the ceasefire became effective;',
    // 455 (1979) 7: an ad hoc committee to assist the Council, no sanctions committee
    'Decides to establish an ad hoc committee composed of four members of the Security Council, to be appointed by the President after consultation with members, in order to assist the Council in the implementation of the present resolution, in particular paragraphs 5 and 6 thereof;',
    // 730 (1992) 2: a mission's mandate ends
    'Decides, in accordance with the recommendation in paragraph 7 of the report, to terminate the mandate of the United Nations Observer Group in Central America with effect from 17 January 1992.',
    // 892 (1993) 4: a readiness to review a mission's mandate
    'Expresses its willingness to review the existing mandate of the Mission taking into account any progress achieved towards the promotion of a comprehensive political settlement;',
  ])('%s → no effect', (chapeau) => {
    expect(inferredOne(chapeau).effects).toEqual([]);
  });
});
