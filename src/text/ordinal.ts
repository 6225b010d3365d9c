const ORDINAL_RULES = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const SUFFIXES: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 3238 → "3238th", 3271 → "3271st", 3312 → "3312th": how the UN numbers its meetings. */
export function ordinal(n: number): string {
  return `${n}${SUFFIXES[ORDINAL_RULES.select(n)] ?? 'th'}`;
}
