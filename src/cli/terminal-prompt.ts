import { createInterface } from 'node:readline/promises';
import { PromptCancelledError } from './prompt-cancelled.js';

/** Asks one question on the terminal and returns the answer as typed; Ctrl+C or Ctrl+D there is a `PromptCancelledError`. */
export async function terminalPrompt(question: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await lines.question(question);
  } catch (error) {
    // readline rejects the question with an AbortError, "Aborted with Ctrl+C" (or Ctrl+D).
    if (error instanceof Error && error.name === 'AbortError') throw new PromptCancelledError(/Ctrl\+D/.test(error.message) ? 'Ctrl+D' : 'Ctrl+C');
    throw error;
  } finally {
    lines.close();
  }
}
