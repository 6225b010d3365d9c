/**
 * The person at the terminal cancelled a question (Ctrl+C or Ctrl+D): `main` ends quietly,
 * 130 for an interrupt as shells count it (128 + SIGINT), 1 for the end of input; never as an
 * internal error.
 */
export class PromptCancelledError extends Error {
  override readonly name = 'PromptCancelledError';
  constructor(readonly key: 'Ctrl+C' | 'Ctrl+D') {
    super(`cancelled with ${key}`);
  }
}
