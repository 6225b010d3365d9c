/** Merging cannot go on, for a reason the people merging must hear (unrelated files, brackets that would nest …). */
export class MergeRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeRefusal';
  }
}
