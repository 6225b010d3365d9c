import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import { parseAsOf } from '../../src/consolidate/moment.js';
import { ganttChart, mermaidName } from '../../src/render/report/lib/mermaid-gantt.js';
import { measureTimeline } from '../../src/render/report/regime/timeline.js';
import { readGantt } from './support/mermaid-grammar.js';
import { clauseText } from './support/nasty-text.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('mermaidName', () => {
  it('leaves nothing Mermaid reads as syntax, and keeps every other character in order', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const name = mermaidName(text);
        expect(name).toMatch(/^[^#:;%\n\r]*$/);
        const kept = (s: string) => s.replace(/[#:;%\s\uA789\uFF03\uFF05,]/gu, '');
        expect(kept(name)).toBe(kept(text));
      }),
      { numRuns: 500 },
    );
  });

  it('puts look-alikes in place of the characters Mermaid cuts names at', () => {
    expect(mermaidName('Resolution 841 (1993): para. #5; 100%')).toBe('Resolution 841 (1993)\uA789 para. \uFF035, 100\uFF05');
  });
});

describe('ganttChart', () => {
  it('writes charts that Mermaid reads back exactly, whatever the names', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(clauseText, clauseText), { minLength: 1, maxLength: 4 }), (names) => {
        const sections = names.map(([section, bar]) => ({ name: section, bars: [{ name: `In force ${bar}`, start: '1993-06-23', end: '1993-08-27', style: 'active' as const }, { name: `Draft would ${bar}`, start: '1993-08-27', style: 'crit' as const }] }));
        const chart = readGantt(ganttChart(`Timeline ${names[0]![0]}`, sections).value);
        expect(chart.title).toBe(mermaidName(`Timeline ${names[0]![0]}`));
        expect(chart.tasks.map((task) => task.section)).toEqual(sections.flatMap((section) => section.bars.map(() => mermaidName(section.name))));
        expect(chart.tasks.map((task) => task.name)).toEqual(sections.flatMap((section) => section.bars.map((bar) => mermaidName(bar.name))));
        expect(new Set(chart.tasks.map((task) => task.id)).size).toBe(chart.tasks.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('regime timelines', () => {
  it('draw the Haiti regime as the resolutions made it: in force, suspended by 861, in force again under 873', async () => {
    const { regime } = await loadRegime('haiti', 'resolutions');
    const state = consolidate(regime, parseAsOf('1993-10-19')!);
    const chart = readGantt(measureTimeline('Haiti', state.measures, { until: '1993-10-19' }).value);
    const petroleum = chart.tasks.filter((task) => task.section.endsWith('841 (1993) para 5'));
    expect(petroleum.map((task) => [task.name, task.start, task.end])).toEqual([
      ['In force, 841 (1993) para 3', '1993-06-23', '1993-08-27'],
      ['Suspended, 861 (1993) para 1', '1993-08-27', '1993-10-18'],
      ['In force again, 873 (1993) para 1', '1993-10-18', '1993-10-19'],
    ]);
    const freeze = chart.tasks.filter((task) => task.section.endsWith('841 (1993) para 8'));
    expect(freeze.find((task) => task.name.startsWith('Exemption'))).toMatchObject({ name: 'Exemption, 873 (1993) para 2', tags: ['milestone'], start: '1993-10-13', end: '0d' });
    for (const task of chart.tasks) {
      expect(task.start).toMatch(DATE);
      if (task.end !== '0d') expect(task.end > task.start).toBe(true);
    }
  });

  it('mark what a draft would do in red, after the history', async () => {
    const { regime } = await loadRegime('southern-rhodesia', 'resolutions');
    const state = consolidate(regime, parseAsOf('1980-01-01')!);
    const chart = readGantt(measureTimeline('Southern Rhodesia', state.measures, { until: '1980-01-01', draftKey: '460 (1979)' }).value);
    const ends = chart.tasks.filter((task) => task.tags.includes('crit'));
    expect(ends.length).toBe(state.measures.length);
    for (const task of ends) expect(task).toMatchObject({ name: 'Draft would terminate', start: '1979-12-21', tags: ['milestone', 'crit'] });
  });
});
