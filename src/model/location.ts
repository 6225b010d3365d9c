/** Where a value sits in a document's data: `['operative', 3, 'subparagraphs', 0, 'text']`. */
export type DataPath = ReadonlyArray<string | number>;

/** A place in a text file: line and column, both counted from 1. */
export interface Position {
  line: number;
  col: number;
}
