export interface MendedSource {
  text: string;
  /** What was mended, in plain words; empty when the text needed nothing. */
  changes: string[];
}

/**
 * Mends what `readSource` refuses but can be fixed without any doubt about the content: a
 * byte-order mark, and Windows (CRLF) or old Mac (CR) line endings. YAML reads every line
 * break inside a value as LF anyway, so no value changes.
 */
export function mendSource(text: string): MendedSource {
  const changes: string[] = [];
  let mended = text;
  if (mended.startsWith('\uFEFF')) {
    mended = mended.slice(1);
    changes.push('removed the byte-order mark (BOM)');
  }
  if (mended.includes('\r')) {
    mended = mended.replace(/\r\n?/g, '\n');
    changes.push('converted Windows (CRLF) line endings to Unix (LF)');
  }
  return { text: mended, changes };
}
