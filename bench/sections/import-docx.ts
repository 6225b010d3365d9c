import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { compared, type Figure } from '../figure.js';
import { timeProcesses } from '../measure.js';

const CORPUS = 'test/fixtures/corpus-unsc/en';
/** About 40 pages at 500 words a page. */
const WORDS = 20_000;
const PAGE_WORDS = 500;

/** The longest text of the corpus kept in the repository. */
function longestText(root: string): string {
  const folder = path.join(root, CORPUS);
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt'));
  const longest = files.reduce((best, file) => (statSync(path.join(folder, file)).size > statSync(path.join(folder, best)).size ? file : best));
  return readFileSync(path.join(folder, longest), 'utf8');
}

/** A line as Markdown that keeps it as typed: a paragraph number stays a list marker (so pandoc writes Word numbering), all other punctuation is escaped. */
function markdownLine(line: string, number: () => number): string {
  const trimmed = line.trimStart();
  const marker = /^\d{1,3}\.\s+/.exec(trimmed);
  const rest = (marker ? trimmed.slice(marker[0].length) : trimmed).replace(/[!-/:-@[-`{-~]/g, '\\$&');
  return marker ? `${number()}. ${rest}` : rest;
}

/**
 * A long resolution: the longest corpus text's header, then its body repeated, paragraphs
 * numbered on, until it holds WORDS words; as Markdown whose lines stay lines.
 */
function longResolution(text: string): { markdown: string; words: number } {
  const lines = text.split('\n');
  const opening = Math.max(0, lines.findIndex((l) => /^The Security Council,/.test(l.trim())));
  const header = lines.slice(0, opening + 1);
  const body = lines.slice(opening + 1);
  let next = 0;
  const number = () => ++next;
  const out = header.map((l) => markdownLine(l, () => 0));
  let words = header.join(' ').split(/\s+/).length;
  while (words < WORDS) {
    out.push('', ...body.map((l) => markdownLine(l, number)));
    words += body.join(' ').split(/\s+/).length;
  }
  return { markdown: out.join('\n'), words };
}

/**
 * `bluedraft import` of a 40-page Word file (made by pandoc from the longest corpus text
 * repeated, its paragraph numbers as Word numbering) against pandoc converting the same file
 * to plain text, interleaved round by round.
 */
export function benchImportDocx(context: BenchContext): Figure[] {
  const folder = path.join(context.work, 'import-docx');
  mkdirSync(folder, { recursive: true });
  const probe = spawnSync('pandoc', ['--version'], { stdio: 'ignore' });
  const label = 'import a 40-page .docx';
  if (probe.error || probe.status !== 0) return [{ id: 'import.docx', label, unit: 'ms', value: Number.NaN, note: 'pandoc is not installed (`apt-get install pandoc`): it makes the Word file and is the peer' }];
  const { markdown, words } = longResolution(longestText(context.root));
  writeFileSync(path.join(folder, 'long.md'), markdown);
  const made = spawnSync('pandoc', ['-f', 'markdown+hard_line_breaks-smart', '-o', 'long.docx', 'long.md'], { cwd: folder });
  if (made.status !== 0) throw new Error(`pandoc could not make the Word file: ${String(made.stderr)}`);
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const times = timeProcesses(
    [
      // Exit 1 is allowed: the repeated text prints the same citations again and may not validate; the whole import runs either way.
      { name: 'bluedraft', command: node, args: [...cli, 'import', 'long.docx', '-o', 'long.yaml', '--force'], cwd: folder, exitCodes: [0, 1] },
      { name: 'pandoc', command: 'pandoc', args: ['long.docx', '-t', 'plain', '-o', 'long.txt'], cwd: folder },
    ],
    { runs: 7, warmup: 1 },
  );
  const mine = times.get('bluedraft')!;
  const pandoc = times.get('pandoc')!;
  const size = statSync(path.join(folder, 'long.docx')).size;
  return [
    compared({
      id: 'import.docx',
      label,
      unit: 'ms',
      value: mine.median,
      timing: mine,
      peer: { name: 'pandoc long.docx -t plain', value: pandoc.median, timing: pandoc },
      note: `${words} words (≈ ${Math.round(words / PAGE_WORDS)} pages), ${Math.round(size / 1024)} KB; whole process: unzip, numbering, clauses, citations, effects, YAML, validation of the file written; pandoc only extracts the text`,
    }),
  ];
}
