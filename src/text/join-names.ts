// British English, as the UN writes: no comma before "and". Made on first use: setting it up costs
// milliseconds that a command with no list to show need not pay.
let andList: Intl.ListFormat | undefined;

/** "France, China and the Russian Federation": a list as running text. */
export function joinNames(names: readonly string[]): string {
  andList ??= new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
  return andList.format(names);
}
