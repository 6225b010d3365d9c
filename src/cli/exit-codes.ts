/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Problems found in the input (invalid files, differences with --exit-code, fmt --check). */
  problems: 1,
  usage: 2,
  /** A fault in bluedraft itself; the message asks for a report. */
  internal: 3,
  /** Interrupted by the person at the terminal (Ctrl+C at a prompt), as shells count it: 128 + SIGINT. */
  interrupted: 130,
} as const;
