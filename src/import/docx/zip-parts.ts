import { Inflate } from 'fflate';
import { DocxUnreadable } from './docx-unreadable.js';

/** More than this, unpacked, across the parts read: a resolution's Word file unpacks to a few megabytes; a zip bomb to gigabytes. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** Compressed bytes handed to the inflater at a time, so that what one step unpacks stays bounded too. */
const STEP = 8 * 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** The signature of an OLE compound file: an encrypted OOXML file, or an old binary .doc. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface Entry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localOffset: number;
}

const notZip = (why: string) =>
  new DocxUnreadable('docx-not-zip', `this is not a Word (.docx) file: ${why}`, 'open it in Word or LibreOffice and save it as "Word Document (.docx)"; if it is a text or PDF file, give it that extension or name its format with --format');

function refuseOle(bytes: Uint8Array): void {
  if (OLE_SIGNATURE.every((b, k) => bytes[k] === b)) {
    throw new DocxUnreadable(
      'docx-encrypted',
      'this file is password-protected (an encrypted Word file) or an old Word 97–2003 .doc: both are stored as an OLE compound file, which bluedraft does not read',
      'open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password, clear it) and save it as "Word Document (.docx)"; an old .doc: save it as .docx',
    );
  }
}

/** The central directory's entries, read from its end record. */
function directory(bytes: Uint8Array, view: DataView): Entry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notZip(bytes.length > 3 && view.getUint32(0, true) === LOCAL_HEADER ? 'the zip archive is cut short (its directory is missing)' : 'it is not a zip archive');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) throw notZip('its zip directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method: view.getUint16(at + 10, true), encrypted: (view.getUint16(at + 8, true) & 1) === 1, compressedSize: view.getUint32(at + 20, true), localOffset: view.getUint32(at + 42, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The entry's stored bytes, as the local header places them. */
function storedBytes(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw notZip(`the zip entry ${entry.name} is damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw notZip(`the zip entry ${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates a deflated entry step by step, refusing it as soon as `budget` is passed. */
function inflateBounded(name: string, stored: Uint8Array, budget: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > budget) throw new DocxUnreadable('docx-too-large', `the Word file unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB (at ${name}): no resolution comes near this; it may be a zip bomb`, 'check that this is the file you meant; save the text alone as a new .docx');
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < stored.length; at += STEP) inflater.push(stored.subarray(at, Math.min(stored.length, at + STEP)), at + STEP >= stored.length);
    if (stored.length === 0) inflater.push(stored, true);
  } catch (error) {
    if (error instanceof DocxUnreadable) throw error;
    throw notZip(`the zip entry ${name} cannot be unpacked (${error instanceof Error ? error.message : String(error)})`);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * The named parts of a zip archive (a .docx), unpacked with fflate, those absent left out.
 * Refuses, before unpacking anything, what is not a zip (an encrypted Word file or an old
 * .doc is said to be so), and while unpacking, parts that unpack beyond MAX_UNPACKED_BYTES
 * together, whatever sizes the archive declares.
 */
export function zipParts(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  refuseOle(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = directory(bytes, view);
  const parts = new Map<string, Uint8Array>();
  let budget = MAX_UNPACKED_BYTES;
  for (const name of names) {
    const entry = entries.find((e) => e.name === name);
    if (!entry) continue;
    if (entry.encrypted) throw new DocxUnreadable('docx-encrypted', `the zip entry ${name} is encrypted`, 'save the file again from Word without a password');
    const stored = storedBytes(bytes, view, entry);
    if (entry.method !== 0 && entry.method !== 8) throw notZip(`the zip entry ${name} uses compression method ${entry.method}, which Word never writes`);
    const part = entry.method === 0 ? stored : inflateBounded(name, stored, budget);
    if (part.length > budget) throw new DocxUnreadable('docx-too-large', `the Word file unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB (at ${name})`, 'check that this is the file you meant');
    budget -= part.length;
    parts.set(name, part);
  }
  return parts;
}
