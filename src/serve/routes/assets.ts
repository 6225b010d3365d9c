import type { Route } from '../route.js';
import { APP_JS } from '../assets/app-js.js';
import { STYLE_CSS } from '../assets/style-css.js';
import { HTML_STYLESHEET } from '../../render/html/stylesheet.js';
import { notFound } from './not-found.js';

const ASSETS: Record<string, { type: string; body: string }> = {
  'app.js': { type: 'text/javascript; charset=utf-8', body: APP_JS },
  'bluedraft.css': { type: 'text/css; charset=utf-8', body: HTML_STYLESHEET },
  'workbench.css': { type: 'text/css; charset=utf-8', body: STYLE_CSS },
};

/** /favicon.ico: none, said with 204 so that browsers stop asking. */
export const faviconRoute: Route = async () => ({ status: 204, type: 'text/plain', body: '' });

/** /assets/app.js, the reports' and resolutions' stylesheet (src/render/html) and the workbench's own: from module strings. */
export const assetsRoute: Route = async ({ rest }) => {
  const asset = rest.length === 1 && Object.hasOwn(ASSETS, rest[0]!) ? ASSETS[rest[0]!] : undefined;
  return asset ? { status: 200, ...asset } : notFound('There is no such file.');
};
