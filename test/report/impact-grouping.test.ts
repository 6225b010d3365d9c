/**
 * The China–Russia draft exempts inter-Korean projects from "resolutions 1718 (2006) and
 * subsequent": one effect that reaches every measure of the regime still in force. The impact
 * report states it once and lists the measures it alone changes, so that the terminations the
 * draft names stay in view. Expectations are derived from the assessment, not written out.
 */
import { describe, expect, it } from 'vitest';
import { collectiveName, collectiveReach, groupImpacts, impactSummary } from '../../src/consolidate/collective.js';
import { describeProvision } from '../../src/consolidate/describe.js';
import { assessImpact } from '../../src/consolidate/impact.js';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import { loadDocument } from '../../src/load/load-document.js';
import { capitalise } from '../../src/render/report/lib/names.js';
import { renderImpactReport } from '../../src/render/report/index.js';
import { checkReport } from './support/check-report.js';
import { readGantt } from './support/mermaid-grammar.js';

const loaded = await loadDocument('resolutions/dprk/draft-2019-12-16-cn-ru.yaml');
if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
const { regime } = await loadRegime('dprk', 'resolutions');
const result = assessImpact(loaded.loaded, regime);
if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
const report = result.report;
const markdown = renderImpactReport(report);

const { individual, collective } = groupImpacts(report);
const changed = individual.filter((impact) => impact.category !== 'unchanged');
const alone = collective.flatMap((effect) => effect.alone);

/** The rows of the "At a glance" table, as arrays of cells. */
function glanceRows(): string[][] {
  const section = markdown.slice(markdown.indexOf('## At a glance'), markdown.indexOf('## Timeline'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| -'))
    .slice(1)
    .map((line) => line.slice(2, -2).split(' | '));
}

function headings(level: number): string[] {
  return markdown.split('\n').filter((line) => line.startsWith(`${'#'.repeat(level)} `)).map((line) => line.slice(level + 1));
}

describe('the impact report groups an effect on the whole regime', () => {
  it('has one such effect to group, which alone changes most of the measures the draft reaches', () => {
    expect(collective).toHaveLength(1);
    expect(collective[0]!.scope).toBe('regime-wide');
    expect(alone.length).toBeGreaterThan(changed.length);
  });

  it('says so in the summary: the categories of the measures it names, then the effect and how many measures it alone changes', () => {
    const summary = markdown.split('\n').find((line) => line.startsWith('**Summary:**'));
    expect(summary).toBe(`**Summary:** ${capitalise(impactSummary(report).join(', '))}.`);
    expect(summary).toContain(`${collectiveName(collective[0]!)} reaching ${alone.length} `);
    expect(summary).not.toContain(`${report.summary.loosened} loosened`);
  });

  it('gives it one row at a glance, and none to the measures it alone changes', () => {
    const rows = glanceRows();
    expect(rows).toHaveLength(changed.length + collective.length);
    const grouped = rows.filter((row) => row[0] === 'loosen (regime-wide)');
    expect(grouped).toHaveLength(1);
    expect(grouped[0]![1]).toContain(`${capitalise(collectiveReach(collective[0]!))} (${alone.length} measures)`);
    expect(rows.filter((row) => row[0] === 'loosen')).toHaveLength(changed.filter((impact) => impact.category === 'loosened').length);
  });

  it('states the effect once, in a section of its own, and lists each measure it alone changes on one line, without a section for each', () => {
    const title = headings(3).filter((heading) => heading.startsWith(capitalise(collectiveName(collective[0]!))));
    expect(title).toEqual([`${capitalise(collectiveName(collective[0]!))}: ${describeProvision(collective[0]!.entry.by)}`]);
    for (const impact of alone) {
      const where = describeProvision(impact.measure.provision);
      expect(headings(3).filter((heading) => heading.endsWith(`: ${where}`))).toEqual([]);
      expect(markdown.split('\n').filter((line) => line.startsWith('- ') && line.endsWith(`: ${where}`))).toHaveLength(1);
    }
    for (const impact of changed) expect(headings(3).filter((heading) => heading.endsWith(`: ${describeProvision(impact.measure.provision)}`))).toHaveLength(1);
  });

  it('keeps the measure that a paragraph of its own also exempts in its own section, pointing to the regime-wide effect', () => {
    const [exemption] = collective;
    expect(exemption!.alsoReaches.length).toBeGreaterThan(0);
    const sections = markdown.split(/\n(?=### )/);
    for (const impact of exemption!.alsoReaches) {
      const section = sections.find((text) => text.startsWith('### ') && text.split('\n')[0]!.endsWith(`: ${describeProvision(impact.measure.provision)}`));
      expect(section).toMatch(new RegExp(`It is the \\[${collectiveName(exemption!)}\\]\\(#[^)]+\\) that reaches`));
    }
  });

  it('draws the effect once in the timeline, and none of the measures it alone changes', () => {
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)![1]!;
    const sections = [...new Set(readGantt(chart).tasks.map((task) => task.section))];
    expect(sections).toHaveLength(changed.length + collective.length);
    expect(sections.filter((section) => section.startsWith(collectiveName(collective[0]!)))).toHaveLength(1);
  });

  it('renders as GitHub shows it, every link leading to a heading', () => {
    checkReport(markdown, ['table', 'mermaid', 'summaries']);
  });
});
