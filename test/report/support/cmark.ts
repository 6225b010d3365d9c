import { spawnSync } from 'node:child_process';

/** The GFM extensions GitHub enables; `tagfilter` is GitHub's own filter of dangerous raw tags. */
const EXTENSIONS = ['table', 'strikethrough', 'autolink', 'tagfilter'].flatMap((name) => ['--extension', name]);

export interface CmarkOptions {
  /**
   * Pass raw HTML through (GitHub does, then sanitises it). Without it, cmark-gfm replaces every
   * piece of raw HTML with a comment, as renderers that strip HTML do.
   */
  unsafe: boolean;
}

/** Renders GitHub-flavoured Markdown to HTML with cmark-gfm, GitHub's own renderer (Debian package `cmark-gfm`). */
export function cmarkGfm(markdown: string, options: CmarkOptions): string {
  const result = spawnSync('cmark-gfm', [...EXTENSIONS, ...(options.unsafe ? ['--unsafe'] : [])], { input: markdown, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`cannot run cmark-gfm (install the Debian package cmark-gfm; .ci/run does): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}
