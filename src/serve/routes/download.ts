import { renderDocument } from '../../render/document/render-document.js';
import { impactReport, regimeReport, renderDiffReport, renderImpactReport, renderRegimeReport } from '../../render/report/index.js';
import { regimeName } from '../../render/report/lib/names.js';
import type { Route } from '../route.js';
import { download, type Reply } from '../reply.js';
import type { Workspace } from '../workspace.js';
import { comparePage } from '../pages/compare-page.js';
import { documentPage } from '../pages/document-page.js';
import { shownName } from '../pages/document-name.js';
import { reportPage } from '../pages/report-page.js';
import { standalonePage } from '../pages/standalone-page.js';
import { stringifyPage } from '../pages/stringify-page.js';
import { citedFinder } from './choices.js';
import { readCompare } from './compare.js';
import { readImpact, readRegime } from './assessments.js';
import { notFound } from './not-found.js';

type Format = 'md' | 'html' | 'json';

const TYPES: Record<Format, string> = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8', json: 'application/json; charset=utf-8' };

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** What each page shows, in each format: the command's own Markdown and JSON, and the page as a file. */
const MAKERS: Record<string, (workspace: Workspace, query: URLSearchParams, format: Format) => Promise<{ name: string; body: string } | Reply>> = {
  async compare(workspace, query, format) {
    const read = await readCompare(workspace, query);
    if ('status' in read) return read;
    const body = format === 'md' ? renderDiffReport(read.diff) : format === 'json' ? json(read.diff) : stringifyPage(standalonePage(comparePage(read.diff, read.request, [])));
    return { name: 'comparison', body };
  },
  async impact(workspace, query, format) {
    const read = await readImpact(workspace, query);
    if ('status' in read) return read;
    const body = format === 'md' ? renderImpactReport(read.report) : format === 'json' ? json({ version: 1, ...read.report }) : stringifyPage(standalonePage(reportPage(`Impact of ${shownName(read.draft.loaded.document)}`, [], impactReport(read.report, { redline: 'html' }))));
    return { name: 'impact', body };
  },
  async regime(workspace, query, format) {
    const read = await readRegime(workspace, query);
    if ('status' in read) return read;
    const body = format === 'md' ? renderRegimeReport(read.state) : format === 'json' ? json({ version: 1, ...read.state }) : stringifyPage(standalonePage(reportPage(`The ${regimeName(read.id)} regime as of ${read.asOf}`, [], regimeReport(read.state))));
    return { name: `${read.id}-regime-${read.asOf}`, body };
  },
  async document(workspace, query, format) {
    const shown = await workspace.document(query.get('doc'));
    if (!shown) return notFound('There is no such document in the folder.');
    const { document } = shown.loaded;
    const rendered = format === 'md' ? renderDocument(document, { format: 'md' }) : undefined;
    const body = rendered ? (rendered.ok ? rendered.text : '') : format === 'json' ? json(document) : stringifyPage(standalonePage(documentPage(shown, await citedFinder(workspace, shown), [])));
    return { name: (shown.uploaded ?? shown.ref).replace(/\.[^./]*$/, '').replace(/[/:]/g, '-'), body };
  },
};

/** /download/WHAT?format=md|html|json&…: the page's content as a file (Content-Disposition: attachment). */
export const downloadRoute: Route = async ({ workspace, query, rest }) => {
  const maker = rest.length === 1 && Object.hasOwn(MAKERS, rest[0]!) ? MAKERS[rest[0]!] : undefined;
  const format = query.get('format') as Format;
  if (!maker || !(format in TYPES)) return notFound('There is no such download.');
  const made = await maker(workspace, query, format);
  if ('status' in made) return made;
  return download(`${made.name}.${format}`, TYPES[format], made.body);
};
