/** What every section of the bench needs. */
export interface BenchContext {
  /** The repository. */
  root: string;
  /** A scratch folder for generated inputs, removed when the bench ends. */
  work: string;
  /** How to run the bluedraft CLI as a user does: `node bin/bluedraft.js`. */
  bluedraft: string[];
}
