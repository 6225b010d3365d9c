/**
 * The path of a request, split into its segments and decoded once. Read from the raw request
 * line, not through `URL` (which quietly resolves `..` and `%2e%2e` away, so a refusal could not
 * be told from a request for the page it lands on). A segment that is `.` or `..`, that holds a
 * slash, a backslash or a NUL once decoded, or that still holds a `%` (a double-encoded
 * `%252e%252e`) is refused: `undefined`.
 */
export function requestSegments(rawUrl: string): string[] | undefined {
  const rawPath = rawUrl.split(/[?#]/, 1)[0]!;
  if (!rawPath.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (!isPlainName(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/** A file or folder name that names nothing but itself. */
export function isPlainName(segment: string): boolean {
  return segment !== '.' && segment !== '..' && !/[/\\\0%]/.test(segment);
}

/** The query of a request, parsed. */
export function requestQuery(rawUrl: string): URLSearchParams {
  const at = rawUrl.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : rawUrl.slice(at + 1).split('#', 1)[0]);
}
