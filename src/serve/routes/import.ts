import { formatOf, READERS, readWith, type ReadOutcome } from '../../cli/commands/import.js';
import { schemaPathFrom } from '../../fs/schema-location.js';
import { ImportRefusal } from '../../import/import-refusal.js';
import { loadText } from '../../load/load-document.js';
import { MAX_FILE_BYTES } from '../../load/read-source.js';
import type { Route } from '../route.js';
import { HTML, redirect, type Reply } from '../reply.js';
import { readForm } from '../read-body.js';
import { importPage } from '../pages/import-page.js';
import { stringifyHtml } from '../../render/html/stringify-html.js';
import { queryLink } from '../pages/query-link.js';

/** The extensions the import command reads, for the file field's `accept`. */
const ACCEPTS = Object.values(READERS)
  .flatMap((reader) => (reader.extensions.source.match(/[a-z]+/g) ?? []).filter((ext) => ext !== 'i'))
  .map((ext) => `.${ext}`)
  .join(',');

function refused(file: string, summary: string, diagnostics: ImportRefusal['diagnostics'], status = 422): Reply {
  return { status, type: HTML, body: stringifyHtml(importPage(ACCEPTS, { file, summary, diagnostics })) };
}

/** GET: the form. POST: the file read through the import command's own readers, kept in memory, shown. */
export const importRoute: Route = async ({ workspace, method, request }) => {
  if (method !== 'POST') return { status: 200, type: HTML, body: stringifyHtml(importPage(ACCEPTS, undefined)) };
  const form = await readForm(request, MAX_FILE_BYTES + 64 * 1024);
  const file = form?.get('file');
  if (!form || !(file instanceof File)) return refused('the upload', form ? 'no file was sent' : `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`, [], form ? 400 : 413);
  const name = file.name.replace(/[\\/]/g, '_') || 'upload.txt';
  const regime = String(form.get('regime') ?? '');
  if (regime !== '' && !/^[a-z][a-z0-9-]*$/.test(regime)) return refused(name, `the regime must be a lower-case id like "haiti" (got "${regime}")`, [], 400);
  let result: ReadOutcome;
  try {
    result = await readWith(READERS[formatOf(name, undefined)], new Uint8Array(await file.arrayBuffer()), name, { file: name, format: 'text', schemaPath: schemaPathFrom(workspace.dir), ...(regime ? { regime } : {}) });
  } catch (error) {
    if (!(error instanceof ImportRefusal)) throw error;
    return refused(name, error.summary, error.diagnostics);
  }
  const loaded = loadText(name.replace(/\.[^.]*$/, '.yaml'), result.yaml);
  if (!loaded.ok) return refused(name, 'the text read does not make a valid resolution file', loaded.diagnostics);
  const shown = workspace.addUpload(name, loaded.loaded, result.diagnostics);
  return redirect(queryLink('/document', { doc: shown.ref }));
};
