import type { Route } from '../route.js';
import { sourcePage } from '../pages/source-page.js';
import { notFound, page } from './not-found.js';
import { readFile } from 'node:fs/promises';
import { resolveInDir } from '../resolve-in-dir.js';
import { TEXT } from '../reply.js';

/** /file?doc=REL: the file's text with its problems at their lines. */
export const sourceRoute: Route = async ({ workspace, query }) => {
  const relative = query.get('doc') ?? '';
  const entry = await workspace.entry(relative, true);
  if (!entry) return notFound('There is no such file in the folder.');
  const text = entry.loaded?.text ?? (await readFile((await resolveInDir(workspace.dir, relative))!, 'utf8'));
  return page(sourcePage(entry.relative, text, entry.diagnostics, entry.loaded !== undefined));
};

/** /raw/REL/PATH.yaml: a file of the folder as plain text (path segments checked, links out of the folder refused). */
export const rawRoute: Route = async ({ workspace, rest }) => {
  const entry = await workspace.entry(rest.join('/'));
  if (!entry) return notFound('There is no such file in the folder.');
  const real = await resolveInDir(workspace.dir, entry.relative);
  if (real === undefined) return notFound('There is no such file in the folder.');
  return { status: 200, type: TEXT, body: await readFile(real) };
};
