import type { CommandEntry } from './command.js';

/** Every command, in the order `bluedraft --help` lists them. */
export const COMMANDS: Record<string, CommandEntry> = {
  validate: { summary: 'check resolution files against the format (for CI and editors)', load: async () => (await import('./commands/validate.js')).validateCommand },
};
