import type { ImportReport, SourceLine } from './located-input.js';

/** Characters that look like a space or nothing at all, and are read as a plain space (or dropped). */
const SPACE_LOOKALIKE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/;

/**
 * Splits the input into lines, whatever the line endings (LF, CRLF, CR, or a mixture), and
 * replaces look-alike spaces with plain ones. Each change that could matter is reported at its
 * line; the words themselves are never touched.
 */
export function splitSourceLines(input: string, report: ImportReport): SourceLine[] {
  let text = input;
  if (text.startsWith('\ufeff')) {
    report.add(1, 'info', 'import-bom', 'the input starts with a byte-order mark; it was ignored');
    text = text.slice(1);
  }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const kinds = [crlf, lf, cr].filter((n) => n > 0).length;
  if (kinds > 1) {
    const first = text.search(crlf > 0 && lf > 0 ? /\r\n/ : /\r(?!\n)/);
    report.add(text.slice(0, first).split(/\r\n|\r|\n/).length, 'warning', 'import-line-endings', `the input mixes line endings (${crlf} CRLF, ${lf} LF, ${cr} CR); all were read as line breaks`, 'save the file with one kind of line ending (LF)');
  }
  return text.split(/\r\n|\r|\n/).map((raw, index) => {
    const line = index + 1;
    let value = raw.replace(/\t/g, ' ');
    if (SPACE_LOOKALIKE.test(value)) {
      report.add(line, 'info', 'import-space-lookalike', 'a non-breaking or other special space was read as a plain space', undefined, value.search(SPACE_LOOKALIKE) + 1);
      value = value.replace(new RegExp(SPACE_LOOKALIKE.source, 'g'), ' ');
    }
    if (INVISIBLE.test(value)) {
      report.add(line, 'info', 'import-invisible-character', 'an invisible character (zero-width space, soft hyphen or word joiner) was removed', undefined, value.search(INVISIBLE) + 1);
      const kept = [...value.matchAll(/[^]/g)].filter((c) => !INVISIBLE.test(c[0]));
      const text = kept.map((c) => c[0]).join('').trimEnd();
      return { text, line, columns: kept.slice(0, text.length).map((c) => c.index + 1) };
    }
    return { text: value.trimEnd(), line };
  });
}
