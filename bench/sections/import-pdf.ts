import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadedDocument } from '../../test/support/loaded-document.js';
import { fodtToPdfs, unLayoutFodt } from '../../test/support/un-layout-pdf.js';
import type { BenchContext } from '../context.js';
import { compared, type Figure } from '../figure.js';
import { timeProcesses } from '../measure.js';
import { renderedText } from '../rendered-text.js';

/** The shipped resolution whose text is repeated: long, with subparagraphs and annexes. */
const SHIPPED = 'resolutions/libya/S-RES-883-1993.yaml';
/** About 40 pages of the UN layout. */
const PAGES = 40;

/** The resolution's rendered text, its operative paragraphs repeated and numbered on, until it fills about `pages` pages (about 560 words a page). */
function longText(text: string, pages: number): string {
  const blocks = text.split(/\n\n+/);
  const first = blocks.findIndex((b) => /^\d+\.\s/.test(b));
  const body = blocks.slice(first).filter((b) => !/^(?:Annex|ANNEX)/.test(b) && /^(?:\d+\.|\([a-z]+\))\s/.test(b));
  const out = blocks.slice(0, first);
  let number = 0;
  while (out.join(' ').split(/\s+/).length < pages * 560) for (const block of body) out.push(block.replace(/^\d+\./, () => `${++number}.`));
  return `${out.join('\n\n')}\n`;
}

/**
 * The floor pdf.js sets: a Node script that only extracts every page's text with pdf.js, with
 * the settings import uses (worker in the same thread, no fonts loaded), and writes it out.
 */
function pdfjsScript(root: string): string {
  const build = path.join(root, 'node_modules/pdfjs-dist/legacy/build');
  return `import { readFileSync, writeFileSync } from 'node:fs';
globalThis.pdfjsWorker = await import(${JSON.stringify(path.join(build, 'pdf.worker.mjs'))});
const pdfjs = await import(${JSON.stringify(path.join(build, 'pdf.mjs'))});
const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
const out = [];
for (let n = 1; n <= document.numPages; n++) {
  const page = await document.getPage(n);
  const content = await page.getTextContent();
  out.push(content.items.map((item) => item.str ?? '').join(' '));
}
writeFileSync(process.argv[3], out.join('\\n'));
`;
}

function pageCount(file: string): number | undefined {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '');
  return pages ? Number(pages[1]) : undefined;
}

/**
 * `bluedraft import` of a 40-page PDF in the UN layout (a shipped resolution's text repeated,
 * typeset by LibreOffice with running header, page numbers, job number and footnotes) against
 * poppler's `pdftotext` extracting the same PDF, interleaved round by round.
 */
export function benchImportPdf(context: BenchContext): Figure[] {
  const folder = path.join(context.work, 'import-pdf');
  mkdirSync(folder, { recursive: true });
  const label = `import a ${PAGES}-page PDF`;
  for (const [tool, pkg] of [['soffice', 'libreoffice-writer-nogui'], ['pdftotext', 'poppler-utils']] as const) {
    const probe = spawnSync(tool, ['--version'], { stdio: 'ignore' });
    if (probe.error) return [{ id: 'import.pdf', label, unit: 'ms', value: Number.NaN, note: `${tool} is not installed (\`apt-get install ${pkg}\`): it is needed to make the PDF or is the peer` }];
  }
  const document = loadedDocument(path.join(context.root, SHIPPED));
  const text = longText(renderedText(document), PAGES);
  const { long } = fodtToPdfs({ long: unLayoutFodt({ symbol: document.symbol!, job: '93-12345 (E)', language: 'en', text, hyphenate: true, footnotes: [{ after: 'resolution 731 (1992)', text: 'See resolution 731 (1992) of 21 January 1992.' }] }) });
  const file = path.join(folder, 'long.pdf');
  writeFileSync(file, long!);
  writeFileSync(path.join(folder, 'pdfjs-text.mjs'), pdfjsScript(context.root));
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const times = timeProcesses(
    [
      { name: 'pdfjs', command: node, args: ['pdfjs-text.mjs', 'long.pdf', 'long-pdfjs.txt'], cwd: folder },
      // Exit 1 is allowed: the repeated paragraphs cite themselves again and may not validate; the whole import runs either way.
      { name: 'bluedraft', command: node, args: [...cli, 'import', 'long.pdf', '-o', 'long.yaml', '--force'], cwd: folder, exitCodes: [0, 1] },
      { name: 'pdftotext', command: 'pdftotext', args: ['-layout', 'long.pdf', 'long.txt'], cwd: folder },
    ],
    { runs: 7, warmup: 1 },
  );
  const mine = times.get('bluedraft')!;
  const peer = times.get('pdftotext')!;
  const pdfjs = times.get('pdfjs')!;
  const pages = pageCount(file);
  return [
    compared({
      id: 'import.pdf-pdfjs',
      label: `${label}, against pdf.js alone`,
      unit: 'ms',
      value: mine.median,
      timing: mine,
      peer: { name: 'node + pdf.js getTextContent, every page', value: pdfjs.median, timing: pdfjs },
      note: 'the same runs as above; the peer only extracts the text, with the settings import uses: the rest is what import adds (lines, layout, clauses, effects, YAML)',
    }),
    compared({
      id: 'import.pdf',
      label,
      unit: 'ms',
      value: mine.median,
      timing: mine,
      peer: { name: 'pdftotext -layout (poppler), same PDF', value: peer.median, timing: peer },
      note: `${pages ?? '?'} pages, ${(statSync(file).size / 1024).toFixed(0)} KB, made by LibreOffice from ${SHIPPED} repeated; the whole command (start-up, pdf.js, import, YAML written) against text extraction only; median of ${mine.runs} interleaved runs`,
    }),
  ];
}
