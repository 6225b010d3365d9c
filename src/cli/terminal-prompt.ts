import { createInterface } from 'node:readline/promises';

/** Asks one question on the terminal and returns the answer as typed. */
export async function terminalPrompt(question: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await lines.question(question);
  } finally {
    lines.close();
  }
}
