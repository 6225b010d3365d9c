import { parseXml, type ParsedElement } from '../akn/parse-xml.js';
import { DocxUnreadable } from './docx-unreadable.js';
import { zipParts } from './zip-parts.js';

/** The parts of a Word file that import reads, parsed. */
export interface DocxParts {
  document: ParsedElement;
  numbering?: ParsedElement;
  styles?: ParsedElement;
  comments?: ParsedElement;
  footnotes?: ParsedElement;
}

const PARTS = { document: 'word/document.xml', numbering: 'word/numbering.xml', styles: 'word/styles.xml', comments: 'word/comments.xml', footnotes: 'word/footnotes.xml' } as const;

/** A part's bytes as text: UTF-8, or UTF-16 where a byte-order mark says so (both allowed in OOXML). */
function decode(name: string, bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocxUnreadable('docx-damaged', `${name} inside the Word file is not valid ${utf16 ?? 'UTF-8'} text`, 'the file is damaged: open it in Word (which may offer to repair it) and save it again');
  }
}

function parsePart(name: string, bytes: Uint8Array): ParsedElement {
  const parsed = parseXml(decode(name, bytes));
  if (parsed.ok) return parsed.root;
  const { line, col, message } = parsed.problem;
  throw new DocxUnreadable('docx-damaged', `${name} inside the Word file cannot be read, at its line ${line}, column ${col}: ${message}`, 'the file is damaged: open it in Word (which may offer to repair it) and save it again');
}

/**
 * Unzips a .docx and parses the parts import reads (the body, numbering, styles, comments),
 * strictly, as Akoma Ntoso is read: no DOCTYPE, no entity, nothing fetched. A zip that holds no
 * word/document.xml is not a Word document, and is said to be so.
 */
export function docxParts(bytes: Uint8Array): DocxParts {
  const parts = zipParts(bytes, [...Object.values(PARTS), 'mimetype']);
  const body = parts.get(PARTS.document);
  if (!body) {
    const mimetype = parts.get('mimetype');
    const what = mimetype ? `an OpenDocument file (${new TextDecoder().decode(mimetype.subarray(0, 100)).trim()})` : 'a zip archive, but not a Word document: it has no word/document.xml';
    throw new DocxUnreadable('docx-not-word', `this is ${what}`, 'open it in Word or LibreOffice and save it as "Word Document (.docx)"');
  }
  const found: DocxParts = { document: parsePart(PARTS.document, body) };
  for (const key of ['numbering', 'styles', 'comments', 'footnotes'] as const) {
    const part = parts.get(PARTS[key]);
    if (part) found[key] = parsePart(PARTS[key], part);
  }
  return found;
}
