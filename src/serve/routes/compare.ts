import { diffResolutions } from '../../diff/diff-resolutions.js';
import type { ResolutionDiff } from '../../diff/types.js';
import type { Route } from '../route.js';
import type { Reply } from '../reply.js';
import type { Workspace } from '../workspace.js';
import { comparePage, type CompareRequest } from '../pages/compare-page.js';
import { documentChoices } from './choices.js';
import { notFound, page } from './not-found.js';

/** The two documents `?old=&new=` name and their comparison, or the page saying which is missing. */
export async function readCompare(workspace: Workspace, query: URLSearchParams): Promise<{ diff: ResolutionDiff; request: CompareRequest } | Reply> {
  const [old, next] = await Promise.all([workspace.document(query.get('old')), workspace.document(query.get('new'))]);
  if (!old || !next) return notFound(`There is no such document in the folder: ${!old ? 'the old one' : 'the new one'} (or it cannot be read: see the library).`);
  const request: CompareRequest = { old, new: next, view: query.get('view') === 'inline' ? 'inline' : 'side', bindingOnly: query.get('binding') === '1' };
  return { diff: diffResolutions(old.loaded.document, next.loaded.document), request };
}

/** /compare?old=REF&new=REF[&view=inline][&binding=1] */
export const compareRoute: Route = async ({ workspace, query }) => {
  const read = await readCompare(workspace, query);
  if ('status' in read) return read;
  return page(comparePage(read.diff, read.request, await documentChoices(workspace)));
};
