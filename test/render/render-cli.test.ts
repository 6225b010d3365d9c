import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HAITI_841 = path.join(ROOT, 'resolutions/haiti/S-RES-841-1993.yaml');

const NEGOTIATED = `# yaml-language-server: $schema=../../schemas/resolution.schema.json
symbol: S/2019/961
kind: draft
status: circulated
revision: rev.1
dates:
  circulated: 2019-12-16
sponsors: [China, Russian Federation]
language: en
completeness: full
preamble:
  - id: pp_1
    text: Recalling its previous relevant resolutions,
operative:
  - id: op_1
    number: 1
    text: >-
      Decides that all States shall [immediately | within 30 days] lift the measures [, in
      particular those on seafood and textiles,] concerned;
    brackets:
      - { state: open, proposedBy: [China, United States of America] }
      - { state: agreed, agreedOption: 0, proposedBy: [Russian Federation], note: Dropped at the meeting of 18 December. }
  - id: op_2
    number: 2
    text: Decides to remain seized of the matter.
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bluedraft-render-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The text of a Markdown rendering as a reader sees it, paragraph by paragraph. */
function readMarkdown(markdown: string): string[] {
  const plain = (node: Nodes): string => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '');
  const out: string[] = [];
  const walk = (node: Nodes) => (node.type === 'paragraph' || node.type === 'heading' ? out.push(plain(node)) : 'children' in node && (node.children as Nodes[]).forEach(walk));
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown));
  return out;
}

describe('bluedraft render', () => {
  it('prints an adopted resolution in the official layout', async () => {
    const run = await runCli(['render', HAITI_841]);
    expect(run.code).toBe(0);
    const paragraphs = run.stdout.split('\n\n');
    expect(paragraphs.slice(0, 4)).toEqual(['RESOLUTION 841 (1993)', 'Adopted by the Security Council at its 3238th meeting, on 16 June 1993', 'The Security Council,', expect.stringMatching(/^Having received a letter/)]);
    expect(paragraphs).toContain('(a) To examine the reports submitted pursuant to paragraph 13 below;');
    expect(paragraphs.at(-1)).toBe('17. Decides to remain seized of the matter.\n');
  });

  it('prints the opening words in italics in Markdown', async () => {
    const run = await runCli(['render', HAITI_841, '--format', 'md']);
    expect(run.stdout).toMatch(/^# Resolution 841 \(1993\)\n/);
    expect(run.stdout).toContain('\n_Having received_ a letter from the Permanent Representative');
    expect(run.stdout).toContain('\n_Acting_, therefore, under Chapter VII');
    expect(run.stdout).toContain('\n5. _Decides_ that all States shall prevent');
    expect(run.stdout).toContain('\n11. _Calls upon_ all States to cooperate fully');
  });

  it('prints a draft’s symbol, sponsors and date, and its brackets as negotiators write them', async () => {
    const dir = workspace({ 'draft.yaml': NEGOTIATED });
    const run = await runCli(['render', 'draft.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n\n').slice(0, 4)).toEqual(['S/2019/961', 'China and Russian Federation: revised draft resolution', '16 December 2019', 'The Security Council,']);
    expect(run.stdout).toContain('1. Decides that all States shall [immediately | within 30 days] lift the measures [, in particular those on seafood and textiles,] concerned;');
  });

  it('notes in Markdown who proposed each bracket and where it stands', async () => {
    const dir = workspace({ 'draft.yaml': NEGOTIATED });
    const run = await runCli(['render', 'draft.yaml', '--format', 'md'], { cwd: dir });
    const read = readMarkdown(run.stdout);
    expect(read).toContain('Decides that all States shall [immediately | within 30 days] lift the measures [, in particular those on seafood and textiles,] concerned;');
    expect(read).toContain('Open. Option 1 proposed by China; Option 2 proposed by United States of America.');
    expect(read).toContain('Agreed: the bracketed language is dropped. Proposed by Russian Federation. Dropped at the meeting of 18 December.');
    expect(run.stdout).toContain('within 30 days][^op_1-1]');
  });

  it('refuses a clean text while a bracket is open, pointing at it', async () => {
    const dir = workspace({ 'draft.yaml': NEGOTIATED });
    const run = await runCli(['render', 'draft.yaml', '--clean'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const line = NEGOTIATED.split('\n').findIndex((l) => l.includes('[immediately'));
    const col = NEGOTIATED.split('\n')[line]!.indexOf('[immediately') + 1;
    expect(run.stderr).toContain(`draft.yaml:${line + 1}:${col}  error  bracket 1 of \`op_1\` is still open: [immediately | within 30 days] (proposed by China and United States of America)  [bracket-open]`);
    expect(run.stderr).toContain('1 bracket is not yet agreed, so there is no clean text; nothing was rendered');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('prints the clean text once every bracket is agreed', async () => {
    const agreed = NEGOTIATED.replace('{ state: open, proposedBy: [China, United States of America] }', '{ state: agreed, agreedOption: 2, proposedBy: [China, United States of America] }');
    const dir = workspace({ 'draft.yaml': agreed });
    const run = await runCli(['render', 'draft.yaml', '--clean', '--format', 'md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readMarkdown(run.stdout)).toContain('Decides that all States shall within 30 days lift the measures concerned;');
    expect(run.stdout).not.toContain('[^');
  });

  it('refuses a clean text from malformed brackets', async () => {
    const dir = workspace({ 'draft.yaml': NEGOTIATED.replace('[immediately | within 30 days]', '[immediately | within 30 days') });
    const run = await runCli(['render', 'draft.yaml', '--clean'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[bracket-nested]');
  });

  it('marks editorial summaries and unconfirmed numbers, never printing them as official', async () => {
    const run = await runCli(['render', path.join(ROOT, 'resolutions/dprk/S-RES-2397-2017.yaml')]);
    expect(run.stdout).toContain('This is not the complete official text.');
    expect(run.stdout).toMatch(/\n4\. Editorial summary, not the official text: Annual cap on crude oil/);
    expect(run.stdout).toContain('(Paragraph number not confirmed; clause op_fishing_rights_ban.) Editorial summary, not the official text:');
  });

  it('writes to a file, never over an existing one without --force, and never over the resolution file', async () => {
    const dir = workspace({ 'draft.yaml': NEGOTIATED, 'out.md': 'my notes\n' });
    const refused = await runCli(['render', 'draft.yaml', '-o', 'out.md'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(readFileSync(path.join(dir, 'out.md'), 'utf8')).toBe('my notes\n');
    const forced = await runCli(['render', 'draft.yaml', '-o', 'out.md', '--force'], { cwd: dir });
    expect(forced).toMatchObject({ code: 0, stdout: 'rendered draft.yaml to out.md\n' });
    expect(readFileSync(path.join(dir, 'out.md'), 'utf8')).toMatch(/^# S\/2019\/961\n/);
    const self = await runCli(['render', 'draft.yaml', '-o', 'draft.yaml', '--force'], { cwd: dir });
    expect(self.code).toBe(2);
    expect(readFileSync(path.join(dir, 'draft.yaml'), 'utf8')).toBe(NEGOTIATED);
  });

  it('reports a file that does not load, and a missing file, without a stack trace', async () => {
    const dir = workspace({ 'bad.yaml': 'kind: draft\n' });
    const bad = await runCli(['render', 'bad.yaml'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.yaml:1:1 {2}error/m);
    const missing = await runCli(['render', 'nowhere.yaml'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr + missing.stdout).not.toMatch(STACK_TRACE);
  });
});

describe('bluedraft render of a draft with no symbol yet', () => {
  it('heads the Markdown with the draft’s own header line, once', async () => {
    const dir = workspace({ 'draft.yaml': NEGOTIATED.replace('symbol: S/2019/961\n', '') });
    const run = await runCli(['render', 'draft.yaml', '--format', 'md'], { cwd: dir });
    expect(run.stdout).toMatch(/^# China and Russian Federation: revised draft resolution\n\n16 December 2019\n\nThe Security Council,\n/);
  });
});
