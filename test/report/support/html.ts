/**
 * Just enough HTML reading for cmark-gfm's output, which is regular: it writes every text
 * character that could be markup as an entity, so any `<` in its output opens a real tag.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

export interface Element {
  name: string;
  /** The raw attribute text, e.g. ` href="#op-5"`. */
  attributes: string;
}

/** Every element opened, in document order. */
export function elements(html: string): Element[] {
  return [...html.matchAll(TAG)].filter((match) => match[1] === '').map((match) => ({ name: match[2]!.toLowerCase(), attributes: match[3]! }));
}

export function attribute(element: Element, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element.attributes);
  return match ? decodeEntities(match[1]!) : undefined;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name] ?? whole;
  });
}

const INLINE = new Set(['a', 'em', 'strong', 'del', 'ins', 'code', 'span', 'b', 'i', 's', 'u', 'sup', 'sub']);

/** The text a reader sees: inline tags dropped, other tags read as a space (as between table cells), entities decoded. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, '').replace(TAG, (_tag, _close, name: string) => (INLINE.has(name.toLowerCase()) ? '' : ' ')));
}

/** Runs of spaces, tabs and line breaks as one space, as a browser shows them. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
