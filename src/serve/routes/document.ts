import type { Route } from '../route.js';
import { documentPage } from '../pages/document-page.js';
import { citedFinder, documentChoices } from './choices.js';
import { notFound, page } from './not-found.js';

/** /document?doc=REF: one document in the UN layout. */
export const documentRoute: Route = async ({ workspace, query }) => {
  const shown = await workspace.document(query.get('doc'));
  if (!shown) return notFound('There is no such document in the folder (or it cannot be read: see the library).');
  return page(documentPage(shown, await citedFinder(workspace, shown), await documentChoices(workspace)));
};
