import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importResolution, type ImportResult } from '../../../src/import/import-resolution.js';
import { importPdf } from '../../../src/import/pdf/import-pdf.js';
import { loadText } from '../../../src/load/load-document.js';
import type { AnnexItem, ResolutionDocument, Subparagraph } from '../../../src/model/document.js';
import { loadedDocument } from '../../support/loaded-document.js';
import { renderedText } from '../../support/rendered-text.js';
import { typesetPdfs, type UnLayoutText } from '../../support/un-layout-pdf.js';
import { clauseWords, wordStream } from '../clause-words.js';

/** Shipped resolutions with their full official text: short and long, with subparagraphs, headings and annexes. */
const SHIPPED = ['haiti/S-RES-841-1993', 'haiti/S-RES-873-1993', 'libya/S-RES-748-1992', 'libya/S-RES-883-1993', 'southern-rhodesia/S-RES-253-1968', 'southern-rhodesia/S-RES-460-1979'];

const FOOTNOTES: Record<string, UnLayoutText['footnotes']> = {
  'S-RES-841-1993': [{ after: '(S/25958)', text: 'Official Records of the Security Council, Forty-eighth Year, Supplement for April, May and June 1993, document S/25958.' }],
  'S-RES-748-1992': [{ after: 'resolution 731 (1992)', text: 'See resolution 731 (1992) of 21 January 1992.' }, { after: 'the Charter', text: 'Charter of the United Nations, Article 25.' }],
  fr: [{ after: 'Groupe d’experts', text: 'Voir S/2030/100 (document hypothétique, non publié par l’ONU).' }],
  ru: [{ after: 'Группа экспертов', text: 'См. S/2030/100 (гипотетический документ, не изданный ООН).' }],
};

interface Case {
  layout: UnLayoutText;
  /** The same text read as plain text: what the PDF must give back, clause for clause. */
  plain: ImportResult;
  source?: string;
}

const cases = new Map<string, Case>();
const imported = new Map<string, ImportResult>();

function jobNumber(k: number): string {
  return `${String(30 + k).padStart(2, '0')}-${String(12345 + 1111 * k).slice(0, 5)} (E)`;
}

beforeAll(async () => {
  for (const [k, file] of SHIPPED.entries()) {
    const document = loadedDocument(`resolutions/${file}.yaml`);
    const text = renderedText(document);
    const name = file.split('/')[1]!;
    cases.set(name, { layout: { symbol: document.symbol!, job: jobNumber(k), language: 'en', text, hyphenate: true, footnotes: FOOTNOTES[name] ?? [] }, plain: importResolution(text, { file: 'plain.txt', format: 'text', schemaPath: 's.json' }), source: `resolutions/${file}.yaml` });
  }
  for (const language of ['fr', 'ru'] as const) {
    const text = readFileSync(`test/fixtures/pdf/${language}-hypothetical.txt`, 'utf8');
    cases.set(language, { layout: { symbol: 'S/RES/9001 (2030)', job: '30-99999 (F)', language, text, hyphenate: true, footnotes: FOOTNOTES[language] }, plain: importResolution(text, { file: 'plain.txt', format: 'text', schemaPath: 's.json' }) });
  }
  const pdfs = typesetPdfs(Object.fromEntries([...cases].map(([name, c]) => [name, c.layout])));
  for (const [name, bytes] of Object.entries(pdfs)) imported.set(name, await importPdf(bytes, { file: `${name}.pdf`, format: 'text', schemaPath: '../../schemas/resolution.schema.json' }));
}, 120_000);

/** Every clause's words, in document order (numbers and labels left aside: the shipped files record OCR misreadings of them). */
function clauseTexts(document: ResolutionDocument): string[] {
  const nested = (subs: Subparagraph[] | undefined): string[] => (subs ?? []).flatMap((s) => [s.text ?? '', ...nested(s.subparagraphs)]);
  const items = (list: AnnexItem[] | undefined): string[] => (list ?? []).flatMap((i) => [i.text ?? '', ...items(i.items)]);
  return [...document.preamble.map((p) => p.text ?? ''), ...document.operative.flatMap((p) => [p.heading ?? '', p.text ?? '', ...nested(p.subparagraphs)]), ...(document.annexes ?? []).flatMap((a) => [a.title ?? '', ...items(a.items)])];
}

/** The word a line-end hyphen decision made, as the diagnostic names it: "abovementioned". */
function hyphenDecisions(result: ImportResult): string[] {
  return result.diagnostics.filter((d) => d.code === 'import-dehyphenated' || d.code === 'import-hyphen-kept').map((d) => /^"([^"]+)"/.exec(d.message)?.[1] ?? '');
}

describe('a PDF in the UN layout gives back the clauses of its text', () => {
  it.each([...SHIPPED.map((f) => f.split('/')[1]!), 'fr', 'ru'])('%s: the same clauses word for word as the plain text', (name) => {
    const { plain } = cases.get(name)!;
    const result = imported.get(name)!;
    const fromPdf = clauseWords(result.document);
    const fromText = clauseWords(plain.document);
    expect(fromPdf.length).toBe(fromText.length);
    expect(result.document.operative.map((p) => p.id)).toEqual(plain.document.operative.map((p) => p.id));
    expect(result.document.preamble.map((p) => p.id)).toEqual(plain.document.preamble.map((p) => p.id));
    // Word for word: where a clause differs at all, it is only by a hyphen at a line end the printer or the text had, and the decision is reported with the word.
    const decided = hyphenDecisions(result);
    for (const [k, words] of fromPdf.entries()) {
      if (words === fromText[k]) continue;
      expect(wordStream(words), `clause ${k}`).toBe(wordStream(fromText[k]!));
      const differing = words.split(/\s+/).filter((w) => !fromText[k]!.split(/\s+/).includes(w));
      for (const word of differing) expect(decided.some((d) => word.includes(d)), `"${word}" in clause ${k} differs from the text without a reported hyphen decision`).toBe(true);
    }
  });

  it.each(SHIPPED.map((f) => f.split('/')[1]!))('%s: the clauses hold the shipped file\'s words, in order', (name) => {
    const source = loadedDocument(cases.get(name)!.source!);
    expect(clauseTexts(imported.get(name)!.document).map(wordStream)).toEqual(clauseTexts(source).map(wordStream));
  });

  it('keeps footnotes as notes, with where their marker stands, and out of every clause', () => {
    const result = imported.get('S-RES-841-1993')!;
    const note = result.document.notes?.find((n) => n.startsWith('Footnote 1 of the source'));
    expect(note).toContain('"Official Records of the Security Council, Forty-eighth Year, Supplement for April, May and June 1993, document S/25958."');
    expect(note).toMatch(/Its marker stands after "[^"]*\(S\/25958\)" \(page 1, line \d+\)/);
    expect(JSON.stringify(result.document.preamble)).not.toContain('Forty-eighth Year');
    const two = imported.get('S-RES-748-1992')!.document.notes!.filter((n) => /^Footnote \d of the source/.test(n));
    expect(two.map((n) => n.slice(0, 10))).toEqual(['Footnote 1', 'Footnote 2']);
    for (const language of ['fr', 'ru']) expect(imported.get(language)!.document.notes!.some((n) => n.includes('S/2030/100'))).toBe(true);
  });

  it('leaves the running header, the page numbers, the job number and the bar code out of the clauses, each noted with its page and line', () => {
    const result = imported.get('S-RES-253-1968')!;
    const notes = result.document.notes!.join('\n');
    expect(notes).toMatch(/Page 1, line \d+ of the PDF, "34-16789 \(E\)", is a job number/);
    expect(notes).toMatch(/Page 1, line \d+ of the PDF, "\*3416789\*", is a bar code/);
    expect(notes).toMatch(/Page 2, line 1 of the PDF, "S\/RES\/253 \(1968\)", is a running header/);
    expect(notes).toMatch(/Page 2, line \d+ of the PDF, "2\/4 34-16789", is a running footer/);
    expect(notes).toMatch(/Page 3, line \d+ of the PDF, "34-16789 3\/4", is a job number/);
    const pages = new Set(result.setAside.filter((s) => s.kind === 'page-furniture').map((s) => s.line));
    expect(pages.size).toBeGreaterThan(1);
    expect(clauseWords(result.document).join(' ')).not.toMatch(/34-16789|S\/RES\/253 \(1968\)/);
  });

  it('places every doubt at a page, a line and its words', () => {
    for (const result of imported.values()) {
      for (const d of result.diagnostics) expect(d.where, `${d.code}: ${d.message}`).toMatch(/^page \d+(?:, line \d+, ".+")?$/);
    }
    // A divided word is quoted with the words that lead up to it, as it stands at the line's end.
    const joined = imported.get('S-RES-841-1993')!.diagnostics.filter((d) => d.code === 'import-dehyphenated');
    expect(joined.length).toBeGreaterThan(0);
    for (const d of joined) {
      const first = /^"(\p{L}+)"/u.exec(d.message)![1]!;
      expect(d.where).toMatch(/^page \d, line \d+, "…?.*\p{L}-"$/u);
      expect(first.startsWith(/(\p{L}+)-"$/u.exec(d.where!)![1]!.replace(/.*\s/, ''))).toBe(true);
    }
  });

  it.each(['fr', 'ru'])('%s: the opening words open the body, and the numbered paragraphs and their subparagraphs are read as in English', (language) => {
    const { document } = imported.get(language)!;
    expect(document.preamble).toHaveLength(4);
    expect(document.operative.map((p) => [p.number, (p.subparagraphs ?? []).map((s) => s.number)])).toEqual([[1, []], [2, ['a', 'b']], [3, []], [4, []]]);
    expect(document.preamble[0]!.text).not.toMatch(/Conseil de sécurité|Совет Безопасности/);
  });

  it('reports a printer\'s hyphen kept in a Cyrillic word, where it stands', () => {
    const text = readFileSync('test/fixtures/pdf/ru-hypothetical.txt', 'utf8');
    const kept = imported.get('ru')!.diagnostics.filter((d) => d.code === 'import-hyphen-kept' && /^"\p{Script=Cyrillic}+-\p{Script=Cyrillic}+"/u.test(d.message));
    const printers = kept.filter((d) => !text.includes(/^"([^"]+)"/.exec(d.message)![1]!));
    expect(printers.length).toBeGreaterThan(0);
    for (const d of printers) expect(d.where).toMatch(/^page \d+, line \d+, ".+"$/);
  });

  it('reads the language of the text', () => {
    expect(imported.get('S-RES-841-1993')!.document.language).toBe('en');
    expect(imported.get('fr')!.document.language).toBe('fr');
    expect(imported.get('ru')!.document.language).toBe('ru');
  });

  it('writes a file that loads', () => {
    for (const [name, result] of imported) {
      const loaded = loadText(`${name}.yaml`, result.yaml);
      expect(loaded.ok, name).toBe(true);
    }
  });
});
