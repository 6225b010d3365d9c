export const FREE = -1;
export const GROUPED = -2;

export type MatchedBy = 'id' | 'text' | 'similarity';

/** One side of a matching under way: for each clause, its partner on the other side. */
export interface MatchSide {
  /** The partner's index, FREE, or GROUPED (part of a split or merge). */
  partner: Int32Array;
  /** Similarity to the partner (1 for identical wording). */
  similarity: Float64Array;
}

export interface Grouping {
  old: number[];
  new: number[];
  similarity: number;
}

/** Pairs and groups clauses of the old and new documents, each clause at most once. */
export class Matching {
  readonly old: MatchSide;
  readonly new: MatchSide;
  readonly matchedBy: Array<MatchedBy | undefined>;
  readonly groupings: Grouping[] = [];

  constructor(oldCount: number, newCount: number) {
    this.old = { partner: new Int32Array(oldCount).fill(FREE), similarity: new Float64Array(oldCount) };
    this.new = { partner: new Int32Array(newCount).fill(FREE), similarity: new Float64Array(newCount) };
    this.matchedBy = new Array<MatchedBy | undefined>(newCount);
  }

  pair(oldIndex: number, newIndex: number, by: MatchedBy, similarity: number): void {
    this.old.partner[oldIndex] = newIndex;
    this.new.partner[newIndex] = oldIndex;
    this.old.similarity[oldIndex] = similarity;
    this.new.similarity[newIndex] = similarity;
    this.matchedBy[newIndex] = by;
  }

  /** Undoes a pair: both clauses are free again. */
  unpair(oldIndex: number, newIndex: number): void {
    this.old.partner[oldIndex] = FREE;
    this.new.partner[newIndex] = FREE;
    this.old.similarity[oldIndex] = 0;
    this.new.similarity[newIndex] = 0;
    this.matchedBy[newIndex] = undefined;
  }

  /** Records a split or merge, releasing any pair its clauses were in. */
  group(grouping: Grouping): void {
    for (const index of grouping.old) {
      const partner = this.old.partner[index]!;
      if (partner >= 0) this.new.partner[partner] = FREE;
      this.old.partner[index] = GROUPED;
    }
    for (const index of grouping.new) {
      const partner = this.new.partner[index]!;
      if (partner >= 0) this.old.partner[partner] = FREE;
      this.new.partner[index] = GROUPED;
    }
    this.groupings.push(grouping);
  }

  free(side: MatchSide): number[] {
    const found: number[] = [];
    side.partner.forEach((partner, index) => {
      if (partner === FREE) found.push(index);
    });
    return found;
  }
}
