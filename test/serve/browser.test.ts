/**
 * The workbench in a real browser (Debian's chromium, driven by playwright-core; nothing is
 * downloaded): library, a comparison of two real resolutions with a moved paragraph, keys from
 * change to change, a document's citations, the China–Russia draft's impact, the regime as of a
 * date, import, downloads, live update, hostile texts. axe-core checks every page. Screenshots
 * go to a temporary folder, or to docs/screenshots/ with UPDATE_SCREENSHOTS=1.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/start-server.js';
import { HOSTILE, writeHostileDrafts } from './support/hostile-drafts.js';
import { ROOT, servedFolder } from './support/served-folder.js';

const CHROMIUM = '/usr/bin/chromium';
const AXE = createRequire(import.meta.url).resolve('axe-core');
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/screenshots') : mkdtempSync(path.join(tmpdir(), 'bluedraft-shots-'));
const RHODESIA = { old: 'southern-rhodesia/S-RES-232-1966.yaml', new: 'southern-rhodesia/S-RES-253-1968.yaml' };
const CN_RU = 'dprk/draft-2019-12-16-cn-ru.yaml';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let folder: string;
let hostile: { old: string; new: string };
const dialogs: string[] = [];
const offsite: string[] = [];

const url = (page: string, query: Record<string, string> = {}) => `${server.url.replace(/\/$/, '')}${page}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`;

/** axe-core, injected into the page (the context bypasses the CSP for the test's own script only). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  // Run in the page (a string: the test is compiled without the DOM's types).
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, target: JSON.stringify(v.nodes[0] && v.nodes[0].target) })))`)) as Array<{ id: string; impact: string; target: string }>;
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.target}`);
}

async function open(page: Page, address: string, shot?: string, axe = true): Promise<void> {
  const response = await page.goto(address);
  expect(response?.status()).toBe(200);
  if (shot) await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: false });
  if (axe) expect(await seriousViolations(page)).toEqual([]);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (scripts/debian-packages.sh)`);
  mkdirSync(SHOTS, { recursive: true });
  folder = servedFolder();
  hostile = writeHostileDrafts(folder);
  server = await startServer({ dir: folder });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  context = await browser.newContext({ bypassCSP: true, acceptDownloads: true, viewport: { width: 1280, height: 860 } });
  context.on('page', (page) => page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss())));
  // Every request the pages make must go to the server itself.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (!target.startsWith(server.url)) {
      offsite.push(target);
      return route.abort();
    }
    return route.continue();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the workbench in a browser', () => {
  it('shows the library with each file’s check, and a file’s problems at their lines', async () => {
    writeFileSync(path.join(folder, 'haiti', 'broken.yaml'), readFileSync(path.join(folder, 'dprk', 'S-RES-2356-2017.yaml'), 'utf8').replace(/^kind: resolution$/m, 'kind: resolutoin'));
    server.workspace.invalidate();
    const page = await context.newPage();
    await open(page, url('/'), 'library');
    await expect.poll(() => page.locator('h2').allTextContents()).toContain('Haiti sanctions regime');
    const row = page.locator('tr', { hasText: 'haiti/broken.yaml' });
    expect(await row.textContent()).toMatch(/✗ \d+ error/);
    await row.getByRole('link', { name: 'Problems at their lines' }).click();
    await page.waitForURL(/\/file\?/);
    const problem = page.locator('tr.problem .note').first();
    expect(await problem.textContent()).toMatch(/^error at \d+:\d+ — /);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('compares two real resolutions: moved badge, redline, keys from change to change, only what binds', async () => {
    const page = await context.newPage();
    await open(page, url('/compare', RHODESIA), 'compare');
    expect(await page.locator('.badge.moved').count()).toBeGreaterThan(0);
    expect(await page.locator('.rows del').count()).toBeGreaterThan(0);
    expect(await page.locator('.rows ins').count()).toBeGreaterThan(0);
    // Changes of legal force come before the paragraphs.
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.indexOf('Changes of legal force')).toBeLessThan(headings.indexOf('Paragraphs'));
    const changes = page.locator('[data-change]');
    const count = await changes.count();
    expect(count).toBeGreaterThan(3);
    await page.keyboard.press('j');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(await changes.nth(0).getAttribute('id'));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(await changes.nth(2).getAttribute('id'));
    await page.keyboard.press('k');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(await changes.nth(1).getAttribute('id'));
    expect(await page.locator('#live-status').textContent()).toMatch(/^Change 2 of \d+/);
    const moved = page.locator('[data-change]:has(.badge.moved)').first();
    await moved.focus();
    await moved.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'compare-moved.png') });
    // The filter: fewer rows, each binding or a change of force.
    await page.getByLabel('Only changes that bind').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/binding=1/);
    const bound = await page.locator('[data-change]').count();
    expect(bound).toBeGreaterThan(0);
    expect(bound).toBeLessThan(count);
    await open(page, url('/compare', { ...RHODESIA, view: 'inline' }));
    expect(await page.locator('.row.inline del').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('works under its own Content-Security-Policy: its script and styles load, nothing is refused', async () => {
    const strict = await browser.newContext();
    const page = await strict.newPage();
    const refused: string[] = [];
    page.on('console', (message) => void (/Content.Security.Policy|Refused to/i.test(message.text()) && refused.push(message.text())));
    await page.goto(url('/compare', RHODESIA));
    await page.keyboard.press('j');
    expect(await page.evaluate('document.activeElement && document.activeElement.hasAttribute("data-change")')).toBe(true);
    expect(await page.evaluate('getComputedStyle(document.querySelector(".badge")).borderTopStyle')).toBe('solid');
    await page.goto(url('/impact', { draft: CN_RU }));
    await page.goto(url('/document', { doc: 'haiti/S-RES-873-1993.yaml' }));
    expect(refused).toEqual([]);
    await strict.close();
  });

  it('downloads the comparison as Markdown, the same report as `diff --format md`', async () => {
    const page = await context.newPage();
    await page.goto(url('/compare', RHODESIA));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('comparison.md');
    const saved = path.join(mkdtempSync(path.join(tmpdir(), 'bluedraft-dl-')), 'comparison.md');
    await download.saveAs(saved);
    const { runCli } = await import('../support/run-cli.js');
    const cli = await runCli(['diff', path.join(folder, RHODESIA.old), path.join(folder, RHODESIA.new), '--format', 'md']);
    expect(readFileSync(saved, 'utf8')).toBe(cli.stdout);
    await page.close();
  });

  it('shows a document in UN layout with the cited wording on hover and on focus', async () => {
    const page = await context.newPage();
    await open(page, url('/document', { doc: 'haiti/S-RES-873-1993.yaml' }), 'document');
    const citation = page.locator('.cite', { hasText: 'paragraph 8 of resolution 841 (1993)' }).first();
    const wording = citation.locator('.wording');
    expect(await wording.isVisible()).toBe(false);
    await citation.locator('a').hover();
    expect(await wording.isVisible()).toBe(true);
    expect(await wording.textContent()).toMatch(/^8\. Decides/);
    expect(await citation.locator('a').getAttribute('aria-describedby')).toBe(await wording.getAttribute('id'));
    await page.mouse.move(0, 0);
    await citation.locator('a').focus();
    expect(await wording.isVisible()).toBe(true);
    await citation.locator('a').click();
    await page.waitForURL(/S-RES-841-1993\.yaml#op_8$/);
  });

  it('shows the impact of the China–Russia draft with its timeline drawn', async () => {
    const page = await context.newPage();
    await open(page, url('/impact', { draft: CN_RU }), 'impact');
    expect(await page.locator('h1').textContent()).toBe('What the draft of 16 December 2019 would do to the DPRK sanctions regime');
    const timeline = page.locator('figure.timeline svg').first();
    await timeline.scrollIntoViewIfNeeded();
    expect(await timeline.locator('polygon[fill="#c62828"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'impact-timeline.png') });
    await page.close();
  });

  it('shows the regime as of the date picked', async () => {
    const page = await context.newPage();
    await open(page, url('/regime', { id: 'haiti', asOf: '1993-07-01' }));
    await page.getByLabel('In force on').fill('1993-10-19');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/asOf=1993-10-19/);
    expect(await page.locator('h1').textContent()).toBe('The Haiti sanctions regime as of 19 October 1993');
    await page.screenshot({ path: path.join(SHOTS, 'regime.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('imports a text without writing it, compares it, and saves it only when asked (never over a file)', async () => {
    const page = await context.newPage();
    await open(page, url('/import'), 'import');
    const text = readFileSync(path.join(ROOT, 'test/fixtures/corpus-unsc/en', 'S_RES_0841_1993_EN_GOLD.txt'), 'utf8');
    const before = readdirSync(folder, { recursive: true }).length;
    await page.locator('input[type=file]').setInputFiles({ name: 'S_RES_0841_1993_EN_GOLD.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForURL(/document\?doc=upload/, { timeout: 60_000 });
    expect(await page.locator('article.resolution h1').textContent()).toBe('RESOLUTION 841 (1993)');
    expect(await seriousViolations(page)).toEqual([]);
    expect(readdirSync(folder, { recursive: true }).length).toBe(before);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/\/compare\?/);
    await page.goBack();
    await page.getByLabel('Save into the folder as').fill('imported-841.yaml');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/doc=imported-841\.yaml/, { timeout: 60_000 });
    expect(existsSync(path.join(folder, 'imported-841.yaml'))).toBe(true);
    await page.goBack();
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.locator('main').textContent()).toContain('already exists in the folder; it was not overwritten');
    await page.close();
  });

  it('updates an open page when a file in the folder changes', async () => {
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.waitForLoadState('load');
    const source = readFileSync(path.join(folder, 'libya', 'S-RES-748-1992.yaml'), 'utf8');
    await page.waitForTimeout(300);
    writeFileSync(path.join(folder, 'libya', 'copy-748.yaml'), source);
    await expect.poll(async () => page.locator('code', { hasText: 'libya/copy-748.yaml' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('shows hostile texts literally on every page, with no markup, script or request of their own', async () => {
    const page = await context.newPage();
    const pages = [url('/'), url('/document', { doc: hostile.new }), url('/compare', hostile), url('/compare', { ...hostile, view: 'inline' }), url('/impact', { draft: hostile.new }), url('/file', { doc: hostile.old })];
    for (const address of pages) {
      // Each kind of page is checked by axe-core above; here what matters is what the texts become.
      await open(page, address, undefined, false);
      const shown = (await page.evaluate(`({
        // The words as shown, without what the page adds beside them: a negotiation bracket's note mark, a citation's pop-up.
        text: (() => { const main = document.querySelector('main').cloneNode(true); main.querySelectorAll('sup.bracket-note, .wording').forEach((added) => added.remove()); return main.textContent.replace(/\\s+/g, ' '); })(),
        scripts: document.scripts.length,
        foreign: [...document.querySelectorAll('img, iframe, textarea, object, embed, body style, main script')].map((element) => element.tagName),
        links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((href) => !href.startsWith('/') && !href.startsWith('#') && !href.startsWith('?')),
      })`)) as { text: string; scripts: number; foreign: string[]; links: string[] };
      expect(shown.scripts, address).toBe(1);
      expect(shown.foreign, address).toEqual([]);
      expect(shown.links, address).toEqual([]);
      if (address.includes('/document') || address.includes('/compare') || address.includes('/file')) {
        for (const text of HOSTILE) expect(shown.text, `${address}: ${text}`).toContain(text);
      } else expect(shown.text).toContain(`Hostile ${HOSTILE[0]}`);
    }
    expect(dialogs).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });
});
