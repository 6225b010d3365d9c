import type { Confirmation } from '../document.js';
import { publisherOf } from './publisher.js';
import type { RankedSource } from './rank-source.js';

/** Independent `press-research` sources it takes to confirm a fact. */
export const PRESS_SOURCES_TO_CONFIRM = 2;

/**
 * The strongest status a set of sources supports: `confirmed` with a `un` or a `government`
 * source, or two `press-research` sources of different publishers (see `publisherOf`); `partly`
 * with one press-research source (or several of one publisher); `unconfirmed` with `other` only.
 */
export function supportedStatus(sources: readonly RankedSource[]): Confirmation {
  if (sources.some((source) => source.rank === 'un' || source.rank === 'government')) return 'confirmed';
  const publishers = new Set(sources.filter((source) => source.rank === 'press-research').map((source) => publisherOf(source.address)));
  if (publishers.size >= PRESS_SOURCES_TO_CONFIRM) return 'confirmed';
  return publishers.size > 0 ? 'partly' : 'unconfirmed';
}

const STRENGTH: readonly Confirmation[] = ['unconfirmed', 'partly', 'confirmed'];

/** Whether `status` claims more than `supported` allows. */
export function claimsMore(status: Confirmation, supported: Confirmation): boolean {
  return STRENGTH.indexOf(status) > STRENGTH.indexOf(supported);
}
