import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { codes, measure, regimeOf, resolutionYaml } from './build-regime.js';

/** Resolution 500 imposes a flight ban (para. 1) and an arms embargo (para. 2) on adoption, 2000-01-01. */
const BASE = resolutionYaml(500, '2000-01-01', `
  - { id: op_1, number: 1, text: Decides that all States shall deny permission to any aircraft to take off from their territory., measures: [aviation], effects: [{ action: impose }] }
  - { id: op_2, number: 2, text: Decides that all States shall prevent the sale or supply of arms., measures: [arms-embargo], effects: [{ action: impose }] }
`);

/** Resolution 501 (2000-03-01) ends the flight ban once the Council agrees: the condition precedent, with `met` as given. */
function lifting(met = ''): string {
  return resolutionYaml(501, '2000-03-01', `
  - id: op_1
    number: 1
    text: Decides that paragraph 1 of resolution 500 (2000) shall have no further force or effect once the Council agrees that the Government has complied.
    effects:
      - action: terminate
        target: { resolution: 500 (2000), paragraphs: ["1"] }
        effective:
          awaits: once the Council agrees that the Government has complied
${met ? `          met: ${met}` : ''}
`);
}

describe('a change awaiting a condition precedent (awaits) is pending until a user records it met', () => {
  it('leaves a measure in force while its termination awaits a finding of the Council, and shows the termination with its condition', () => {
    const state = consolidate(regimeOf([BASE, lifting()]), '2000-06-01');
    const flights = measure(state, '500 (2000)#op_1');
    expect(flights.status).toBe('in-force');
    expect(flights.history.map((e) => e.action)).toEqual(['impose']);
    expect(flights.awaiting).toMatchObject([{ action: 'terminate', by: { resolution: '501 (2000)', paragraph: '1' }, awaits: 'once the Council agrees that the Government has complied' }]);
    expect(state.conditional).toMatchObject([{ status: 'pending', measures: ['500 (2000)#op_1'], committees: [], entry: { action: 'terminate', awaits: 'once the Council agrees that the Government has complied' } }]);
    expect(measure(state, '500 (2000)#op_2').awaiting).toEqual([]);
    expect(state.diagnostics).toEqual([]);
  });

  it('applies it from the moment recorded as met (date, time and zone), and not before', () => {
    const regime = regimeOf([BASE, lifting('{ date: 2000-05-10, time: "00:01", zone: EST, by: S/RES/510 (2000) }')]);
    const before = consolidate(regime, '2000-05-10T00:00-05:00');
    expect(measure(before, '500 (2000)#op_1').status).toBe('in-force');
    expect(before.conditional.map((c) => c.status)).toEqual(['pending']);

    const after = consolidate(regime, '2000-05-10T00:01-05:00');
    const flights = measure(after, '500 (2000)#op_1');
    expect(flights.status).toBe('terminated');
    expect(flights.ended).toMatchObject({ reason: 'terminated', at: { date: '2000-05-10', time: '00:01', zone: 'EST', utc: '2000-05-10T05:01:00.000Z', onAdoption: false } });
    expect(flights.history.at(-1)).toMatchObject({ action: 'terminate', awaits: 'once the Council agrees that the Government has complied', met: { date: '2000-05-10', by: 'S/RES/510 (2000)' } });
    expect(flights.awaiting).toEqual([]);
    expect(after.conditional).toEqual([]);
  });

  it('keeps an imposition that awaits a report pending, whatever the as-of date, and imposes it once met', () => {
    const text = (met: string) =>
      resolutionYaml(600, '2000-01-01', `
  - id: op_1
    number: 1
    text: Decides that all States shall freeze the funds of the authorities upon the report of the Secretary-General that they have not complied.
    measures: [asset-freeze]
    effects:
      - action: impose
        effective: { awaits: upon the report of the Secretary-General that they have not complied${met} }
`);
    const pending = consolidate(regimeOf([text('')]), '2010-01-01');
    expect(measure(pending, '600 (2000)#op_1')).toMatchObject({ status: 'pending', history: [], scheduled: [] });
    expect(measure(pending, '600 (2000)#op_1').awaiting.map((e) => e.action)).toEqual(['impose']);
    const met = consolidate(regimeOf([text(', met: { date: 2000-02-01, by: S/2000/100 }')]), '2010-01-01');
    expect(measure(met, '600 (2000)#op_1')).toMatchObject({ status: 'in-force', since: { date: '2000-02-01', onAdoption: false } });
  });

  it('holds back a committee that waits for a condition', () => {
    const text = resolutionYaml(610, '2000-01-01', `
  - { id: op_1, number: 1, text: Decides to establish a Committee once the Secretary-General reports., effects: [{ action: establish-committee, effective: { awaits: once the Secretary-General reports } }] }
`);
    const state = consolidate(regimeOf([text]), '2000-06-01');
    expect(state.committees).toMatchObject([{ key: '610 (2000)#op_1', status: 'pending', awaiting: [{ action: 'establish-committee' }] }]);
    expect(state.conditional).toMatchObject([{ status: 'pending', measures: [], committees: ['610 (2000)#op_1'] }]);
  });
});

describe('delayed entry into force (after) and an "unless" (condition)', () => {
  // Resolution 748 (1992), adopted 31 March 1992: "Decides that, on 15 April 1992, all States shall adopt the measures set out below".
  const delayed = (effective: string) =>
    resolutionYaml(700, '1992-03-31', `
  - id: op_3
    number: 3
    text: Decides that the provisions set forth in paragraph 4 shall come into force fifteen days after the date of adoption of the present resolution unless the Secretary-General has reported to the Council that the Government has complied.
    effects: [{ action: impose, target: { paragraphs: ["4"] }, effective: ${effective} }]
  - { id: op_4, number: 4, text: Decides that all States shall deny permission to any aircraft to take off., measures: [aviation] }
`);

  it('counts the days from adoption, the day of adoption not counted: adopted 31 March, in force on 15 April', () => {
    const regime = regimeOf([delayed('{ after: { days: 15, from: adoption } }')]);
    const eve = measure(consolidate(regime, '1992-04-14'), '700 (1992)#op_4');
    expect(eve.status).toBe('pending');
    expect(eve.scheduled).toMatchObject([{ action: 'impose', at: { date: '1992-04-15', onAdoption: false }, after: { days: 15, from: 'adoption' } }]);
    expect(measure(consolidate(regime, '1992-04-15'), '700 (1992)#op_4')).toMatchObject({ status: 'in-force', since: { date: '1992-04-15', utc: '1992-04-15T00:00:00.000Z' } });
  });

  it('takes a time and zone given with the delay on the day it gives ("00.01 EST" as in 841 (1993))', () => {
    const regime = regimeOf([delayed('{ after: { days: 15, from: adoption }, time: "00:01", zone: EST }')]);
    expect(measure(consolidate(regime, '1992-04-15T00:00-05:00'), '700 (1992)#op_4').status).toBe('pending');
    expect(measure(consolidate(regime, '1992-04-15T00:01-05:00'), '700 (1992)#op_4').since).toMatchObject({ date: '1992-04-15', time: '00:01', zone: 'EST', utc: '1992-04-15T05:01:00.000Z' });
  });

  it('reads an "unless" as not met: the change proceeds, its condition shown', () => {
    const state = consolidate(regimeOf([delayed('{ after: { days: 15, from: adoption }, condition: unless the Secretary-General has reported to the Council that the Government has complied }')]), '1992-05-01');
    const flights = measure(state, '700 (1992)#op_4');
    expect(flights.status).toBe('in-force');
    expect(flights.conditions.map((c) => c.text)).toEqual(['unless the Secretary-General has reported to the Council that the Government has complied']);
    expect(state.conditional).toEqual([]);
  });

  it('calls the change off where the "unless" is recorded as met before it was to take hold', () => {
    const regime = regimeOf([delayed('{ after: { days: 15, from: adoption }, condition: unless the Secretary-General has reported, met: { date: 1992-04-10, by: S/23800 } }')]);
    const state = consolidate(regime, '1992-05-01');
    const flights = measure(state, '700 (1992)#op_4');
    expect(flights.status).toBe('pending');
    expect(flights.history).toEqual([]);
    expect(flights.calledOff).toMatchObject([{ action: 'impose', condition: 'unless the Secretary-General has reported', met: { date: '1992-04-10', by: 'S/23800' } }]);
    expect(state.conditional).toMatchObject([{ status: 'called-off', measures: ['700 (1992)#op_4'] }]);
    // Before the report was made, the change was still scheduled.
    expect(measure(consolidate(regime, '1992-04-09'), '700 (1992)#op_4').scheduled.map((e) => e.action)).toEqual(['impose']);
  });

  it('does not call off a change that had already taken hold when the "unless" was met, and says so', () => {
    const state = consolidate(regimeOf([delayed('{ after: { days: 15, from: adoption }, condition: unless the Secretary-General has reported, met: { date: 1992-04-20 } }')]), '1992-05-01');
    expect(measure(state, '700 (1992)#op_4').status).toBe('in-force');
    expect(codes(state)).toEqual(['condition-met-late']);
    expect(state.diagnostics[0]).toMatchObject({ file: 'r0.yaml', severity: 'warning' });
    expect(state.diagnostics[0]!.line).toBeGreaterThan(13);
  });

  it('reads `met` as the condition precedent where an effect has both, and warns; `of` says which', () => {
    const both = (of: string) => delayed(`{ awaits: once the Council decides, condition: unless the Secretary-General has reported, met: { date: 1992-04-01${of} } }`);
    const ambiguous = consolidate(regimeOf([both('')]), '1992-05-01');
    expect(measure(ambiguous, '700 (1992)#op_4').status).toBe('in-force');
    expect(codes(ambiguous)).toEqual(['ambiguous-met']);
    const unless = consolidate(regimeOf([both(', of: condition')]), '1992-05-01');
    // The "unless" was met, but the condition precedent never was: still pending, never applied.
    expect(measure(unless, '700 (1992)#op_4')).toMatchObject({ status: 'pending', history: [] });
    expect(unless.conditional.map((c) => c.status)).toEqual(['pending']);
    expect(codes(unless)).toEqual([]);
  });

  it('warns where a recorded fulfilment has no condition to fulfil, or comes before adoption', () => {
    expect(codes(consolidate(regimeOf([delayed('{ after: { days: 15, from: adoption }, met: { date: 1992-04-10 } }')]), '1992-05-01'))).toEqual(['met-without-condition']);
    expect(codes(consolidate(regimeOf([delayed('{ awaits: once the Council decides, met: { date: 1992-01-10 } }')]), '1992-05-01'))).toEqual(['met-before-adoption']);
  });
});
