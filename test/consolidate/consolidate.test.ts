import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { describeMeasures } from '../../src/consolidate/describe.js';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import { codes, measure, regimeOf, resolutionYaml } from './build-regime.js';

const MINI = 'test/consolidate/fixtures/mini';

describe('loadRegime', () => {
  it('orders the regime by adoption and leaves other regimes and drafts out', async () => {
    const { regime, regimes, diagnostics } = await loadRegime('mini', 'test/consolidate/fixtures');
    expect(regime.documents.map((d) => d.key)).toEqual(['100 (2000)', '101 (2000)', '102 (2000)', '103 (2001)']);
    expect(regimes).toContain('mini');
    expect(diagnostics).toEqual([]);
  });

  it('finds no document for an unknown regime, and says which regimes there are', async () => {
    const { regime, regimes } = await loadRegime('haitii', MINI);
    expect(regime.documents).toEqual([]);
    expect(regimes).toEqual(['mini']);
  });
});

describe('consolidate: the life of a measure', async () => {
  const { regime } = await loadRegime('mini', MINI);

  it('knows nothing of a resolution before its adoption', () => {
    const state = consolidate(regime, '2000-01-02');
    expect(state.measures).toEqual([]);
    expect(state.documents.every((d) => !d.included)).toBe(true);
  });

  it('holds adopted provisions pending until the time their entry into force is set for', () => {
    const state = consolidate(regime, '2000-01-09');
    expect(state.measures.map((m) => [m.key, m.status])).toEqual([
      ['100 (2000)#op_2', 'pending'],
      ['100 (2000)#op_3', 'pending'],
      ['100 (2000)#op_4', 'pending'],
    ]);
    expect(measure(state, '100 (2000)#op_2').scheduled.map((e) => e.action)).toEqual(['impose']);
  });

  it('compares instants: 00:01 EST on 10 January is 05:01 UTC', () => {
    expect(measure(consolidate(regime, '2000-01-10T05:00Z'), '100 (2000)#op_2').status).toBe('pending');
    const state = consolidate(regime, '2000-01-10T00:01-05:00');
    const petroleum = measure(state, '100 (2000)#op_2');
    expect(petroleum.status).toBe('in-force');
    expect(petroleum.since).toMatchObject({ utc: '2000-01-10T05:01:00.000Z', date: '2000-01-10', time: '00:01', zone: 'EST', onAdoption: false });
    expect(petroleum.measures).toEqual(['supply-ban:petroleum', 'arms-embargo']);
    expect(petroleum.conditions.map((c) => c.text)).toEqual(['unless the Secretary-General reports otherwise']);
  });

  it('suspends, then ends the suspension at 23:59 EST, recording the condition', () => {
    const suspended = consolidate(regime, '2000-05-15');
    expect(measure(suspended, '100 (2000)#op_3').status).toBe('suspended');
    expect(measure(suspended, '100 (2000)#op_3').suspension?.by).toMatchObject({ resolution: '101 (2000)', paragraph: '1' });
    expect(measure(suspended, '100 (2000)#op_4').status).toBe('in-force');

    const reinstated = consolidate(regime, '2000-05-16');
    const freeze = measure(reinstated, '100 (2000)#op_3');
    expect(freeze.status).toBe('in-force');
    expect(freeze.history.map((e) => `${e.action} ${e.by.documentKey} ${e.by.paragraph}`)).toEqual([
      'review 100 (2000) 5',
      'impose 100 (2000) 1',
      'suspend 101 (2000) 1',
      'exempt 102 (2000) 2',
      'reinstate 102 (2000) 1',
    ]);
    expect(freeze.exemptions).toHaveLength(1);
    expect(freeze.exemptions[0]!.wording?.text).toMatch(/^Decides also that funds required to be frozen/);
    expect(freeze.conditions.map((c) => c.action)).toEqual(['impose', 'reinstate']);
  });

  it('keeps a measure\'s subparagraphs in its wording', () => {
    const freeze = measure(consolidate(regime, '2000-05-16'), '100 (2000)#op_3');
    expect(freeze.wording).toEqual({ kind: 'text', text: 'Decides that States shall freeze the funds of:\n(a) the Government of Testland; and\n(b) entities controlled by it;' });
  });

  it('ends every measure of a chain and dissolves the committee', () => {
    const state = consolidate(regime, '2001-02-01');
    expect(state.measures.map((m) => m.status)).toEqual(['terminated', 'terminated', 'terminated']);
    expect(state.measures[0]!.ended).toMatchObject({ reason: 'terminated', by: { resolution: '103 (2001)', paragraph: '1' } });
    expect(state.committees).toHaveLength(1);
    expect(state.committees[0]).toMatchObject({ status: 'dissolved', establishedBy: { resolution: '100 (2000)', paragraph: '4' } });
    expect(state.committees[0]!.mandate.map((e) => e.by.documentKey)).toEqual(['102 (2000)']);
    expect(state.diagnostics).toEqual([]);
  });

  it('lists review clauses as watched, with the measures they concern', () => {
    const state = consolidate(regime, '2000-02-01');
    expect(state.watched).toHaveLength(1);
    expect(state.watched[0]!.measures).toEqual(['100 (2000)#op_2', '100 (2000)#op_3', '100 (2000)#op_4']);
  });

  it('is plain data: JSON round-trips it unchanged', () => {
    const state = consolidate(regime, '2000-05-16');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('refuses an as-of that is not a date', () => {
    expect(() => consolidate(regime, '2000-02-30')).toThrow(RangeError);
  });
});

describe('naming a measure', () => {
  it('names one the files give no code for by the first words of its own wording, marked as such', async () => {
    const regime = regimeOf([resolutionYaml(100, '2000-01-01', '  - { id: op_1, number: 1, text: Decides that all States shall prevent any activities which promote the sale., effects: [{ action: impose }] }')]);
    const unnamed = consolidate(regime, '2000-01-02').measures.filter((m) => m.measures.length === 0);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const measure of unnamed) {
      const label = describeMeasures(measure);
      const [first, second] = measure.wording.text.split(/\s+/);
      expect(label.startsWith(`“${first} ${second} `)).toBe(true);
      expect(label).toMatch(/ \(opening words of the official text\)$/);
      expect(label).not.toContain('not named');
    }
  });

  it('marks the words of a summary as the summary’s, and says so where there are no words at all', () => {
    const summary = { kind: 'summary' as const, text: 'Ban on supplying luxury goods.', sources: ['https://example.org'] };
    expect(describeMeasures({ measures: [], wording: summary })).toBe('“Ban on supplying luxury goods.” (opening words of the editorial summary)');
    expect(describeMeasures({ measures: [], wording: { kind: 'text', text: '' } })).toBe('measure not named in the files');
    expect(describeMeasures({ measures: ['asset-freeze'], wording: summary })).toBe('asset freeze');
  });
});

describe('consolidate: targets', () => {
  const base = resolutionYaml(200, '2000-01-01', `
  - id: op_1
    number: 1
    text: Decides that all States shall freeze the funds of the persons listed and shall prevent their entry.
    measures: [asset-freeze, travel-ban]
    effects: [{ action: impose }]
    subparagraphs:
      - { id: op_1__a, number: a, text: freeze the funds; }
      - { id: op_1__b, number: b, text: prevent the entry; }
  - id: op_2
    number: 2
    text: Decides to establish a Committee.
    effects: [{ action: establish-committee }]
  - id: op_3
    number: 3
    text: Calls for dialogue.`);

  it('an effect on one subparagraph acts on that part only, listed as part of the whole', () => {
    const state = consolidate(
      regimeOf([base, resolutionYaml(201, '2000-02-01', `
  - id: op_1
    number: 1
    text: Decides that paragraph 1 (b) of resolution 200 (2000) is suspended.
    effects: [{ action: suspend, target: { resolution: 200 (2000), paragraphs: ["1(b)"] }, measures: [travel-ban] }]`)]),
      '2000-03-01',
    );
    expect(state.measures.map((m) => [m.key, m.status, m.partOf])).toEqual([
      ['200 (2000)#op_1', 'in-force', undefined],
      ['200 (2000)#op_1__b', 'suspended', '200 (2000)#op_1'],
    ]);
    const part = measure(state, '200 (2000)#op_1__b');
    expect(part.provision.paragraph).toBe('1(b)');
    expect(part.measures).toEqual(['travel-ban']);
    expect(part.history.map((e) => e.action)).toEqual(['impose', 'suspend']);
    expect(state.diagnostics).toEqual([]);
  });

  it("names a subparagraph by its own measures; one that lists none, by the measures of the effect acting on it", () => {
    const listed = base.replace('{ id: op_1__a, number: a, text: freeze the funds; }', '{ id: op_1__a, number: a, text: freeze the funds;, measures: [asset-freeze] }');
    const state = consolidate(
      regimeOf([listed, resolutionYaml(201, '2000-02-01', `
  - id: op_1
    number: 1
    text: Decides that paragraphs 1 (a) and 1 (b) of resolution 200 (2000) are suspended.
    effects:
      - { action: suspend, target: { resolution: 200 (2000), paragraphs: ["1(a)"] }, measures: [travel-ban] }
      - { action: suspend, target: { resolution: 200 (2000), paragraphs: ["1(b)"] }, measures: [travel-ban] }`)]),
      '2000-03-01',
    );
    expect(state.diagnostics).toEqual([]);
    expect(measure(state, '200 (2000)#op_1__a').measures).toEqual(['asset-freeze']);
    expect(measure(state, '200 (2000)#op_1__b').measures).toEqual(['travel-ban']);
  });

  it('a subparagraph brought into force by another clause keeps its own measures, even where that clause lists several', () => {
    const state = consolidate(
      regimeOf([resolutionYaml(220, '2000-01-01', `
  - id: op_1
    number: 1
    text: Decides that all States shall
    subparagraphs:
      - { id: op_1__a, number: a, text: freeze the funds;, measures: [asset-freeze] }
      - { id: op_1__b, number: b, text: prevent the entry of the persons listed. }
  - id: op_2
    number: 2
    text: Decides that the measures in paragraph 1 shall come into force on adoption.
    effects: [{ action: impose, target: { paragraphs: ["1(a)", "1(b)"] }, measures: [asset-freeze, travel-ban] }]`)]),
      '2000-03-01',
    );
    expect(state.diagnostics).toEqual([]);
    expect(state.measures.map((m) => [m.key, m.measures])).toEqual([
      ['220 (2000)#op_1__a', ['asset-freeze']],
      ['220 (2000)#op_1__b', []],
    ]);
  });

  it('"the measures imposed by paragraph 1" are those whose entry into force paragraph 1 sets', async () => {
    const { regime } = await loadRegime('mini', MINI);
    const lifting = regimeOf([resolutionYaml(104, '2000-04-01', `
  - { id: op_1, number: 1, text: Decides to terminate the measures imposed by paragraph 1 of resolution 100 (2000)., effects: [{ action: terminate, target: { resolution: 100 (2000), paragraphs: ["1"] } }] }`, 'mini')]);
    const state = consolidate({ id: 'mini', documents: [...regime.documents.slice(0, 2), ...lifting.documents] }, '2000-04-01');
    expect(state.diagnostics).toEqual([]);
    expect(state.measures.map((m) => [m.key, m.status])).toEqual([
      ['100 (2000)#op_2', 'terminated'],
      ['100 (2000)#op_3', 'terminated'],
      ['100 (2000)#op_4', 'terminated'],
    ]);
  });

  it('cites a provision whose number is not confirmed by its clause id, never by a number', () => {
    const draftless = resolutionYaml(210, '2000-01-01', `
  - id: op_statues
    summary: { text: Ban on exports of statues., sources: [https://example.org], status: partly }
    measures: [export-ban:statues]
    effects: [{ action: impose, status: partly }]`);
    const state = consolidate(
      regimeOf([draftless, resolutionYaml(211, '2000-02-01', `
  - id: op_1
    number: 1
    text: Decides to terminate the ban on statues.
    effects: [{ action: terminate, target: { resolution: 210 (2000), clauses: [op_statues] }, status: confirmed }]`)]),
      '2000-03-01',
    );
    const statues = measure(state, '210 (2000)#op_statues');
    expect(statues.provision.paragraph).toBeUndefined();
    expect(statues.provision.numberStatus).toBe('unconfirmed');
    expect(statues.wording).toMatchObject({ kind: 'summary', status: 'partly' });
    expect(statues.status).toBe('terminated');
    expect(statues.history.map((e) => e.status)).toEqual(['partly', 'confirmed']);
  });

  it('reports a reference to a paragraph that does not exist, where it is written', () => {
    const state = consolidate(
      regimeOf([base, resolutionYaml(202, '2000-02-01', `
  - id: op_1
    number: 1
    text: Decides that paragraph 9 of resolution 200 (2000) is suspended.
    effects:
      - action: suspend
        target: { resolution: 200 (2000), paragraphs: ["9"] }`)]),
      '2000-03-01',
    );
    expect(state.diagnostics).toHaveLength(1);
    expect(state.diagnostics[0]).toMatchObject({ file: 'r1.yaml', line: 18, col: 17, severity: 'error', code: 'dangling-target' });
    expect(state.diagnostics[0]!.message).toContain('paragraph 9 of resolution 200 (2000)');
    expect(measure(state, '200 (2000)#op_1').status).toBe('in-force');
  });

  it('reports an effect on a clause that imposes nothing, on a resolution outside the regime, and on a committee that does not exist', () => {
    const state = consolidate(
      regimeOf([base, resolutionYaml(203, '2000-02-01', `
  - id: op_1
    number: 1
    text: Decides to terminate paragraph 3 of resolution 200 (2000) and paragraph 1 of resolution 150 (1999).
    effects:
      - { action: terminate, target: { resolution: 200 (2000), paragraphs: ["3"] } }
      - { action: terminate, target: { resolution: 150 (1999), paragraphs: ["1"] } }
      - { action: dissolve-committee, target: { resolution: 200 (2000), paragraphs: ["1"], committee: true } }`)]),
      '2000-03-01',
    );
    expect(codes(state)).toEqual(['not-a-measure', 'unknown-resolution', 'no-committee']);
    expect(measure(state, '200 (2000)#op_1').status).toBe('in-force');
    expect(state.committees[0]!.status).toBe('active');
  });
});

describe('consolidate: conflicting effects are diagnostics, not crashes', () => {
  const imposing = resolutionYaml(300, '2000-01-01', `
  - id: op_1
    number: 1
    text: Decides that all States shall prevent the supply of arms.
    measures: [arms-embargo]
    effects: [{ action: impose }]`);

  /** A resolution whose one paragraph acts on the arms embargo of resolution 300 (2000). */
  const actingOnIt = (number: number, adopted: string, action: string, text: string) => resolutionYaml(number, adopted, `
  - { id: op_1, number: 1, text: ${text}, effects: [{ action: ${action}, target: { resolution: 300 (2000), paragraphs: ["1"] } }] }`);

  it('a suspension of a measure already terminated', () => {
    const state = consolidate(
      regimeOf([
        imposing,
        actingOnIt(301, '2000-02-01', 'terminate', 'Decides to terminate the arms embargo.'),
        actingOnIt(302, '2000-03-01', 'suspend', 'Decides to suspend the arms embargo.'),
      ]),
      '2000-04-01',
    );
    expect(state.diagnostics.map((d) => [d.file, d.severity, d.code])).toEqual([['r2.yaml', 'error', 'acts-on-terminated']]);
    expect(state.diagnostics[0]!.message).toContain('already terminated (2000-02-01 by resolution 301 (2000), paragraph 1)');
    expect(measure(state, '300 (2000)#op_1').status).toBe('terminated');
  });

  it('two documents acting on one paragraph the same day', () => {
    const state = consolidate(
      regimeOf([
        imposing,
        actingOnIt(303, '2000-02-01', 'suspend', 'Decides to suspend the arms embargo.'),
        actingOnIt(304, '2000-02-01', 'exempt', 'Decides to exempt arms for peacekeepers.'),
        // A review the same day changes nothing, so its order does not matter.
        actingOnIt(305, '2000-02-01', 'review', 'Expresses its readiness to review the arms embargo.'),
      ]),
      '2000-04-01',
    );
    expect(state.diagnostics.map((d) => [d.file, d.severity, d.code])).toEqual([['r2.yaml', 'warning', 'same-day-effects']]);
    expect(state.diagnostics[0]!.message).toContain('also acted on by 303 (2000) on 2000-02-01');
  });

  it('a chain of replacements that runs in a circle', () => {
    const state = consolidate(
      regimeOf([
        resolutionYaml(305, '2000-01-01', `
  - id: op_1
    number: 1
    text: Decides that all States shall prevent the supply of arms, and that from 1 December this paragraph replaces paragraph 1 of resolution 306 (2000).
    measures: [arms-embargo]
    effects:
      - { action: impose }
      - { action: replace, target: { resolution: 306 (2000), paragraphs: ["1"] }, effective: { date: 2000-12-01 } }`),
        resolutionYaml(306, '2000-06-01', `
  - { id: op_1, number: 1, text: Decides that paragraph 1 of resolution 305 (2000) is replaced by this paragraph., measures: [arms-embargo], effects: [{ action: replace, target: { resolution: 305 (2000), paragraphs: ["1"] } }] }`),
      ]),
      '2001-01-01',
    );
    expect(state.diagnostics.map((d) => [d.file, d.code])).toEqual([['r0.yaml', 'circular-replace']]);
    expect(state.measures.map((m) => [m.key, m.status, m.replacedBy])).toEqual([
      ['305 (2000)#op_1', 'terminated', '306 (2000)#op_1'],
      ['306 (2000)#op_1', 'in-force', undefined],
    ]);
  });

  it('an end date: the measure ceases after it, and an amendment can move it', () => {
    const sunset = resolutionYaml(307, '2000-01-01', `
  - { id: op_1, number: 1, text: Decides that the arms embargo applies until 30 June 2000., measures: [arms-embargo], effects: [{ action: impose, effective: { until: 2000-06-30 } }] }`);
    const regime = regimeOf([sunset]);
    expect(measure(consolidate(regime, '2000-06-30'), '307 (2000)#op_1').status).toBe('in-force');
    const lapsed = measure(consolidate(regime, '2000-07-01'), '307 (2000)#op_1');
    expect(lapsed.status).toBe('terminated');
    expect(lapsed.ended).toMatchObject({ reason: 'expired', at: { date: '2000-07-01' } });

    const extended = regimeOf([sunset, resolutionYaml(308, '2000-06-01', `
  - { id: op_1, number: 1, text: Decides that the arms embargo applies until 31 December 2000., effects: [{ action: amend, target: { resolution: 307 (2000), paragraphs: ["1"] }, direction: loosen, effective: { until: 2000-12-31 } }] }`)]);
    const amended = measure(consolidate(extended, '2000-07-01'), '307 (2000)#op_1');
    expect(amended.status).toBe('in-force');
    expect(amended.until).toBe('2000-12-31');
    expect(amended.wording.text).toBe('Decides that the arms embargo applies until 31 December 2000.');
  });

  it('a zone it does not know, read as UTC and reported', () => {
    const state = consolidate(regimeOf([resolutionYaml(309, '2000-01-01', `
  - { id: op_1, number: 1, text: Decides., measures: [arms-embargo], effects: [{ action: impose, effective: { date: 2000-01-05, time: "12:00", zone: Mars } }] }`)]), '2000-02-01');
    expect(codes(state)).toEqual(['unknown-time-zone']);
    expect(state.measures[0]!.since?.utc).toBe('2000-01-05T12:00:00.000Z');
  });
});
