import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';

/** A footnote to set after the first place `after` is printed in a paragraph. */
export interface LayoutFootnote {
  after: string;
  text: string;
}

/** A resolution's printed text and what the UN layout prints around it. */
export interface UnLayoutText {
  symbol: string;
  /** The job number of the English text: "17-23231 (E)". */
  job: string;
  language: 'en' | 'fr' | 'ru';
  /** The first page's masthead ("United Nations … Security Council … Distr.: General"), English only. */
  masthead?: { date: string };
  /** The text as `bluedraft render` prints it: paragraphs separated by blank lines. */
  text: string;
  footnotes?: LayoutFootnote[];
  /** Soft hyphens in long words, so that the printer divides them at line ends. */
  hyphenate?: boolean;
}

const NS = {
  'xmlns:office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  'xmlns:style': 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  'xmlns:text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  'xmlns:fo': 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  'xmlns:svg': 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
};

const COUNTRY = { en: 'US', fr: 'FR', ru: 'RU' } as const;

/** A soft hyphen in the middle of each long word in lower case, so that the printer may divide it there at a line end. */
function softHyphens(text: string): string {
  return text.replace(/(?<![\p{L}\p{M}])\p{Ll}{11,}(?![\p{L}\p{M}])/gu, (word) => {
    const middle = Math.floor(word.length / 2);
    return `${word.slice(0, middle)}\u00ad${word.slice(middle)}`;
  });
}

function paragraphStyle(name: string, props: Record<string, string>, text: Record<string, string> = {}): Element {
  return x('style:style', { 'style:name': name, 'style:family': 'paragraph', 'style:parent-style-name': 'Standard' }, [
    x('style:paragraph-properties', { 'fo:margin-bottom': '0.25cm', 'fo:text-align': 'justify', ...props }),
    x('style:text-properties', text),
  ]);
}

function styles(language: UnLayoutText['language']): Element[] {
  return [
    x('office:font-face-decls', [x('style:font-face', { 'style:name': 'Serif', 'svg:font-family': "'DejaVu Serif'" })]),
    x('office:styles', [
      x('style:default-style', { 'style:family': 'paragraph' }, [
        x('style:text-properties', { 'style:font-name': 'Serif', 'fo:font-size': '10pt', 'fo:language': language, 'fo:country': COUNTRY[language] }),
      ]),
      x('style:style', { 'style:name': 'Standard', 'style:family': 'paragraph' }),
      paragraphStyle('Footnote', { 'fo:margin-bottom': '0cm', 'fo:margin-left': '1.2cm', 'fo:text-indent': '-0.4cm' }, { 'fo:font-size': '8.5pt' }),
    ]),
    x('office:automatic-styles', [
      x('style:page-layout', { 'style:name': 'pm1' }, [
        x('style:page-layout-properties', { 'fo:page-width': '21cm', 'fo:page-height': '29.7cm', 'fo:margin-top': '1.3cm', 'fo:margin-bottom': '1.3cm', 'fo:margin-left': '2.2cm', 'fo:margin-right': '2.2cm' }),
        x('style:header-style', [x('style:header-footer-properties', { 'fo:min-height': '0.8cm', 'fo:margin-bottom': '0.6cm' })]),
        x('style:footer-style', [x('style:header-footer-properties', { 'fo:min-height': '0.8cm', 'fo:margin-top': '0.6cm' })]),
      ]),
      paragraphStyle('Title', { 'fo:text-align': 'center', 'fo:margin-bottom': '0.5cm' }, { 'fo:font-weight': 'bold' }),
      paragraphStyle('Preamble', { 'fo:margin-left': '1.2cm', 'fo:text-indent': '0.8cm' }),
      paragraphStyle('Operative', { 'fo:margin-left': '1.2cm', 'fo:text-indent': '-0.8cm' }),
      paragraphStyle('Sub', { 'fo:margin-left': '2.4cm', 'fo:text-indent': '-0.8cm' }),
      paragraphStyle('Right', { 'fo:text-align': 'end', 'fo:margin-bottom': '0cm' }),
      paragraphStyle('Left', { 'fo:text-align': 'start', 'fo:margin-bottom': '0cm' }),
    ]),
  ];
}

/** "1. Decides …" hangs its number in the margin; "(a) …" is indented further; a line of the header is centred. */
function styleOf(block: string, index: number): string {
  if (/^\d+\.\s/.test(block)) return 'Operative';
  if (/^\([a-z]+\)\s/.test(block)) return 'Sub';
  return index < 2 ? 'Title' : 'Preamble';
}

/** The paragraph's words with its footnotes set after the words they follow, and its number before a tab. */
function paragraphContent(block: string, footnotes: LayoutFootnote[], counter: { n: number }): ElementContent[] {
  const numbered = /^(\d+\.|\([a-z]+\))\s+/.exec(block);
  const words = numbered ? block.slice(numbered[0].length) : block;
  const content: ElementContent[] = numbered ? [{ type: 'text', value: numbered[1]! }, x('text:tab')] : [];
  let rest = words;
  for (const note of footnotes) {
    const at = rest.indexOf(note.after);
    if (at < 0) continue;
    const end = at + note.after.length;
    content.push({ type: 'text', value: rest.slice(0, end) });
    counter.n += 1;
    content.push(x('text:note', { 'text:id': `ftn${counter.n}`, 'text:note-class': 'footnote' }, [x('text:note-citation', String(counter.n)), x('text:note-body', [x('text:p', { 'text:style-name': 'Footnote' }, note.text)])]));
    rest = rest.slice(end);
  }
  content.push({ type: 'text', value: rest });
  return content;
}

/** The flat OpenDocument text of a resolution in the UN layout: running header with the symbol, footer with page number and job number, the first page with the job number and a bar-code line. */
export function unLayoutFodt(input: UnLayoutText): string {
  const blocks = input.text.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b !== '');
  const counter = { n: 0 };
  const pending = [...(input.footnotes ?? [])];
  const paragraphs = blocks.map((block, index) => {
    const here = pending.filter((note) => block.includes(note.after));
    for (const note of here) pending.splice(pending.indexOf(note), 1);
    const shown = input.hyphenate ? softHyphens(block) : block;
    return x('text:p', { 'text:style-name': styleOf(block, index) }, paragraphContent(shown, here, counter));
  });
  const barcode = `*${input.job.replace(/\D/g, '')}*`;
  const masthead = input.masthead
    ? [x('text:p', { 'text:style-name': 'Left' }, `United Nations ${input.symbol}`), x('text:p', { 'text:style-name': 'Left' }, `Security Council Distr.: General ${input.masthead.date}`)]
    : [x('text:p', { 'text:style-name': 'Right' }, input.symbol)];
  const masters = x('office:master-styles', [
    x('style:master-page', { 'style:name': 'First', 'style:page-layout-name': 'pm1', 'style:next-style-name': 'Standard' }, [
      x('style:header', masthead),
      x('style:footer', [x('text:p', { 'text:style-name': 'Left' }, input.job), x('text:p', { 'text:style-name': 'Left' }, barcode)]),
    ]),
    x('style:master-page', { 'style:name': 'Standard', 'style:page-layout-name': 'pm1' }, [
      x('style:header', [x('text:p', { 'text:style-name': 'Right' }, input.symbol)]),
      x('style:header-left', [x('text:p', { 'text:style-name': 'Left' }, input.symbol)]),
      x('style:footer', [x('text:p', { 'text:style-name': 'Right' }, [`${input.job.replace(/\s*\(.\)$/, '')} `, x('text:page-number', { 'text:select-page': 'current' }, '1'), '/', x('text:page-count', '1')])]),
      x('style:footer-left', [x('text:p', { 'text:style-name': 'Left' }, [x('text:page-number', { 'text:select-page': 'current' }, '1'), '/', x('text:page-count', '1'), ` ${input.job.replace(/\s*\(.\)$/, '')}`])]),
    ]),
  ]);
  const first = x('style:style', { 'style:name': 'FirstPage', 'style:family': 'paragraph', 'style:parent-style-name': 'Title', 'style:master-page-name': 'First' });
  const [fonts, common, automatic] = styles(input.language);
  automatic!.children.push(first);
  if (paragraphs[0]) paragraphs[0].attributes['text:style-name'] = 'FirstPage';
  const document = x('office:document', { ...NS, 'office:version': '1.3', 'office:mimetype': 'application/vnd.oasis.opendocument.text' }, [fonts!, common!, automatic!, masters, x('office:body', [x('office:text', paragraphs)])]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(document)}`;
}

/** A page that is only an image, as a scanner makes it: the PNG, full width, and no text. */
export function imageFodt(png: Uint8Array): string {
  const frame = x('draw:frame', { 'text:anchor-type': 'paragraph', 'svg:width': '16cm', 'svg:height': '22cm' }, [x('draw:image', [x('office:binary-data', Buffer.from(png).toString('base64'))])]);
  const document = x('office:document', { ...NS, 'xmlns:draw': 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0', 'xmlns:xlink': 'http://www.w3.org/1999/xlink', 'office:version': '1.3', 'office:mimetype': 'application/vnd.oasis.opendocument.text' }, [x('office:body', [x('office:text', [x('text:p', [frame])])])]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(document)}`;
}

/** LibreOffice's PDF export, with a password to open the file if one is given. */
function pdfFilter(password: string | undefined): string {
  if (password === undefined) return 'pdf';
  return `pdf:writer_pdf_Export:${JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: password } })}`;
}

/** Converts flat OpenDocument texts to PDF with LibreOffice (one run, a private profile) and returns the PDFs' bytes, by name. */
export function fodtToPdfs(documents: Record<string, string>, options: { password?: string } = {}): Record<string, Uint8Array> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bluedraft-pdf-'));
  try {
    const out = path.join(work, 'out');
    mkdirSync(out);
    const files = Object.entries(documents).map(([name, xml]) => {
      const file = path.join(work, `${name}.fodt`);
      writeFileSync(file, xml);
      return file;
    });
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', pdfFilter(options.password), '--outdir', out, ...files], { stdio: 'ignore', timeout: 120_000 });
    return Object.fromEntries(Object.keys(documents).map((name) => [name, new Uint8Array(readFileSync(path.join(out, `${name}.pdf`)))]));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Typesets each text in the UN layout with LibreOffice (one run) and returns the PDFs' bytes, by name. */
export function typesetPdfs(texts: Record<string, UnLayoutText>, options: { password?: string } = {}): Record<string, Uint8Array> {
  return fodtToPdfs(Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, unLayoutFodt(text)])), options);
}

/** The first page of a PDF as a PNG picture, as a scanner would see it (poppler's pdftoppm). */
export function pagePicture(pdf: Uint8Array, password?: string): Uint8Array {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bluedraft-scan-'));
  try {
    writeFileSync(path.join(work, 'in.pdf'), pdf);
    execFileSync('pdftoppm', [...(password === undefined ? [] : ['-upw', password]), '-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(work, 'in.pdf'), path.join(work, 'page')], { stdio: 'ignore' });
    return new Uint8Array(readFileSync(path.join(work, 'page.png')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
