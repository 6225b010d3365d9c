import { describe, expect, it } from 'vitest';
import { inferredOne } from '../fixtures/infer/paragraphs.js';

describe('inferEffects: a measure ends', () => {
  it('"shall have no further force or effect once the Council agrees that …" is a termination that awaits the Council, quoted as printed', () => {
    const chapeau = 'Decides that the prohibitions against the import of commodities and products contained in resolution 999 (1990) shall have no further force or effect once the Council agrees that the Government has completed all actions contemplated in paragraphs 8 to 13 above;';
    const read = inferredOne(chapeau);
    expect(read.effects).toEqual([{
      action: 'terminate',
      target: { resolution: '999 (1990)' },
      effective: { awaits: 'once the Council agrees that the Government has completed all actions contemplated in paragraphs 8 to 13 above' },
      inferred: true,
    }]);
    expect(chapeau).toContain(read.effects[0]!.effective!.awaits!);
    expect(read.cues[0]!.wording).toBe('shall have no further force or effect');
  });

  it('a condition precedent that stands before the main clause is quoted up to its subject', () => {
    const chapeau = 'Decides that upon the approval by the Security Council of the programme called for in paragraph 19 above and upon Council agreement that the Government has completed all actions contemplated in paragraphs 8 to 13 above, the prohibitions against the import of commodities and products originating in the territory contained in resolution 999 (1990) shall have no further force or effect;';
    const [effect] = inferredOne(chapeau).effects;
    expect(effect).toMatchObject({ action: 'terminate', target: { resolution: '999 (1990)' } });
    expect(effect!.effective!.awaits).toBe('upon the approval by the Security Council of the programme called for in paragraph 19 above and upon Council agreement that the Government has completed all actions contemplated in paragraphs 8 to 13 above');
  });

  it('"Decides … to call upon Member States to terminate the measures … pursuant to resolutions 232 (1966), 253 (1968) and subsequent related resolutions" ends the chain at once (460 (1979) 2)', () => {
    const [effect] = inferredOne('Decides, having regard to the agreement reached at the Lancaster House conference, to call upon Member States to terminate the measures taken against Southern Rhodesia under Chapter VII of the Charter pursuant to resolutions 232 (1966), 253 (1968) and subsequent related resolutions on the situation in Southern Rhodesia;').effects;
    expect(effect).toEqual({ action: 'terminate', target: { resolutions: ['232 (1966)', '253 (1968)'], andSubsequent: true }, inferred: true });
  });

  it('"Decides to lift … the measures set forth in paragraphs 4 to 6 of resolution 748 (1992)" terminates them', () => {
    expect(inferredOne('Decides to lift, with immediate effect, the measures set forth in paragraphs 4 to 6 of resolution 748 (1992);').effects).toEqual([
      { action: 'terminate', target: { resolution: '748 (1992)', paragraphs: ['4-6'] }, effective: { immediately: true }, inferred: true },
    ]);
  });

  it('"Decides to end the embargo imposed by paragraph 5 of resolution 999 (1992)" terminates it', () => {
    expect(inferredOne('Decides to end the embargo imposed by paragraph 5 of resolution 999 (1992);').effects).toEqual([{ action: 'terminate', target: { resolution: '999 (1992)', paragraphs: ['5'] }, inferred: true }]);
  });

  it('a suspension that waits for a report of the Secretary-General is pending, not applied', () => {
    const [effect] = inferredOne('Decides that the measures set out in paragraphs 4 to 6 of resolution 748 (1992) shall be suspended immediately if the Secretary-General reports to the Council that the two accused have arrived for the purpose of trial;').effects;
    expect(effect).toMatchObject({ action: 'suspend', target: { resolution: '748 (1992)', paragraphs: ['4-6'] }, effective: { awaits: 'if the Secretary-General reports to the Council that the two accused have arrived for the purpose of trial' } });
  });

  it('"the measures suspended by paragraph 1 above shall be terminated on the tenth day following the submission of a report" ends them once the report comes: the participle "suspended" is no suspension', () => {
    const [effect] = inferredOne('Decides that the measures suspended by paragraph 1 above shall be terminated on the tenth day following the submission of a report by the Secretary-General that the elections have taken place;').effects;
    expect(effect).toEqual({
      action: 'terminate',
      target: { paragraphs: ['1'] },
      effective: { awaits: 'on the tenth day following the submission of a report by the Secretary-General that the elections have taken place' },
      inferred: true,
    });
  });

  it('"suspended with immediate effect" is a suspension at once (861 (1993) 1)', () => {
    expect(inferredOne('Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are suspended with immediate effect and requests all States to act consistently with this decision as soon as possible;').effects).toEqual([
      { action: 'suspend', target: { resolution: '841 (1993)', paragraphs: ['5-9'] }, effective: { immediately: true }, inferred: true },
    ]);
  });

  it('"to terminate the suspension … as of 2359 hours eastern standard time on 18 October 1993, unless …" reinstates, with time and condition (873 (1993) 1)', () => {
    const [effect] = inferredOne('Decides, in accordance with paragraph 2 of resolution 861 (1993), to terminate the suspension of the measures set out in paragraphs 5 to 9 of resolution 841 (1993) as of 2359 hours eastern standard time on 18 October 1993, unless the Secretary-General reports to the Council that the parties are implementing in full the agreement,').effects;
    expect(effect).toEqual({
      action: 'reinstate',
      target: { resolution: '841 (1993)', paragraphs: ['5-9'] },
      effective: { date: '1993-10-18', time: '23:59', zone: 'EST', condition: 'unless the Secretary-General reports to the Council that the parties are implementing in full the agreement' },
      inferred: true,
    });
  });

  it('States told to suspend a membership, or a régime\'s "termination", end no measure', () => {
    expect(inferredOne('Calls upon Member States to take appropriate action to suspend any membership or associate membership that the illegal régime of Southern Rhodesia has in the specialized agencies of the United Nations;').effects).toEqual([]);
    expect(inferredOne('Further declares that the speedy termination of the illegal régime and the replacement of its military and police forces constitute the first prerequisite for the restoration of legality;').effects).toEqual([]);
  });
});

describe('inferEffects: the verb emphasised in Markdown, or quoted', () => {
  it('"are “suspended”" is a suspension of what precedes it', () => {
    expect(inferredOne('Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are “suspended”;').effects.map((e) => e.action)).toEqual(['suspend']);
  });

  it('"are *suspended*" is a suspension of what precedes it', () => {
    expect(inferredOne('Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are *suspended*;').effects).toEqual([
      { action: 'suspend', target: { resolution: '841 (1993)', paragraphs: ['5-9'] }, inferred: true },
    ]);
  });
});
