import { styleText } from 'node:util';

/** Every colour bluedraft shows in a terminal, by what it means: one table, so that all commands colour alike. */
const STYLES = {
  /** Words a redline takes out, and words it puts in. */
  deleted: ['red', 'strikethrough'],
  inserted: 'green',
  /** A clause or entry added or removed; moved, split or merged. */
  added: 'green',
  removed: 'red',
  moved: 'yellow',
  /** A change in force: binding words lost or gained. */
  weakened: 'red',
  strengthened: 'green',
  title: 'bold',
  /** Diagnostic severities. */
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
} as const satisfies Record<string, Parameters<typeof styleText>[0]>;

export type TerminalStyle = keyof typeof STYLES;

/**
 * The text in the style, where `colour` says the output is a terminal that wants colour (see
 * `useColour`); else as it is. bluedraft decides that itself, so Node's own stream check is off.
 */
export function paint(style: TerminalStyle, text: string, colour: boolean): string {
  return colour ? styleText(STYLES[style], text, { validateStream: false }) : text;
}
