import { diagnostic, START_OF_FILE, type Diagnostic } from './diagnostic.js';
import { MAX_FILE_BYTES, readTextFile } from './read-text-file.js';

export { MAX_FILE_BYTES };

/**
 * A text refused only for what can be mended without doubt about its content (a byte-order
 * mark, Windows or old Mac line endings): mended, so that a reader can report the file's other
 * problems with these, not instead of them. Positions in it are those an editor shows.
 */
export interface MendableText {
  text: string;
  /** Every such refusal: the `diagnostic` of the refusal first. */
  diagnostics: Diagnostic[];
}

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic; mendable?: MendableText };

/** The refusal of CR line endings, at the first CR. */
function lineEndings(file: string, text: string, cr: number): Diagnostic {
  const before = text.slice(0, cr);
  return diagnostic(
    file,
    { line: before.split('\n').length, col: cr - before.lastIndexOf('\n') },
    'error',
    'line-endings',
    'file uses Windows (CRLF) or old Mac (CR) line endings',
    'save with Unix (LF) line endings, or run `bluedraft fmt` on it; in git, set `* text=auto eol=lf` in .gitattributes',
  );
}

/**
 * Reads a resolution file as text, refusing what is not plain UTF-8 YAML text: not a regular
 * file, too large, binary, another encoding (`readTextFile`), a byte-order mark, Windows line
 * endings, nothing but comments. Each refusal is a located diagnostic with the fix, so a file
 * never half-loads; the mendable ones come with the mended text (`MendableText`).
 *
 * The file is read synchronously: for files of a few kilobytes, Node's asynchronous reads cost
 * ten times as much processor time as the reads themselves (bench: a tenth of validating a
 * folder), and nothing else waits on a command while it reads its input.
 */
export async function readSource(file: string): Promise<SourceText> {
  const read = readTextFile(file);
  if (!read.ok) return read;
  let text = read.text;
  const mended: Diagnostic[] = [];
  if (read.bom) mended.push(diagnostic(file, START_OF_FILE, 'error', 'bom', 'file starts with a byte-order mark (BOM)', 'save the file as UTF-8 without BOM, or run `bluedraft fmt` on it'));
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    mended.push(lineEndings(file, text, cr));
    text = text.replace(/\r\n?/g, '\n');
  }
  // Searched, not split into lines: validating a folder reads every file, and splitting each one into lines to find its first was garbage for nothing.
  if (!/^\s*[^\s#]/m.test(text)) {
    return { ok: false, diagnostic: diagnostic(file, START_OF_FILE, 'error', 'empty-file', 'file is empty: it holds no resolution', 'start from `bluedraft new`, or delete the file') };
  }
  if (mended.length > 0) return { ok: false, diagnostic: mended[0]!, mendable: { text, diagnostics: mended } };
  return { ok: true, text };
}
