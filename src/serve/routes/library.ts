import type { Route } from '../route.js';
import { libraryPage } from '../pages/library-page.js';
import { page } from './not-found.js';

export const libraryRoute: Route = async ({ workspace }) => page(libraryPage(workspace.dir, await workspace.library(), workspace.uploaded()));
