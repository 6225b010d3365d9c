// British English, as the UN writes: no comma before "and".
const AND_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "France, China and the Russian Federation": a list as running text. */
export function joinNames(names: readonly string[]): string {
  return AND_LIST.format(names);
}
