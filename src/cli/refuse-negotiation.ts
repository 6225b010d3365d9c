import { NegotiationRefusal } from '../negotiate/refusal.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * Texts that cannot be negotiated together (another regime, no date, not versions of one text):
 * says why on stderr as `bluedraft COMMAND: …` followed by `after`, and gives exit 1. Any other
 * error is a fault and goes on.
 */
export function refuseNegotiation(io: Io, command: string, error: unknown, after = ''): number {
  if (!(error instanceof NegotiationRefusal)) throw error;
  io.stderr(`bluedraft ${command}: ${error.message}${after}\n`);
  return EXIT.problems;
}
