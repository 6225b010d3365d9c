import type { CommandEntry } from './command.js';

/** Every command, in the order `bluedraft --help` lists them. */
export const COMMANDS: Record<string, CommandEntry> = {
  import: { summary: 'turn the official text of a resolution (text, Markdown, Word, PDF, Akoma Ntoso) into a resolution file', load: async () => (await import('./commands/import.js')).importCommand },
  diff: { summary: 'compare two versions of a resolution or draft clause by clause', load: async () => (await import('./commands/diff.js')).diffCommand },
  merge: { summary: 'merge delegations\' copies of a draft into its next revision, conflicts in brackets', load: async () => (await import('./commands/merge.js')).mergeCommand },
  history: { summary: 'follow a text through its revisions: rewordings, moves, brackets, who wrote each word', load: async () => (await import('./commands/history.js')).historyCommand },
  regime: { summary: 'the measures of a sanctions regime in force at a date, with their provenance', load: async () => (await import('./commands/regime.js')).regimeCommand },
  impact: { summary: 'what a draft would terminate, suspend, loosen, tighten or add in a regime', load: async () => (await import('./commands/impact.js')).impactCommand },
  render: { summary: 'print a resolution or draft as circulated (text, Markdown, Word, Akoma Ntoso), or its clean text', load: async () => (await import('./commands/render.js')).renderCommand },
  new: { summary: 'start a draft resolution for a regime, ready to validate', load: async () => (await import('./commands/new.js')).newCommand },
  fmt: { summary: 'renumber paragraphs and update cross-references after hand edits', load: async () => (await import('./commands/fmt.js')).fmtCommand },
  serve: { summary: 'a workbench in the browser on this computer: library, documents, comparisons, impact, import', load: async () => (await import('./commands/serve.js')).serveCommand },
  validate: { summary: 'check resolution files against the format (for CI and editors)', load: async () => (await import('./commands/validate.js')).validateCommand },
};
