/**
 * A merge or history cannot go on, for a reason the people negotiating must hear: files that are
 * not versions of one text (another regime, another resolution), or changes that cannot be put in
 * brackets. The CLI prints the message and exits 1.
 */
export class NegotiationRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NegotiationRefusal';
  }
}
