/**
 * Characters that pass for others in an identifier: letters of Cyrillic and Greek drawn like
 * Latin ones, dashes and spaces drawn like `-` and ` `, full-width forms, and characters that are
 * not drawn at all (zero-width spaces and joiners, direction marks, the soft hyphen). In an id, a
 * regime or a citation such a character makes two names that read the same differ, and the
 * message "not in the expected form" points at nothing the person can see; these are named.
 */

/** One such character in a value: where, what it is, and what it passes for ('' for an invisible one). */
export interface Lookalike {
  /** Offset in the value, in UTF-16 code units. */
  offset: number;
  character: string;
  /** "U+0430 CYRILLIC SMALL LETTER A". */
  name: string;
  /** The ASCII character it passes for; '' for an invisible character. */
  looksLike: string;
}

/** Letters that look Latin: [code point, Unicode name, the Latin letter]. */
const LETTERS: ReadonlyArray<readonly [number, string, string]> = [
  [0x0430, 'CYRILLIC SMALL LETTER A', 'a'],
  [0x0435, 'CYRILLIC SMALL LETTER IE', 'e'],
  [0x043e, 'CYRILLIC SMALL LETTER O', 'o'],
  [0x0440, 'CYRILLIC SMALL LETTER ER', 'p'],
  [0x0441, 'CYRILLIC SMALL LETTER ES', 'c'],
  [0x0443, 'CYRILLIC SMALL LETTER U', 'y'],
  [0x0445, 'CYRILLIC SMALL LETTER HA', 'x'],
  [0x0455, 'CYRILLIC SMALL LETTER DZE', 's'],
  [0x0456, 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I', 'i'],
  [0x0458, 'CYRILLIC SMALL LETTER JE', 'j'],
  [0x04bb, 'CYRILLIC SMALL LETTER SHHA', 'h'],
  [0x04cf, 'CYRILLIC SMALL LETTER PALOCHKA', 'l'],
  [0x0501, 'CYRILLIC SMALL LETTER KOMI DE', 'd'],
  [0x051b, 'CYRILLIC SMALL LETTER QA', 'q'],
  [0x051d, 'CYRILLIC SMALL LETTER WE', 'w'],
  [0x0410, 'CYRILLIC CAPITAL LETTER A', 'A'],
  [0x0412, 'CYRILLIC CAPITAL LETTER VE', 'B'],
  [0x0415, 'CYRILLIC CAPITAL LETTER IE', 'E'],
  [0x041a, 'CYRILLIC CAPITAL LETTER KA', 'K'],
  [0x041c, 'CYRILLIC CAPITAL LETTER EM', 'M'],
  [0x041d, 'CYRILLIC CAPITAL LETTER EN', 'H'],
  [0x041e, 'CYRILLIC CAPITAL LETTER O', 'O'],
  [0x0420, 'CYRILLIC CAPITAL LETTER ER', 'P'],
  [0x0421, 'CYRILLIC CAPITAL LETTER ES', 'C'],
  [0x0422, 'CYRILLIC CAPITAL LETTER TE', 'T'],
  [0x0425, 'CYRILLIC CAPITAL LETTER HA', 'X'],
  [0x0405, 'CYRILLIC CAPITAL LETTER DZE', 'S'],
  [0x0406, 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I', 'I'],
  [0x0408, 'CYRILLIC CAPITAL LETTER JE', 'J'],
  [0x04ae, 'CYRILLIC CAPITAL LETTER STRAIGHT U', 'Y'],
  [0x04c0, 'CYRILLIC LETTER PALOCHKA', 'I'],
  [0x03b1, 'GREEK SMALL LETTER ALPHA', 'a'],
  [0x03b9, 'GREEK SMALL LETTER IOTA', 'i'],
  [0x03ba, 'GREEK SMALL LETTER KAPPA', 'k'],
  [0x03bd, 'GREEK SMALL LETTER NU', 'v'],
  [0x03bf, 'GREEK SMALL LETTER OMICRON', 'o'],
  [0x03c1, 'GREEK SMALL LETTER RHO', 'p'],
  [0x03c5, 'GREEK SMALL LETTER UPSILON', 'u'],
  [0x03c7, 'GREEK SMALL LETTER CHI', 'x'],
  [0x03f2, 'GREEK LUNATE SIGMA SYMBOL', 'c'],
  [0x03f3, 'GREEK LETTER YOT', 'j'],
  [0x0391, 'GREEK CAPITAL LETTER ALPHA', 'A'],
  [0x0392, 'GREEK CAPITAL LETTER BETA', 'B'],
  [0x0395, 'GREEK CAPITAL LETTER EPSILON', 'E'],
  [0x0396, 'GREEK CAPITAL LETTER ZETA', 'Z'],
  [0x0397, 'GREEK CAPITAL LETTER ETA', 'H'],
  [0x0399, 'GREEK CAPITAL LETTER IOTA', 'I'],
  [0x039a, 'GREEK CAPITAL LETTER KAPPA', 'K'],
  [0x039c, 'GREEK CAPITAL LETTER MU', 'M'],
  [0x039d, 'GREEK CAPITAL LETTER NU', 'N'],
  [0x039f, 'GREEK CAPITAL LETTER OMICRON', 'O'],
  [0x03a1, 'GREEK CAPITAL LETTER RHO', 'P'],
  [0x03a4, 'GREEK CAPITAL LETTER TAU', 'T'],
  [0x03a5, 'GREEK CAPITAL LETTER UPSILON', 'Y'],
  [0x03a7, 'GREEK CAPITAL LETTER CHI', 'X'],
  [0x0131, 'LATIN SMALL LETTER DOTLESS I', 'i'],
];

/** Dashes and spaces drawn like `-` and ` `. */
const PUNCTUATION: ReadonlyArray<readonly [number, string, string]> = [
  [0x2010, 'HYPHEN', '-'],
  [0x2011, 'NON-BREAKING HYPHEN', '-'],
  [0x2012, 'FIGURE DASH', '-'],
  [0x2013, 'EN DASH', '-'],
  [0x2212, 'MINUS SIGN', '-'],
  [0x00a0, 'NO-BREAK SPACE', ' '],
  [0x2007, 'FIGURE SPACE', ' '],
  [0x202f, 'NARROW NO-BREAK SPACE', ' '],
];

/** Characters not drawn at all. */
const INVISIBLE: ReadonlyArray<readonly [number, string]> = [
  [0x00ad, 'SOFT HYPHEN'],
  [0x034f, 'COMBINING GRAPHEME JOINER'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
];

const KNOWN = new Map<number, { name: string; looksLike: string }>([
  ...[...LETTERS, ...PUNCTUATION].map(([code, name, looksLike]) => [code, { name, looksLike }] as const),
  ...INVISIBLE.map(([code, name]) => [code, { name, looksLike: '' }] as const),
]);

/** Full-width forms of ASCII (U+FF01–U+FF5E): "FULLWIDTH LATIN SMALL LETTER A", "FULLWIDTH DIGIT ONE". */
const DIGITS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
function fullWidth(code: number): { name: string; looksLike: string } | undefined {
  if (code < 0xff01 || code > 0xff5e) return undefined;
  const ascii = String.fromCharCode(code - 0xfee0);
  const what = /[a-z]/.test(ascii) ? `LATIN SMALL LETTER ${ascii.toUpperCase()}` : /[A-Z]/.test(ascii) ? `LATIN CAPITAL LETTER ${ascii}` : /[0-9]/.test(ascii) ? `DIGIT ${DIGITS[Number(ascii)]}` : `FORM OF "${ascii}"`;
  return { name: `FULLWIDTH ${what}`, looksLike: ascii };
}

/** A quick test before the walk: most values hold no character outside ASCII. */
const OUTSIDE_ASCII = /[^\p{ASCII}]/u;

/** The characters of `value` that pass for others or are not drawn, in order; empty for most values. */
export function lookalikes(value: string): Lookalike[] {
  if (!OUTSIDE_ASCII.test(value)) return [];
  const found: Lookalike[] = [];
  let offset = 0;
  for (const character of value) {
    const code = character.codePointAt(0)!;
    const known = KNOWN.get(code) ?? fullWidth(code);
    if (known) found.push({ offset, character, name: `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${known.name}`, looksLike: known.looksLike });
    offset += character.length;
  }
  return found;
}

/** `value` as it was meant: each lookalike replaced by what it passes for, each invisible character left out. */
export function withoutLookalikes(value: string): string {
  let meant = '';
  for (const character of value) {
    const code = character.codePointAt(0)!;
    const known = KNOWN.get(code) ?? fullWidth(code);
    meant += known ? known.looksLike : character;
  }
  return meant;
}

/** "U+0430 CYRILLIC SMALL LETTER A, which looks like the Latin "a"" / "U+200B ZERO WIDTH SPACE, an invisible character". */
export function describeLookalike(found: Lookalike): string {
  if (found.looksLike === '') return `${found.name}, an invisible character`;
  if (/[A-Za-z]/.test(found.looksLike)) return `${found.name}, which looks like the Latin "${found.looksLike}"`;
  return `${found.name}, which looks like "${found.looksLike}"`;
}

/** `value` in quotes, its invisible characters shown as `<U+200B>`: printed as they are, they would hide again. */
export function quoted(value: string): string {
  const shown = lookalikes(value)
    .filter((f) => f.looksLike === '')
    .reverse()
    .reduce((text, f) => `${text.slice(0, f.offset)}<${f.name.split(' ')[0]}>${text.slice(f.offset + f.character.length)}`, value);
  return `"${shown}"`;
}

/**
 * For a name given on the command line: what in it passes for something else, and the name as
 * meant (`; "hаiti" contains U+0430 CYRILLIC SMALL LETTER A, which looks like the Latin "a": type
 * "haiti"`); '' when nothing does.
 */
export function lookalikeNote(value: string): string {
  const found = lookalikes(value);
  if (found.length === 0) return '';
  return `; ${quoted(value)} contains ${[...new Set(found.map(describeLookalike))].join('; and ')}: type "${withoutLookalikes(value)}"`;
}
