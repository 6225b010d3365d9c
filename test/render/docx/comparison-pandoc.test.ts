/**
 * The comparison document's defining property checked by an independent reader: pandoc, with
 * `--track-changes=accept` and `--track-changes=reject`, gives the new text's words and the old
 * text's words, paragraph by paragraph (numbers aside: pandoc numbers lists its own way and keeps
 * an empty item where a numbered paragraph was taken out), on the golden diff cases and on
 * generated revisions. One pandoc run per view and case.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import '../../support/property-seed.js';
import { comparisonPairs } from './support/comparison-cases.js';
import { docx, printedLines, revision } from './support/comparison.js';
import type { View } from './support/word-view.js';

const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-comparison-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Paragraphs as words, without the numbers and labels before them. */
function words(paragraphs: readonly string[]): string[] {
  // pandoc keeps an empty list item where a numbered paragraph was taken out: its number alone.
  const label = /^(?:\d+\.|\([^()\s]{1,8}\))(?:\s+|$)/;
  return paragraphs
    .map((p) => {
      let text = p.replace(/\s+/g, ' ').trim();
      while (label.test(text)) text = text.replace(label, '');
      return text;
    })
    .filter((p) => p !== '');
}

function pandocWords(bytes: Uint8Array, view: View, name: string): string[] {
  const file = path.join(folder, `${name}.docx`);
  writeFileSync(file, bytes);
  const plain = execFileSync('pandoc', [`--track-changes=${view}`, '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
  const body = plain.slice(plain.indexOf('so they follow either way.') + 'so they follow either way.'.length);
  return words(body.split(/\n[ \t]*\n/));
}

const pairs = comparisonPairs();

describe('diff --format docx read by pandoc: accepting all changes gives the new words, rejecting all the old ones', () => {
  it.each(pairs.map((pair) => [pair.name, pair] as const))('%s', (name, pair) => {
    const bytes = docx(pair.old, pair.new);
    const file = name.replace(/[^a-z0-9]+/gi, '-');
    expect(pandocWords(bytes, 'accept', file)).toEqual(words(printedLines(pair.new)));
    expect(pandocWords(bytes, 'reject', file)).toEqual(words(printedLines(pair.old)));
  });

  it('holds on generated revisions (pandoc)', () => {
    let run = 0;
    fc.assert(
      fc.property(revision, (pair) => {
        const bytes = docx(pair.old, pair.new);
        run++;
        expect(pandocWords(bytes, 'accept', `generated-${run}`)).toEqual(words(printedLines(pair.new)));
        expect(pandocWords(bytes, 'reject', `generated-${run}`)).toEqual(words(printedLines(pair.old)));
      }),
      { numRuns: 15 },
    );
  });
});
