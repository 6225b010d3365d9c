import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The sources each summary paragraph of the Akoma Ntoso rendering lists, as printed. */
function sourceLines(xml: string): string[] {
  return [...xml.matchAll(/<span class="editorialSources">([^<]*)<\/span>/g)].map((m) => m[1]!);
}

describe('Akoma Ntoso shows each summary\'s sources with their rank, as the reports do', () => {
  it('UN sources first, a source of rank other as "unverified source" (S/RES/1718 (2006), DPRK)', async () => {
    const run = await runCli(['render', 'resolutions/dprk/S-RES-1718-2006.yaml', '--format', 'akn'], { cwd: ROOT });
    expect(run.code).toBe(0);
    const lines = sourceLines(run.stdout);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).toMatch(/^ \(sources: .*\)$/);
      const ranks = [...line.matchAll(/\((UN source|government source|press or research source|unverified source)\)/g)].map((m) => m[1]);
      expect(ranks.length).toBeGreaterThan(0);
      const order = ['UN source', 'government source', 'press or research source', 'unverified source'];
      expect(ranks.map((r) => order.indexOf(r!))).toEqual([...ranks.map((r) => order.indexOf(r!))].sort((a, b) => a - b));
    }
    expect(lines.some((l) => l.includes('press.un.org') && l.indexOf('(UN source)') < l.indexOf('(unverified source)'))).toBe(true);
    expect(lines.some((l) => /profilpelajar\.com\S* \(unverified source\)/.test(l))).toBe(true);
  });
});
