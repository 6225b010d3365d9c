/** The key a changed paragraph's section is linked by (see lib/anchors.ts). */
export function clauseAnchorKey(anchor: string): string {
  return `clause:${anchor}`;
}
