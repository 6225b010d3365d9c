import { impactReport } from '../../render/report/index.js';
import { regimeName } from '../../render/report/lib/names.js';
import type { Route } from '../route.js';
import { datePicker } from '../pages/date-picker.js';
import { shownName } from '../pages/document-name.js';
import { downloadLinks } from '../pages/download-links.js';
import { h } from '../pages/h.js';
import { queryLink } from '../pages/query-link.js';
import { reportPage } from '../pages/report-page.js';
import { page } from './not-found.js';
import { readImpact } from './assessments.js';

/** /impact?draft=REF[&asOf=DATE]: what the draft would do to its regime, with the timeline. */
export const impactRoute: Route = async ({ workspace, query }) => {
  const read = await readImpact(workspace, query);
  if ('status' in read) return read;
  const { draft, report } = read;
  const controls = [
    h('p', {}, 'Draft: ', h('a', { href: queryLink('/document', { doc: draft.ref }) }, h('code', {}, draft.name)), ' · ', h('a', { href: queryLink('/regime', { id: report.regime, asOf: report.asOf.text.slice(0, 10) }) }, `The ${regimeName(report.regime)} regime on that day`)),
    datePicker('/impact', { draft: draft.ref }, read.asOf ?? report.asOf.text.slice(0, 10), 'Assess as if adopted on'),
    downloadLinks('impact', { draft: draft.ref, asOf: read.asOf }),
  ];
  return page(reportPage(`Impact of ${shownName(draft.loaded.document)}`, controls, impactReport(report, { redline: 'html' })));
};
