import { describe, expect, it } from 'vitest';
import { inferred, inferredOne, resolutionOf } from '../fixtures/infer/paragraphs.js';

describe('inferEffects: when measures come into force', () => {
  it('"shall come into force ten days after the date of adoption of this resolution unless …": the paragraphs named, the delay, the unless quoted', () => {
    const chapeau = 'Decides that the provisions set forth in paragraphs 19 to 25 below shall come into force ten days after the date of adoption of this resolution unless the Secretary-General reports to the Council that an effective cease-fire has been established;';
    const read = inferredOne(chapeau);
    expect(read.effects).toEqual([{
      action: 'impose',
      target: { paragraphs: ['19-25'] },
      effective: { after: { days: 10, from: 'adoption' }, condition: 'unless the Secretary-General reports to the Council that an effective cease-fire has been established' },
      inferred: true,
    }]);
    expect(read.cues[0]).toEqual({ offset: chapeau.indexOf('shall come into force'), wording: 'shall come into force' });
  });

  it.each([
    ['nine days after the date of the adoption of this resolution', 9],
    ['30 days after the date of adoption of the present resolution', 30],
    ['on the fifteenth day following the adoption of this resolution', 15],
    ['twenty-one days after the adoption of this resolution', 21],
  ])('reads the delay "%s" as %i days', (words, days) => {
    const [effect] = inferredOne(`Decides that the provisions set forth in paragraphs 12 to 30 below shall come into force ${words};`).effects;
    expect(effect!.effective).toEqual({ after: { days, from: 'adoption' } });
  });

  it('"shall come into force at 00.01 EST on 23 June 1993 unless …" sets date, time and zone (841 (1993) 3)', () => {
    const [effect] = inferredOne('Decides that the provisions set forth in paragraphs 5 to 14 below, which are consistent with the trade embargo recommended by the Organization of American States, shall come into force at 00.01 EST on 23 June 1993 unless the Secretary-General has reported to the Council that the imposition of such measures is not warranted at that time;').effects;
    expect(effect).toEqual({
      action: 'impose',
      target: { paragraphs: ['5-14'] },
      effective: { date: '1993-06-23', time: '00:01', zone: 'EST', condition: 'unless the Secretary-General has reported to the Council that the imposition of such measures is not warranted at that time' },
      inferred: true,
    });
  });

  it('"as of 00.01 hours EST on 15 April 1992" on a decision that imposes sets its date, time and zone', () => {
    const [effect] = inferredOne('Decides that all States shall, as of 00.01 hours EST on 15 April 1992, deny permission to any aircraft to take off from, land in or overfly their territory if it is destined to land in the territory;').effects;
    expect(effect).toEqual({ action: 'impose', effective: { date: '1992-04-15', time: '00:01', zone: 'EST' }, inferred: true });
  });

  it('a time in eastern daylight time keeps its zone: "at 23.59 EDT on 21 May 1994"', () => {
    const [effect] = inferredOne('Decides that the provisions set forth in paragraphs 6 to 10 below shall come into force at 23.59 EDT on 21 May 1994;').effects;
    expect(effect!.effective).toEqual({ date: '1994-05-21', time: '23:59', zone: 'EDT' });
  });

  it('"if at any time … the Secretary-General reports …, the provisions … shall come into force immediately" waits for the report: pending, not in force on adoption (841 (1993) 4)', () => {
    const [effect] = inferredOne('Decides that if at any time after the submission of the above-mentioned report of the Secretary-General, the Secretary-General reports to the Council that the de facto authorities have failed to comply in good faith with their undertakings, the provisions set forth in paragraphs 5 to 14 below shall come into force immediately;').effects;
    expect(effect).toEqual({
      action: 'impose',
      target: { paragraphs: ['5-14'] },
      effective: { awaits: 'if at any time after the submission of the above-mentioned report of the Secretary-General, the Secretary-General reports to the Council that the de facto authorities have failed to comply in good faith with their undertakings' },
      inferred: true,
    });
  });

  it('"the measures set out below" are the run of decisions with measures that follows (748 (1992) 3)', () => {
    const document = resolutionOf([
      'Decides that, on 15 April 1992, all States shall adopt the measures set out below, which shall apply until the Security Council decides that the Government has complied with paragraphs 1 and 2 above;',
      ['Decides also that all States shall:', 'Deny permission to any aircraft to take off from, land in or overfly their territory if it is destined to land in the territory;'],
      ['Decides further that all States shall:', 'Prohibit any provision to the territory of arms and related matériel of all types;'],
      'Further decides that the measures imposed by paragraph 5 above do not apply to equipment for the use of United Nations personnel;',
      'Calls upon all States to act strictly in accordance with the provisions of the present resolution;',
    ], 3);
    const [effect] = inferred(document, 3).effects;
    expect(effect).toMatchObject({ action: 'impose', target: { paragraphs: ['4-6'] }, effective: { date: '1992-04-15' } });
    expect(effect!.effective!.condition).toBeUndefined();
    expect(effect!.note).toContain('"which shall apply until the Security Council decides that the Government has complied with paragraphs 1 and 2 above"');
  });

  it('"at 0001 hours eastern standard time on 1 December 1993" (883 (1993) 2)', () => {
    const [effect] = inferredOne('Decides, in order to secure compliance with the decisions of the Council, to take the following measures, which shall come into force at 0001 hours eastern standard time on 1 December 1993 unless the Secretary-General has reported to the Council in the terms set out in paragraph 16 below;').effects;
    expect(effect!.effective).toEqual({ date: '1993-12-01', time: '00:01', zone: 'EST', condition: 'unless the Secretary-General has reported to the Council in the terms set out in paragraph 16 below' });
  });
});
