/**
 * Hands out link targets that are unique within one diff. A clause's id is its anchor; a
 * removed clause's is `removed-<id>`, which no id can equal (ids have no hyphen). Only invalid
 * input (a duplicated id) needs the numbered suffix.
 */
export class Anchors {
  private readonly taken = new Set<string>();

  claim(wanted: string): string {
    let anchor = wanted;
    for (let n = 2; this.taken.has(anchor); n++) anchor = `${wanted}-${n}`;
    this.taken.add(anchor);
    return anchor;
  }
}
