/**
 * The comparison document's defining property: accepting all its tracked changes gives exactly
 * the new text, rejecting them all gives exactly the old one. Checked two ways: with this
 * repository's own small reader, paragraph by paragraph with Word's numbering (numbers and
 * labels included), on many generated revisions; and with an independent reader, pandoc
 * (`--track-changes=accept|reject`), word for word, on the golden diff cases and on generated
 * revisions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { reviseResolution } from '../../../bench/generate.js';
import { diffResolutions } from '../../../src/diff/diff-resolutions.js';
import type { ResolutionDocument } from '../../../src/model/document.js';
import { layoutDocument } from '../../../src/render/document/layout.js';
import { printedText } from '../../../src/render/document/plain-text.js';
import { comparisonDocx } from '../../../src/render/docx/diff/comparison-docx.js';
import { insertParagraphs, mergeIntoList, mergeParagraphs, Random, resolution, shuffle, splitList, splitParagraph, type Ids } from '../../diff/generate.js';
import { clauseText } from '../../report/support/nasty-text.js';
import '../../support/property-seed.js';
import { comparisonPairs } from './support/comparison-cases.js';
import { parts, parseXml, viewLines, wordView, type View } from './support/word-view.js';

const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-comparison-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Whitespace is never a change (docs/diff.md): runs of it count as one space. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The plain-text layout's blocks. */
function printedLines(document: ResolutionDocument): string[] {
  return layoutDocument(document).blocks.flatMap((block) => printedText(block) ?? []).map(squeeze);
}

function docx(old: ResolutionDocument, updated: ResolutionDocument): Uint8Array {
  return comparisonDocx(old, updated, diffResolutions(old, updated), { author: 'Delegation of Ruritania', date: new Date('2026-12-07T15:00:00Z') });
}

/** The text after the cover: the paragraphs after the page break. */
function textView(bytes: Uint8Array, view: View): string[] {
  const paragraphs = wordView(bytes, view);
  return viewLines(paragraphs.slice(paragraphs.findIndex((p) => p.text === '\n') + 1)).map(squeeze);
}

/** Paragraphs as words, without the numbers and labels before them (pandoc numbers lists its own way). */
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

describe('diff --format docx: accepting all changes gives the new text, rejecting all the old one', () => {
  it.each(pairs.map((pair) => [pair.name, pair] as const))('%s (own reader, with numbers)', (_, pair) => {
    const bytes = docx(pair.old, pair.new);
    expect(textView(bytes, 'accept')).toEqual(printedLines(pair.new));
    expect(textView(bytes, 'reject')).toEqual(printedLines(pair.old));
  });

  it.each(pairs.map((pair) => [pair.name, pair] as const))('%s (pandoc)', (name, pair) => {
    const bytes = docx(pair.old, pair.new);
    const file = name.replace(/[^a-z0-9]+/gi, '-');
    expect(pandocWords(bytes, 'accept', file)).toEqual(words(printedLines(pair.new)));
    expect(pandocWords(bytes, 'reject', file)).toEqual(words(printedLines(pair.old)));
  });

  it('tracks the changes with the author and date given, moves as Word moves, in well-formed XML', () => {
    const pair = pairs.find((p) => p.name.includes('exchanged'))!;
    const files = parts(docx(pair.old, pair.new));
    for (const [name, xml] of Object.entries(files)) if (name.endsWith('.xml') || name.endsWith('.rels')) expect(() => parseXml(xml), name).not.toThrow();
    const document = files['word/document.xml']!;
    for (const element of ['w:ins ', 'w:del ', 'w:delText', 'w:moveFrom ', 'w:moveTo ', 'w:moveFromRangeStart', 'w:moveToRangeEnd', 'w:numPr']) expect(document).toContain(`<${element}`);
    expect(document).toContain('w:author="Delegation of Ruritania"');
    expect(document).toContain('w:date="2026-12-07T15:00:00Z"');
    expect(files['word/settings.xml']).toContain('<w:trackRevisions/>');
    expect(files['word/comments.xml']).toMatch(/w:author="Delegation of Ruritania".*Moved from OP \d+ to OP \d+\./);
  });

  it('records the old numbering as a paragraph-property change where the two texts number a paragraph differently', () => {
    const pair = pairs.find((p) => p.name.includes('numbered from 5'))!;
    const document = parts(docx(pair.old, pair.new))['word/document.xml']!;
    expect(document).toMatch(/<w:pPrChange [^>]*w:author="Delegation of Ruritania"[^>]*><w:pPr><w:pStyle w:val="Operative"\/><w:numPr>/);
  });

  it('says in a comment where a split paragraph comes from, in the report\'s words', () => {
    const pair = pairs.find((p) => p.name === 'diff-libya-883-list-split')!;
    const files = parts(docx(pair.old, pair.new));
    expect(files['word/comments.xml']).toContain('Split: OP 6 became OP 6 and OP 7.');
    expect(files['[Content_Types].xml']).toContain('/word/comments.xml');
    expect(files['word/document.xml']).toMatch(/<w:commentRangeStart w:id="0"\/>.*<w:commentRangeEnd w:id="0"\/><w:r><w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr><w:commentReference w:id="0"\/><\/w:r>/);
  });

  const seed = fc.integer({ min: 1, max: 0x7fffffff });
  const ids = fc.constantFrom<Ids>('stable', 'conventional');
  /** A generated resolution and a revision of it: words changed, paragraphs added, reordered, split or merged. */
  const revision = fc.tuple(seed, fc.integer({ min: 8, max: 40 }), ids, fc.integer({ min: 0, max: 4 })).map(([s, n, idKind, edit]) => {
    const random = new Random(s + 1);
    const old = resolution(s, n);
    const revised = [
      () => reviseResolution(random, old, 0.3),
      () => insertParagraphs(random, old, 3, idKind).revised,
      () => shuffle(random, old, idKind, true),
      () => splitList(random, splitParagraph(random, old, idKind)?.revised ?? old, idKind)?.revised ?? old,
      () => mergeIntoList(random, mergeParagraphs(random, old, idKind)?.revised ?? old, idKind)?.revised ?? old,
    ][edit]!();
    return { old, new: revised };
  });

  it('holds on generated revisions (own reader, with numbers)', () => {
    fc.assert(
      fc.property(revision, (pair) => {
        const bytes = docx(pair.old, pair.new);
        expect(textView(bytes, 'accept')).toEqual(printedLines(pair.new));
        expect(textView(bytes, 'reject')).toEqual(printedLines(pair.old));
      }),
      { numRuns: 60 },
    );
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

  it('shows any clause text literally, in well-formed XML', () => {
    fc.assert(
      fc.property(clauseText, clauseText, (first, second) => {
        const old: ResolutionDocument = { kind: 'draft', status: 'circulated', language: 'en', completeness: 'full', preamble: [{ id: 'pp_1', text: first }], operative: [{ id: 'op_1', number: 1, text: `Decides ${first} and ${second};` }, { id: 'op_2', number: 2, text: first }] };
        const updated: ResolutionDocument = { ...structuredClone(old), operative: [{ id: 'op_new', number: 1, text: second }, { id: 'op_1', number: 2, text: `Decides ${second} and ${first};` }] };
        const bytes = docx(old, updated);
        expect(textView(bytes, 'accept')).toEqual(printedLines(updated));
        expect(textView(bytes, 'reject')).toEqual(printedLines(old));
      }),
      { numRuns: 100 },
    );
  });
});
