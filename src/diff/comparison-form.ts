/**
 * Characters that show nothing: zero-width space, non-joiner and joiner (U+200B–U+200D), word
 * joiner (U+2060) and the zero-width no-break space, better known as the byte-order mark (U+FEFF),
 * as a character class body for a regular expression.
 */
export const INVISIBLE_CHARACTERS = '\\u200B-\\u200D\\u2060\\uFEFF';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, 'g');
/** Whether a text holds an invisible character. */
export const HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`);
/**
 * Text below U+0300 (Latin with its accented letters, without combining marks) and no invisible
 * character: text that is its own comparison form, as no character below U+0300 changes in NFC.
 * Most resolution text is, and is not normalised at all.
 */
const OWN_FORM = /^[\t\n\r\x20-\u02FF]*$/;

/**
 * What a text is compared by: composed Unicode (NFC: "é" typed as e and a combining accent is
 * "é"), without invisible characters. Two texts that read the same are never a change; the
 * text shown is always the text as written, never this form.
 */
export function comparisonForm(text: string): string {
  if (isOwnComparisonForm(text)) return text;
  return (HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text).normalize('NFC');
}

/** Whether a text is its own comparison form for certain (see `OWN_FORM`): callers comparing many pieces of it may skip them. */
export function isOwnComparisonForm(text: string): boolean {
  return OWN_FORM.test(text);
}
