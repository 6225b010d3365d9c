import { renderDocument } from '../../render/document/render-document.js';
import { comparisonDocx } from '../../render/docx/diff/comparison-docx.js';
import { reportDocx } from '../../render/docx/report/report-docx.js';
import { resolutionDocx } from '../../render/docx/resolution-docx.js';
import { h } from '../../render/html/hast.js';
import { htmlPage } from '../../render/html/html-page.js';
import { reportHtml } from '../../render/html/report-html.js';
import { stringifyHtml } from '../../render/html/stringify-html.js';
import { HTML_STYLESHEET } from '../../render/html/stylesheet.js';
import { diffReport, impactReport, regimeReport, renderDiffReport, renderImpactReport, renderRegimeReport } from '../../render/report/index.js';
import type { Route } from '../route.js';
import { download, type Reply } from '../reply.js';
import type { Workspace } from '../workspace.js';
import { documentBody } from '../pages/document-page.js';
import { shownName } from '../pages/document-name.js';
import { DOWNLOAD_FORMATS, type DownloadFormat } from '../pages/download-links.js';
import { citedFinder } from './choices.js';
import { readCompare } from './compare.js';
import { readImpact, readRegime } from './assessments.js';
import { notFound } from './not-found.js';

const TYPES: Record<DownloadFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

type Made = { name: string; body: string | Uint8Array } | Reply;

/**
 * What each page shows, in each format, made exactly as the commands make it: `diff`, `impact`
 * and `regime` with --format md, json, html and docx; a document as `render --format md` and
 * `--format docx`, its data, or its page standing alone.
 */
const MAKERS: Record<string, (workspace: Workspace, query: URLSearchParams, format: DownloadFormat) => Promise<Made>> = {
  async compare(workspace, query, format) {
    const read = await readCompare(workspace, query);
    if ('status' in read) return read;
    const { diff, request } = read;
    const body = format === 'md' ? renderDiffReport(diff) : format === 'json' ? json(diff) : format === 'html' ? reportHtml(diffReport(diff), diff.new.language) : comparisonDocx(request.old.loaded.document, request.new.loaded.document, diff, { author: 'bluedraft' });
    return { name: 'comparison', body };
  },
  async impact(workspace, query, format) {
    const read = await readImpact(workspace, query);
    if ('status' in read) return read;
    const { report, draft } = read;
    const body = format === 'md' ? renderImpactReport(report) : format === 'json' ? json({ version: 1, ...report }) : format === 'html' ? reportHtml(impactReport(report), draft.loaded.document.language) : reportDocx(impactReport(report));
    return { name: 'impact', body };
  },
  async regime(workspace, query, format) {
    const read = await readRegime(workspace, query);
    if ('status' in read) return read;
    const body = format === 'md' ? renderRegimeReport(read.state) : format === 'json' ? json({ version: 1, ...read.state }) : format === 'html' ? reportHtml(regimeReport(read.state), 'en') : reportDocx(regimeReport(read.state));
    return { name: `${read.id}-regime-${read.asOf}`, body };
  },
  async document(workspace, query, format) {
    const shown = await workspace.document(query.get('doc'));
    if (!shown) return notFound('There is no such document in the folder.');
    const { document } = shown.loaded;
    const name = (shown.uploaded ?? shown.ref).replace(/\.[^./]*$/, '').replace(/[/:]/g, '-');
    if (format === 'docx') {
      const word = resolutionDocx(document);
      return { name, body: word.ok ? word.bytes : new Uint8Array() };
    }
    if (format === 'md') {
      const rendered = renderDocument(document, { format: 'md' });
      return { name, body: rendered.ok ? rendered.text : '' };
    }
    const body = format === 'json' ? json(document) : stringifyHtml(htmlPage([h('main', {}, [documentBody(document, await citedFinder(workspace, shown))])], { title: shownName(document), language: document.language, stylesheet: HTML_STYLESHEET }));
    return { name, body };
  },
};

/** /download/WHAT?format=md|html|json|docx&…: the page's content as a file (Content-Disposition: attachment). */
export const downloadRoute: Route = async ({ workspace, query, rest }) => {
  const maker = rest.length === 1 && Object.hasOwn(MAKERS, rest[0]!) ? MAKERS[rest[0]!] : undefined;
  const format = query.get('format') as DownloadFormat;
  if (!maker || !DOWNLOAD_FORMATS.some((known) => known.format === format)) return notFound('There is no such download.');
  const made = await maker(workspace, query, format);
  if ('status' in made) return made;
  return download(`${made.name}.${format}`, TYPES[format], made.body);
};
