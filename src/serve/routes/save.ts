import path from 'node:path';
import { FileExistsError, writeNewFile } from '../../fs/write-new-file.js';
import type { Route } from '../route.js';
import { redirect } from '../reply.js';
import { readForm } from '../read-body.js';
import { queryLink } from '../pages/query-link.js';
import { isPlainName } from '../request-path.js';
import { UPLOAD_PREFIX } from '../workspace.js';
import { notFound } from './not-found.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$/;

/** POST /save (doc=upload:N, name=FILE.yaml): writes an imported text into the folder, never over a file there. */
export const saveRoute: Route = async ({ workspace, method, request }) => {
  if (method !== 'POST') return notFound('Saving is done from an imported text’s page.', 405);
  const form = await readForm(request, 64 * 1024);
  const ref = String(form?.get('doc') ?? '');
  const name = String(form?.get('name') ?? '');
  const shown = ref.startsWith(UPLOAD_PREFIX) ? await workspace.document(ref) : undefined;
  if (!shown) return notFound('There is no such imported text (imports last until the server stops).');
  if (!NAME.test(name) || !isPlainName(name)) return notFound(`“${name}” is not a file name to save as: use letters, digits, dots, hyphens and underscores, ending in .yaml.`, 400);
  try {
    await writeNewFile(path.join(workspace.dir, name), shown.loaded.text);
  } catch (error) {
    if (error instanceof FileExistsError) return notFound(`${name} already exists in the folder; it was not overwritten. Choose another name.`, 409);
    throw error;
  }
  workspace.invalidate();
  return redirect(queryLink('/document', { doc: name }));
};
