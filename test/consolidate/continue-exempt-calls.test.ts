import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { codes, measure, regimeOf, resolutionYaml } from './build-regime.js';

/** Two measures on adoption, 1968-05-29: a supply ban (para. 3, with subparagraphs) and an arms embargo (para. 4). */
const BASE = resolutionYaml(253, '1968-05-29', `
  - id: op_3
    number: 3
    text: "Decides that, in furtherance of the objective of ending the rebellion, all States Members of the United Nations shall prevent:"
    measures: [supply-ban]
    effects: [{ action: impose }]
    subparagraphs:
      - { id: op_3__a, number: a, text: The import into their territories of all commodities and products; }
      - { id: op_3__d, number: d, text: "The sale or supply by their nationals or from their territories of any commodities or products (… but not including supplies intended strictly for medical purposes …);" }
  - { id: op_4, number: 4, text: Decides that all States shall prevent the sale or supply of arms., measures: [arms-embargo], effects: [{ action: impose }] }
`);

describe('continuations add history to the measure that goes on, never a second measure', () => {
  it('"all provisions of which shall fully remain in force" (277 (1970) para. 8): history on the measures of the resolutions it names', () => {
    const later = resolutionYaml(277, '1970-03-18', `
  - id: op_8
    number: 8
    text: Decides that the decisions taken by the Security Council in resolution 253 (1968), all provisions of which shall fully remain in force, bind all States;
    effects: [{ action: continue, target: { resolution: 253 (1968) } }]
`);
    const state = consolidate(regimeOf([BASE, later]), '1970-04-01');
    expect(state.measures.map((m) => m.key)).toEqual(['253 (1968)#op_3', '253 (1968)#op_4']);
    for (const key of ['253 (1968)#op_3', '253 (1968)#op_4']) {
      expect(measure(state, key)).toMatchObject({ status: 'in-force', since: { date: '1968-05-29' } });
      expect(measure(state, key).history.map((e) => `${e.action} ${e.by.documentKey}`)).toEqual(['impose 253 (1968)', 'continue 277 (1970)']);
    }
    expect(state.diagnostics).toEqual([]);
  });

  it('"Reaffirms its decision that the present sanctions … shall remain fully in force" (314 (1972) para. 1), citing nothing, goes on with the measures in force of the codes it names', () => {
    const later = resolutionYaml(314, '1972-02-28', `
  - id: op_1
    number: 1
    text: Reaffirms its decision that the present sanctions against Southern Rhodesia shall remain fully in force until the aims and objectives set out in resolution 253 (1968) are completely achieved;
    effects: [{ action: continue, measures: [supply-ban:petroleum] }]
`);
    const state = consolidate(regimeOf([BASE, later]), '1972-03-01');
    expect(state.measures).toHaveLength(2);
    expect(measure(state, '253 (1968)#op_3').history.map((e) => e.action)).toEqual(['impose', 'continue']);
    expect(measure(state, '253 (1968)#op_4').history.map((e) => e.action)).toEqual(['impose']);
  });

  it('adds no measure where nothing in force matches, and says where', () => {
    const later = resolutionYaml(314, '1972-02-28', `
  - { id: op_1, number: 1, text: Decides that all States shall continue to freeze the funds., effects: [{ action: continue, measures: [asset-freeze] }] }
  - { id: op_2, number: 2, text: Reaffirms its decision that the sanctions shall remain in force., effects: [{ action: continue }] }
`);
    const state = consolidate(regimeOf([BASE, later]), '1972-03-01');
    expect(state.measures.map((m) => m.key)).toEqual(['253 (1968)#op_3', '253 (1968)#op_4']);
    expect(codes(state)).toEqual(['nothing-to-continue', 'nothing-to-continue']);
    expect(state.diagnostics.map((d) => [d.file, d.severity])).toEqual([
      ['r1.yaml', 'warning'],
      ['r1.yaml', 'warning'],
    ]);
    expect(state.diagnostics[0]!.message).toContain('asset-freeze');
  });

  it('changes nothing in an impact: the measure goes on', async () => {
    const { assessImpact } = await import('../../src/consolidate/impact.js');
    const { loadText } = await import('../../src/load/load-document.js');
    const draft = loadText('draft.yaml', resolutionYaml(314, '1972-02-28', `
  - { id: op_1, number: 1, text: Decides that the measures of resolution 253 (1968) shall remain in force., effects: [{ action: continue, target: { resolution: 253 (1968), paragraphs: ["4"] } }] }
`).replace('kind: resolution', 'kind: draft').replace('status: adopted', 'status: circulated').replace('dates: { adopted: 1972-02-28 }', 'dates: { circulated: 1972-02-28 }').replace(/symbol: .*\n/, '').replace(/number: 314\n/, ''));
    if (!draft.ok) throw new Error(JSON.stringify(draft.diagnostics));
    const result = assessImpact(draft.loaded, regimeOf([BASE]));
    if (!result.ok) throw new Error('not assessed');
    expect(result.report.measures.map((m) => [m.measure.key, m.category])).toEqual([
      ['253 (1968)#op_3', 'unchanged'],
      ['253 (1968)#op_4', 'unchanged'],
    ]);
    expect(result.report.measures[1]!.changes.map((c) => c.action)).toEqual(['continue']);
  });
});

describe('exemptions narrow only what their target names', () => {
  it('a subparagraph ("3(d)") is a valid target: the exemption is recorded on it alone, and ends nothing', () => {
    const later = resolutionYaml(300, '1970-01-01', `
  - { id: op_1, number: 1, text: Decides that medical supplies are exempted from the prohibition contained in operative paragraph 3 (d) of resolution 253 (1968)., effects: [{ action: exempt, target: { resolution: 253 (1968), paragraphs: ["3(d)"] } }] }
`);
    const state = consolidate(regimeOf([BASE, later]), '1970-02-01');
    const narrowed = state.measures.filter((m) => m.exemptions.length > 0).map((m) => m.key);
    expect(narrowed).toEqual(['253 (1968)#op_3__d']);
    expect(measure(state, '253 (1968)#op_3__d')).toMatchObject({ status: 'in-force', partOf: '253 (1968)#op_3' });
    expect(state.measures.every((m) => m.status === 'in-force')).toBe(true);
  });

  it('a target that names no resolution, paragraph or clause does not reach every measure of the present resolution', () => {
    // Before the fix, `{ text: … }` alone was read as "the present resolution", whose every measure it exempted.
    const own = resolutionYaml(883, '1993-11-11', `
  - { id: op_3, number: 3, text: Decides that all States shall freeze such funds., measures: [asset-freeze], effects: [{ action: impose }] }
  - { id: op_5, number: 5, text: Decides that all States shall prohibit any provision of the items listed in the annex., measures: [supply-ban], effects: [{ action: impose }] }
  - id: op_4
    number: 4
    text: Further decides that the measures imposed by paragraph 3 above do not apply to funds derived from the sale of petroleum;
    effects: [{ action: exempt, target: { text: the measures imposed by paragraph 3 above } }]
`);
    const state = consolidate(regimeOf([own]), '1993-12-01');
    expect(state.measures.map((m) => [m.key, m.exemptions.length])).toEqual([
      ['883 (1993)#op_3', 0],
      ['883 (1993)#op_5', 0],
    ]);
    expect(codes(state)).toEqual(['missing-target']);
    expect(state.diagnostics[0]).toMatchObject({ severity: 'error', file: 'r0.yaml' });
    expect(state.diagnostics[0]!.message).toContain('names no resolution, paragraph or clause');
  });
});

describe('non-binding calls never become measures', () => {
  // 841 (1993): para. 3 brings paragraphs 5 to 14 into force; para. 9 and para. 11 are calls.
  const HAITI = resolutionYaml(841, '1993-06-16', `
  - { id: op_3, number: 3, text: Decides that the provisions set forth in paragraphs 5 to 9 below shall come into force at 00.01 EST on 23 June 1993;, effects: [{ action: impose, target: { paragraphs: ["5-9"] }, effective: { date: 1993-06-23, time: "00:01", zone: EST } }] }
  - { id: op_5, number: 5, text: Decides that all States shall prevent the sale or supply of petroleum;, measures: [supply-ban:petroleum] }
  - { id: op_6, number: 6, text: Decides to prohibit any and all traffic from entering the territorial sea of Haiti;, measures: [maritime] }
  - { id: op_7, number: 7, text: Decides that the Committee may authorize the importation of petroleum for essential humanitarian needs;, measures: [humanitarian-exemption] }
  - { id: op_8, number: 8, text: Decides that States shall require all persons holding such funds to freeze them;, measures: [asset-freeze] }
  - { id: op_9, number: 9, text: "Calls upon all States, and all international organizations, to act strictly in accordance with the provisions of the present resolution;" }
  - { id: op_11, number: 11, text: Calls upon all States to cooperate fully with the Committee;, effects: [{ action: impose }] }
`);
  const SUSPENSION = resolutionYaml(861, '1993-08-27', `
  - { id: op_1, number: 1, text: Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are suspended with immediate effect;, effects: [{ action: suspend, target: { resolution: 841 (1993), paragraphs: ["5-9"] } }] }
`);

  it('a call named in a range brought into force, or declaring itself imposed, is listed as a call', () => {
    const state = consolidate(regimeOf([HAITI]), '1993-07-01');
    expect(state.measures.map((m) => m.key)).toEqual(['841 (1993)#op_5', '841 (1993)#op_6', '841 (1993)#op_7', '841 (1993)#op_8']);
    expect(state.calls.map((c) => [c.by.paragraph, c.opening, c.namedBy.map((n) => n.paragraph)])).toEqual([
      ['9', 'Calls upon', ['3']],
      ['11', 'Calls upon', ['11']],
    ]);
    expect(state.diagnostics).toEqual([]);
  });

  it('a "Confirms" paragraph that extends an earlier measure is listed as a piece of it, not as a call (883 (1993) para. 7)', () => {
    const later = resolutionYaml(883, '1993-11-11', `
  - { id: op_2, number: 2, text: "Decides to take the following measures, which shall come into force on 1 December 1993;", effects: [{ action: impose, target: { paragraphs: ["3-4"] }, effective: { date: 1993-12-01 } }] }
  - { id: op_3, number: 3, text: Decides that all States shall freeze such funds;, measures: [asset-freeze] }
  - id: op_4
    number: 4
    text: Confirms that the decision taken in resolution 841 (1993) that all States shall prevent the sale or supply of petroleum includes all sales made since;
    effects: [{ action: extend, target: { resolution: 841 (1993), paragraphs: ["5"] } }]
`);
    const state = consolidate(regimeOf([HAITI, later]), '1993-12-02');
    expect(state.calls.map((c) => c.by.paragraph)).toEqual(['9', '11']);
    expect(measure(state, '883 (1993)#op_4')).toMatchObject({ partOf: '841 (1993)#op_5', status: 'in-force' });
  });

  it('an effect on a range that holds a call passes over it without a problem', () => {
    const state = consolidate(regimeOf([HAITI, SUSPENSION]), '1993-09-01');
    expect(state.measures.map((m) => m.status)).toEqual(['suspended', 'suspended', 'suspended', 'suspended']);
    expect(state.diagnostics).toEqual([]);
  });
});

describe('a subparagraph printed with a number or a capital letter is a target like (a)', () => {
  // Labels are kept as printed ("(1) … (9)", "(A)"); a citation of "paragraph 3 (1)" must reach them.
  const LISTED = resolutionYaml(500, '1980-01-01', `
  - id: op_3
    number: 3
    text: "Decides that all States shall prevent:"
    measures: [supply-ban]
    effects: [{ action: impose }]
    subparagraphs:
      - { id: op_3__1, number: "1", text: The sale or supply of arms; }
      - { id: op_3__2, number: "2", text: The sale or supply of petroleum; }
  - id: op_4
    number: 4
    text: "Decides that all States shall prevent:"
    measures: [asset-freeze]
    effects: [{ action: impose }]
    subparagraphs:
      - { id: op_4__a_upper, number: A, text: The transfer of funds; }
`);
  it('"3(1)" and "4(A)" narrow those subparagraphs alone', () => {
    const later = resolutionYaml(501, '1980-02-01', `
  - { id: op_1, number: 1, text: Decides that paragraph 3 (1) of resolution 500 (1980) shall not apply to supplies for the United Nations Force., effects: [{ action: exempt, target: { resolution: 500 (1980), paragraphs: ["3(1)"] } }] }
  - { id: op_2, number: 2, text: Decides that paragraph 4 (A) of resolution 500 (1980) shall not apply to funds for medical purposes., effects: [{ action: exempt, target: { resolution: 500 (1980), paragraphs: ["4(A)"] } }] }
`);
    const state = consolidate(regimeOf([LISTED, later]), '1980-03-01');
    expect(state.diagnostics).toEqual([]);
    expect(state.measures.filter((m) => m.exemptions.length > 0).map((m) => m.key)).toEqual(['500 (1980)#op_3__1', '500 (1980)#op_4__a_upper']);
  });
});
