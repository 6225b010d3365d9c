import type { Route } from '../route.js';
import { assetsRoute, faviconRoute } from './assets.js';
import { compareRoute } from './compare.js';
import { documentRoute } from './document.js';
import { downloadRoute } from './download.js';
import { impactRoute } from './impact.js';
import { importRoute } from './import.js';
import { libraryRoute } from './library.js';
import { regimeRoute } from './regime.js';
import { saveRoute } from './save.js';
import { rawRoute, sourceRoute } from './source.js';

/** The server's pages by the first segment of their path ('' for the library). */
export const ROUTES: Record<string, Route> = {
  '': libraryRoute,
  assets: assetsRoute,
  'favicon.ico': faviconRoute,
  file: sourceRoute,
  raw: rawRoute,
  document: documentRoute,
  compare: compareRoute,
  impact: impactRoute,
  regime: regimeRoute,
  import: importRoute,
  save: saveRoute,
  download: downloadRoute,
};
