/**
 * The comparison document's defining property: accepting all its tracked changes gives exactly
 * the new text, rejecting them all gives exactly the old one, paragraph by paragraph with Word's
 * numbering (numbers and labels included), read with this repository's own small reader
 * (support/word-view.ts), on the golden diff cases and many generated revisions; and the markup
 * that makes it so. comparison-pandoc.test.ts checks the same with pandoc.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolutionDocument } from '../../../src/model/document.js';
import { clauseText } from '../../report/support/nasty-text.js';
import '../../support/property-seed.js';
import { comparisonPairs } from './support/comparison-cases.js';
import { docx, printedLines, revision, textView } from './support/comparison.js';
import { parts, parseXml } from './support/word-view.js';

const pairs = comparisonPairs();

describe('diff --format docx: accepting all changes gives the new text, rejecting all the old one', () => {
  it.each(pairs.map((pair) => [pair.name, pair] as const))('%s (own reader, with numbers)', (_, pair) => {
    const bytes = docx(pair.old, pair.new);
    expect(textView(bytes, 'accept')).toEqual(printedLines(pair.new));
    expect(textView(bytes, 'reject')).toEqual(printedLines(pair.old));
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
    const id = /<w:comment w:id="(\d+)"/.exec(files['word/comments.xml']!)![1];
    expect(files['word/document.xml']).toMatch(new RegExp(`<w:commentRangeStart w:id="${id}"/>.*<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`));
    expect(files['word/document.xml']).not.toMatch(new RegExp(`<w:(ins|del|moveFrom|moveTo) w:id="${id}"`));
  });


  it('holds on generated revisions (own reader, with numbers)', () => {
    fc.assert(
      fc.property(revision, (pair) => {
        const bytes = docx(pair.old, pair.new);
        expect(textView(bytes, 'accept')).toEqual(printedLines(pair.new));
        expect(textView(bytes, 'reject')).toEqual(printedLines(pair.old));
      }),
      { numRuns: 40 },
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
      { numRuns: 60 },
    );
  });
});
