import type { ResolutionDocument } from '../../model/document.js';
import { unrelatedBecause } from '../unrelated-versions.js';
import { NegotiationRefusal } from '../refusal.js';
import { readCopy, type CopyReading } from './read-copy.js';
import type { DelegationCopy } from './types.js';

/**
 * Each copy read against the base (`readCopy`), the same paragraph added by several copies being
 * one slot. Unless `related` is false, throws `NegotiationRefusal` for the first copy that is not
 * a version of the base, named in the message as `later` names it.
 */
export function readCopies(base: ResolutionDocument, copies: readonly DelegationCopy[], options: { related?: boolean | undefined; later: (name: string) => string }): CopyReading[] {
  const additions = new Map<string, string>();
  const readings = copies.map((copy, c) => readCopy(base, copy.document, copy.name, c, additions));
  if (options.related !== false) {
    copies.forEach((copy, c) => {
      const reason = unrelatedBecause(base, copy.document, readings[c]!.diff, { earlier: 'the base', later: options.later(copy.name) });
      if (reason) throw new NegotiationRefusal(reason);
    });
  }
  return readings;
}
