import { readCommitteeMandate } from './read-committee-mandate.js';
import { readContinue } from './read-continue.js';
import { readDissolveCommittee } from './read-dissolve-committee.js';
import { readEntryIntoForce } from './read-entry-into-force.js';
import { readEstablishCommittee } from './read-establish-committee.js';
import { readExempt } from './read-exempt.js';
import { readExtend } from './read-extend.js';
import { readImpose } from './read-impose.js';
import { readReinstate } from './read-reinstate.js';
import { readReview } from './read-review.js';
import { readSuspend } from './read-suspend.js';
import { readTerminate } from './read-terminate.js';
import type { Reader } from './reading.js';

/**
 * The formula families, most specific first: a paragraph is read by the first family that
 * recognises it. A readiness to review or lift is a review before it is a lifting; "terminate the
 * suspension" is a reinstatement before it is a termination; an entry into force, a suspension, a
 * termination or an exemption names the measures it acts on, and is read before the generic
 * "all States shall prevent …" that imposes one; "continue to prevent" is a continuation, not a
 * second measure.
 */
export const READERS: readonly Reader[] = [
  readReview,
  readReinstate,
  readEntryIntoForce,
  readSuspend,
  readTerminate,
  readDissolveCommittee,
  readExempt,
  readEstablishCommittee,
  readCommitteeMandate,
  readContinue,
  readExtend,
  readImpose,
];
