import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import type { Measure, RegimeState } from '../../src/consolidate/types.js';

/** The measures of one resolution's paragraphs, in paragraph order. */
function paragraphs(state: RegimeState, resolution: string, numbers: number[]): Measure[] {
  return numbers.map((n) => {
    const found = state.measures.find((m) => m.provision.resolution === resolution && m.provision.paragraph === String(n));
    if (!found) throw new Error(`no measure for paragraph ${n} of ${resolution}`);
    return found;
  });
}

describe('Haiti, 1993 (the real corpus)', async () => {
  const { regime, diagnostics } = await loadRegime('haiti', 'resolutions');

  it('is read without problems, in the order of adoption', () => {
    expect(diagnostics).toEqual([]);
    expect(regime.documents.map((d) => d.key)).toEqual(['841 (1993)', '861 (1993)', '873 (1993)', '875 (1993)']);
  });

  it('as of 1993-07-01 the measures of 841 paras. 5–8 are in force, brought into force by para. 3 at 00:01 EST on 23 June; the calls of paras. 9, 11, 12 and 14 are no measures', () => {
    const state = consolidate(regime, '1993-07-01');
    expect(state.diagnostics).toEqual([]);
    expect(state.calls.map((call) => `${call.by.documentKey} ${call.by.paragraph} ${call.opening}`)).toEqual(['841 (1993) 9 Calls upon', '841 (1993) 11 Calls upon', '841 (1993) 12 Calls upon', '841 (1993) 13 Requests', '841 (1993) 14 Requests']);
    for (const measure of paragraphs(state, '841 (1993)', [5, 6, 7, 8])) {
      expect(measure.status).toBe('in-force');
      expect(measure.since).toMatchObject({ date: '1993-06-23', time: '00:01', zone: 'EST', utc: '1993-06-23T05:01:00.000Z' });
      const imposed = measure.history.find((e) => e.action === 'impose');
      expect(imposed?.by).toMatchObject({ resolution: '841 (1993)', paragraph: '3' });
      expect(imposed?.condition).toMatch(/^unless the Secretary-General/);
    }
    expect(paragraphs(state, '841 (1993)', [8])[0]!.measures).toContain('asset-freeze');
  });

  it('before 00:01 EST on 23 June they were adopted but not yet in force', () => {
    const state = consolidate(regime, '1993-06-23T00:00-05:00');
    expect(paragraphs(state, '841 (1993)', [5, 6, 7, 8]).map((m) => m.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('as of 1993-09-01 they are suspended by 861 para. 1', () => {
    const state = consolidate(regime, '1993-09-01');
    for (const measure of paragraphs(state, '841 (1993)', [5, 6, 7, 8])) {
      expect(measure.status).toBe('suspended');
      expect(measure.suspension?.by).toMatchObject({ resolution: '861 (1993)', paragraph: '1' });
    }
    // The suspension covered paragraphs 5 to 9 only: the Committee stays.
    expect(paragraphs(state, '841 (1993)', [10]).map((m) => m.status)).toEqual(['in-force']);
  });

  it('as of 1993-10-18 they are still suspended: the suspension ends at 23:59 EST that day', () => {
    const state = consolidate(regime, '1993-10-18');
    expect(paragraphs(state, '841 (1993)', [5, 6, 7, 8]).map((m) => m.status)).toEqual(['suspended', 'suspended', 'suspended', 'suspended']);
    expect(paragraphs(state, '841 (1993)', [5])[0]!.scheduled.map((e) => `${e.action} ${e.by.documentKey} ${e.by.paragraph}`)).toEqual(['reinstate 873 (1993) 1']);
  });

  it('as of 1993-10-19 they are in force again (873 para. 1), with 873 para. 2\'s release of frozen funds as an exemption', () => {
    const state = consolidate(regime, '1993-10-19');
    expect(state.diagnostics).toEqual([]);
    for (const measure of paragraphs(state, '841 (1993)', [5, 6, 7, 8])) {
      expect(measure.status).toBe('in-force');
      expect(measure.since).toMatchObject({ date: '1993-10-18', time: '23:59', zone: 'EST' });
      expect(measure.history.map((e) => e.action).filter((a) => a !== 'review' && a !== 'exempt')).toEqual(['impose', 'suspend', 'reinstate']);
      expect(measure.conditions.find((c) => c.action === 'reinstate')?.text).toMatch(/^unless the Secretary-General/);
    }
    const [freeze] = paragraphs(state, '841 (1993)', [8]);
    expect(freeze!.exemptions).toHaveLength(1);
    expect(freeze!.exemptions[0]!.by).toMatchObject({ resolution: '873 (1993)', paragraph: '2' });
    expect(freeze!.exemptions[0]!.wording?.text).toContain('may be released at the request of President Aristide');
    expect(paragraphs(state, '841 (1993)', [5, 6, 7]).every((m) => m.exemptions.length === 0)).toBe(true);
  });

  it('the 841 Committee gains the mandate of 873 para. 3', () => {
    const state = consolidate(regime, '1993-10-19');
    expect(state.committees).toHaveLength(1);
    expect(state.committees[0]).toMatchObject({ status: 'active', establishedBy: { resolution: '841 (1993)', paragraph: '10' } });
    expect(state.committees[0]!.mandate.map((e) => e.by)).toMatchObject([{ resolution: '873 (1993)', paragraph: '3' }]);
  });
});

describe('Southern Rhodesia, 1966–1979 (the real corpus)', async () => {
  const { regime, diagnostics } = await loadRegime('southern-rhodesia', 'resolutions');
  const chain = ['232 (1966)', '253 (1968)'];

  it('is read without problems', () => {
    expect(diagnostics).toEqual([]);
    expect(regime.documents.map((d) => d.key)).toEqual(['221 (1966)', '232 (1966)', '253 (1968)', '277 (1970)', '409 (1977)', '460 (1979)']);
  });

  it('on the eve of 460 (1979) the measures of 232 and 253 are in force and the 253 Committee is active', () => {
    const state = consolidate(regime, '1979-12-20');
    const measures = state.measures.filter((m) => chain.includes(m.provision.resolution!));
    expect(new Set(chain)).toEqual(new Set(measures.map((m) => m.provision.resolution)));
    expect(measures.every((m) => m.status === 'in-force')).toBe(true);
    expect(state.committees.find((c) => c.establishedBy.resolution === '253 (1968)')?.status).toBe('active');
  });

  it('as of 1980-01-01 every measure of 232, 253 and the later resolutions of the chain is terminated by 460 para. 2, and the 253 Committee dissolved by para. 3', () => {
    const state = consolidate(regime, '1980-01-01');
    expect(state.diagnostics).toEqual([]);
    const covered = state.measures.filter((m) => ['232 (1966)', '253 (1968)', '277 (1970)', '409 (1977)'].includes(m.provision.resolution!));
    expect(covered.filter((m) => chain.includes(m.provision.resolution!)).length).toBeGreaterThan(0);
    for (const measure of covered) {
      expect(measure.status).toBe('terminated');
      expect(measure.ended).toMatchObject({ reason: 'terminated', by: { resolution: '460 (1979)', paragraph: '2' }, at: { date: '1979-12-21' } });
    }
    const committee = state.committees.find((c) => c.establishedBy.resolution === '253 (1968)');
    expect(committee?.status).toBe('dissolved');
    expect(committee?.history.at(-1)).toMatchObject({ action: 'dissolve-committee', by: { resolution: '460 (1979)', paragraph: '3' } });
  });
});

describe('every shipped regime consolidates today without errors', async () => {
  const { regimes } = await loadRegime('', 'resolutions');
  it.each(regimes)('%s', async (id) => {
    const { regime } = await loadRegime(id, 'resolutions');
    const state = consolidate(regime, new Date().toISOString().slice(0, 10));
    expect(state.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(state.measures.length).toBeGreaterThan(0);
  });
});
