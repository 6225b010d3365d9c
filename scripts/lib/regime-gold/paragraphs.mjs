// Paragraph references of the regime gold: "232/2(a)" is resolution 232, paragraph 2,
// subparagraph (a). Shared by the gold reader and the scorer.

/** @typedef {{ resolution: number, path: string[] }} ParagraphRef */

const GOLD_KEY = /^(\d+)\/(\d+)((?:\([a-z0-9]+\))*)$/i;

/**
 * Reads a gold key ("232/2(a)"); undefined when it is not one.
 * @param {string} key
 * @returns {ParagraphRef | undefined}
 */
export function parseGoldKey(key) {
  const match = GOLD_KEY.exec(key);
  if (!match) return undefined;
  const subparagraphs = [...match[3].matchAll(/\(([a-z0-9]+)\)/gi)].map((m) => m[1].toLowerCase());
  return { resolution: Number(match[1]), path: [match[2], ...subparagraphs] };
}

/**
 * The paragraph a consolidated provision sits in, as a gold reference: undefined for a draft,
 * or where the sources do not confirm the paragraph number.
 * @param {{ resolution?: string, paragraph?: string }} provision
 * @returns {ParagraphRef | undefined}
 */
export function provisionRef(provision) {
  const resolution = /^(\d+)/.exec(provision.resolution ?? '');
  if (!resolution || provision.paragraph === undefined) return undefined;
  const compact = provision.paragraph.replace(/\s+/g, '');
  const head = /^([^(]+)/.exec(compact);
  if (!head) return undefined;
  const subparagraphs = [...compact.matchAll(/\(([^)]+)\)/g)].map((m) => m[1].toLowerCase());
  return { resolution: Number(resolution[1]), path: [head[1], ...subparagraphs] };
}

/**
 * "232/2(a)", as the gold writes it.
 * @param {ParagraphRef} ref
 */
export function formatRef(ref) {
  const [paragraph, ...subparagraphs] = ref.path;
  return `${ref.resolution}/${paragraph}${subparagraphs.map((s) => `(${s})`).join('')}`;
}

/**
 * True where `inner` is `outer` or one of its subparagraphs.
 * @param {ParagraphRef} inner
 * @param {ParagraphRef} outer
 */
export function isWithin(inner, outer) {
  return inner.resolution === outer.resolution && outer.path.length <= inner.path.length && outer.path.every((part, i) => part === inner.path[i]);
}

/**
 * True where one of the two is the other or holds it.
 * @param {ParagraphRef} a
 * @param {ParagraphRef} b
 */
export function overlaps(a, b) {
  return isWithin(a, b) || isWithin(b, a);
}
