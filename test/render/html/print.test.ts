/**
 * The HTML reports in a real browser (Debian's chromium, driven by playwright-core; nothing is
 * downloaded), one browser for the file: each page loads nothing but itself (no request, no
 * Content-Security-Policy violation, and its inline stylesheet is applied, so the CSP hash is
 * right); printed, the redline is struck through and underlined, rows and paragraphs are kept
 * whole, and the PDF holds the redline's words and the timeline's labels; an Arabic text reads
 * right to left; axe-core finds no serious or critical accessibility violation in the diff and
 * impact reports.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffResolutions } from '../../../src/diff/diff-resolutions.js';
import { reportHtml } from '../../../src/render/html/report-html.js';
import { diffReport } from '../../../src/render/report/index.js';
import { loadedDocument } from '../../support/loaded-document.js';
import { runCli } from '../../support/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core');
const ZERO = 'examples/haiti-hypothetical-draft/zero-draft.yaml';
const REV1 = 'examples/haiti-hypothetical-draft/rev1.yaml';

const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-html-print-'));
const files: Record<string, string> = {};
let browser: Browser;

async function writeReport(name: string, args: string[]): Promise<void> {
  const file = path.join(folder, `${name}.html`);
  const run = await runCli([...args, '--format', 'html', '-o', file]);
  expect(run, `${name} --format html`).toMatchObject({ code: 0, stderr: '' });
  files[name] = file;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (scripts/debian-packages.sh)`);
  await writeReport('diff', ['diff', ZERO, REV1]);
  await writeReport('impact', ['impact', 'resolutions/dprk/draft-2019-12-16-cn-ru.yaml']);
  await writeReport('regime', ['regime', 'haiti', '--as-of', '1993-10-19']);
  const arabic = (file: string, verb: string) => ({ ...loadedDocument(file), language: 'ar' as const, preamble: [{ id: 'pp_1', text: `${verb} إلى قراراته السابقة،` }] });
  const diff = diffResolutions(arabic(ZERO, 'إذ يشير'), arabic(REV1, 'وإذ يشير كذلك'));
  files.arabic = path.join(folder, 'arabic.html');
  writeFileSync(files.arabic, reportHtml(diffReport(diff), 'ar'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  requests: string[];
  refusals: string[];
}

/** Opens a report, recording every request it makes (anything not the file itself is refused) and every console message about a refusal. */
async function open(name: string, options: { bypassCSP?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false, viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  const refusals: string[] = [];
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('request', (request) => void requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) refusals.push(message.text());
  });
  await page.goto(pathToFileURL(files[name]!).href);
  return { page, requests, refusals };
}

describe('HTML reports in a browser', () => {
  it.each(['diff', 'impact', 'regime', 'arabic'])('%s: loads nothing but itself, and its stylesheet applies under its own CSP', async (name) => {
    const { page, requests, refusals } = await open(name);
    expect(requests).toEqual([pathToFileURL(files[name]!).href]);
    expect(refusals).toEqual([]);
    const applied = (await page.evaluate(`({ rules: document.styleSheets[0]?.cssRules.length ?? 0, bodyFont: getComputedStyle(document.documentElement).fontFamily })`)) as { rules: number; bodyFont: string };
    expect(applied.rules).toBeGreaterThan(20);
    expect(applied.bodyFont).toMatch(/Noto Sans CJK SC/);
    await page.context().close();
  });

  it('diff: printed, the redline keeps its lines and the PDF holds its words', async () => {
    const { page } = await open('diff');
    await page.emulateMedia({ media: 'print' });
    const printed = (await page.evaluate(`(() => {
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      return {
        del: style('del').textDecorationLine,
        ins: style('ins').textDecorationLine,
        row: style('tbody tr').breakInside,
        heading: style('h2').breakAfter,
        deleted: [...document.querySelectorAll('del')].map((e) => e.textContent),
        inserted: [...document.querySelectorAll('ins')].map((e) => e.textContent),
      };
    })()`)) as { del: string; ins: string; row: string; heading: string; deleted: string[]; inserted: string[] };
    expect(printed).toMatchObject({ del: 'line-through', ins: 'underline', row: 'avoid', heading: 'avoid' });
    const pdf = path.join(folder, 'diff.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Deeply disturbed', 'Gravely concerned', 'Changes in legal force']) expect(text).toContain(words);
    // Pages numbered "1 / N" at the foot of each page.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`\\b${n} ?/ ?${pages}\\b`));
    expect(printed.deleted).toContain('Deeply disturbed');
    expect(printed.inserted).toContain('Gravely concerned');
    await page.context().close();
  });

  it('regime: the printed timeline carries its labels into the PDF', async () => {
    const { page } = await open('regime');
    const pdf = path.join(folder, 'regime.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const labels = (await page.evaluate(`[...document.querySelectorAll('svg.timeline-chart text')].map((t) => t.textContent ?? '')`)) as string[];
    expect(labels).toContain('In force, 841 (1993) para 3');
    for (const label of ['In force, 841 (1993) para 3', 'Suspended, 861 (1993) para 1']) expect(text).toContain(label);
    await page.context().close();
  });

  it('arabic: the page reads right to left, English report wording left to right', async () => {
    const { page } = await open('arabic');
    const directions = (await page.evaluate(`({
      page: getComputedStyle(document.documentElement).direction,
      arabic: [...document.querySelectorAll('main p')].filter((p) => /^\\s*[\\u0600-\\u06ff]/.test(p.textContent ?? '')).map((p) => getComputedStyle(p).direction),
      english: getComputedStyle([...document.querySelectorAll('main p')].find((p) => (p.textContent ?? '').startsWith('Summary'))).direction,
    })`)) as { page: string; arabic: string[]; english: string };
    expect(directions.page).toBe('rtl');
    expect(directions.arabic.length).toBeGreaterThan(0);
    expect(new Set(directions.arabic)).toEqual(new Set(['rtl']));
    expect(directions.english).toBe('ltr');
    await page.context().close();
  });

  // axe-core takes seconds a page: the diff (redline, tables) and the impact (timeline, the most sections) stand for the others.
  it.each(['diff', 'impact'])('%s: axe-core finds no serious or critical violation', async (name) => {
    const { page } = await open(name, { bypassCSP: true });
    await page.addScriptTag({ path: AXE });
    const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, target: JSON.stringify(v.nodes[0]?.target) })))`)) as Array<{ id: string; impact: string; target: string }>;
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.target}`)).toEqual([]);
    await page.context().close();
  });
});
