import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importResolution } from '../../../src/import/import-resolution.js';
import type { ResolutionDocument } from '../../../src/model/document.js';
import { clauseWords } from '../clause-words.js';
import { importBytes } from './build-docx.js';
import { asMarkdown, pandocDocx } from './pandoc-docx.js';

const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/corpus-unsc/en');
/** Every 90th text of the corpus, from its first: texts of every period, none chosen by hand. */
const SAMPLE = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().filter((_, k) => k % 90 === 0);

/** A clause's words without control characters: XML, and so a Word file, cannot hold the form feeds some corpus texts keep from their page breaks. */
function words(document: ResolutionDocument): string[] {
  return clauseWords(document).map((w) => [...w].filter((c) => c >= ' ' || c === '\n' || c === '\t').join(''));
}

function numbers(document: ResolutionDocument): unknown[] {
  return document.operative.map((o) => [o.number, (o.subparagraphs ?? []).map((s) => s.number)]);
}

describe('real corpus texts made into Word files by pandoc import to the same clauses as the texts themselves', () => {
  const docx = new Map<string, Uint8Array>();
  beforeAll(async () => {
    const made = await pandocDocx(SAMPLE.map((file) => asMarkdown(readFileSync(path.join(CORPUS, file), 'utf8'))));
    for (const [k, file] of SAMPLE.entries()) docx.set(file, made[k]!);
  });

  it.each(SAMPLE)('%s', (file) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const plain = importResolution(text, { file, format: 'text', schemaPath: 's.json' }).document;
    const word = importBytes(docx.get(file)!).document;
    expect(words(word)).toEqual(words(plain));
    expect(numbers(word)).toEqual(numbers(plain));
    // The numbers came from Word's numbering (pandoc writes its lists so), not from the words.
    if (plain.operative.some((o) => o.number !== undefined)) expect(strFromU8(unzipSync(docx.get(file)!)['word/document.xml']!)).toContain('<w:numId ');
    expect({ symbol: word.symbol, kind: word.kind, dates: word.dates, vote: word.vote }).toEqual({ symbol: plain.symbol, kind: plain.kind, dates: plain.dates, vote: plain.vote });
  });
});
