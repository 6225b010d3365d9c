import { cMapFolder, pdfEngine } from './pdf-engine.js';
import type { PdfItem, PdfPage, PdfText } from './pdf-item.js';
import { PdfUnreadable } from './pdf-unreadable.js';

/** pdf.js's `TextItem`, the fields read here (a marked-content item has no `str`). */
interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

/** A PDF file starts with "%PDF-" within its first 1,024 bytes (ISO 32000-1, 7.5.2, as readers allow). */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function pageItems(items: readonly TextItemLike[]): { items: PdfItem[]; rotated: number } {
  const kept: PdfItem[] = [];
  let rotated = 0;
  for (const item of items) {
    if (item.str === undefined || item.transform === undefined || item.str === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0 || d <= 0) {
      if (item.str.trim() !== '') rotated++;
      continue;
    }
    kept.push({ text: item.str, x, y, size: d, width: item.width ?? 0 });
  }
  return { items: kept, rotated };
}

/** A whole PDF ends with "%%EOF" (perhaps followed by a line end or a little padding); a file cut short in transfer does not. */
function endsWhole(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1').includes('%%EOF');
}

/** What pdf.js says when it cannot open a file, as a reason a person understands. */
function openingProblem(error: unknown): PdfUnreadable {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new PdfUnreadable('encrypted', 'the PDF is protected by a password: its text cannot be read', 'open it with its password and save (or print) it as a PDF without a password, then import that copy');
  }
  const detail = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
  return new PdfUnreadable('damaged', `the PDF is damaged and cannot be read${detail}`, 'download or export the PDF again; if it was cut short in transfer, the new copy will be whole');
}

/**
 * The text of a PDF, page by page, read with pdf.js: each text item with its place and size.
 * Fonts are neither loaded nor evaluated (only the text is needed). Throws `PdfUnreadable` for
 * a file that is not a PDF, is encrypted or is damaged beyond reading.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  if (!looksLikePdf(bytes)) throw new PdfUnreadable('not-pdf', 'the file is not a PDF: it does not begin with "%PDF-"', 'give the file its real extension (.docx, .txt …), or export the document as PDF again');
  if (!endsWhole(bytes)) throw new PdfUnreadable('damaged', 'the PDF is cut short: it does not end with "%%EOF", so pages or parts of pages may be missing', 'download or export the PDF again; a copy cut short in transfer cannot be read whole');
  const pdfjs = await pdfEngine();
  const cMapUrl = cMapFolder();
  // pdf.js takes ownership of the bytes it is given: hand it a copy, the caller's stay whole.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    // A page whose content cannot be parsed is reported as such, not read in part without a word.
    stopAtErrors: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openingProblem(error);
  }
  try {
    const pages: PdfPage[] = [];
    let lang: string | undefined;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const size = { number, width: x1 - x0, height: y1 - y0 };
      try {
        const content = await page.getTextContent();
        lang ??= content.lang ?? undefined;
        pages.push({ ...size, ...pageItems(content.items as TextItemLike[]) });
      } catch (error) {
        pages.push({ ...size, items: [], rotated: 0, unreadable: error instanceof Error && error.message ? error.message : 'its content cannot be parsed' });
      }
      page.cleanup();
    }
    return lang ? { pages, lang } : { pages };
  } catch (error) {
    throw openingProblem(error);
  } finally {
    await document.destroy();
  }
}
