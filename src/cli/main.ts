import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands.js';
import { EXIT } from './exit-codes.js';
import { processIo, useColour, type Io } from './io.js';
import { UsageError } from './usage-error.js';
import { OutputRefusedError } from './write-output.js';
import { PromptCancelledError } from './prompt-cancelled.js';
import { FilesRefusedError } from './files-refused-error.js';
import { closest } from '../text/closest.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `bluedraft: draft and compare UN Security Council sanctions resolutions\n\nUsage: bluedraft <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`bluedraft <command> --help\` for a command's options.\n`;
}

/** Runs the CLI; returns the exit code. Never lets an error escape as a stack trace. */
export async function main(args: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    const suggestion = closest(name, Object.keys(COMMANDS));
    io.stderr(`bluedraft: unknown command "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\nRun \`bluedraft --help\` for the list of commands.\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`bluedraft ${name}: ${error.message}\n\n${command.usage}\n`);
      return EXIT.usage;
    }
    if (error instanceof FilesRefusedError) {
      const { countDiagnostics, formatText } = await import('./format/diagnostics.js');
      io.stderr(`${formatText(error.diagnostics, countDiagnostics(error.files, error.diagnostics), useColour(io))}bluedraft ${name}: ${error.message}\n`);
      return EXIT.problems;
    }
    if (error instanceof PromptCancelledError) {
      io.stderr('\n');
      return error.key === 'Ctrl+C' ? EXIT.interrupted : EXIT.problems;
    }
    if (error instanceof OutputRefusedError) {
      io.stderr(`bluedraft ${name}: ${error.message}; nothing was written\n    fix: ${error.hint}\n`);
      return EXIT.problems;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`bluedraft ${name}: internal error: ${message}\nThis is a fault in bluedraft, not in your files; please report it with the command you ran.\n`);
    if (io.env.BLUEDRAFT_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}
