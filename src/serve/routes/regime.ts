import { regimeReport } from '../../render/report/index.js';
import { regimeName } from '../../render/report/lib/names.js';
import type { Route } from '../route.js';
import { datePicker } from '../pages/date-picker.js';
import { downloadLinks } from '../pages/download-links.js';
import { reportPage } from '../pages/report-page.js';
import { page } from './not-found.js';
import { readRegime } from './assessments.js';

/** /regime?id=ID[&asOf=DATE]: the measures in force at a date, with the timeline. */
export const regimeRoute: Route = async ({ workspace, query }) => {
  const read = await readRegime(workspace, query);
  if ('status' in read) return read;
  const controls = [datePicker('/regime', { id: read.id }, read.asOf, 'In force on'), downloadLinks('regime', { id: read.id, asOf: read.asOf })];
  return page(reportPage(`The ${regimeName(read.id)} regime as of ${read.asOf}`, controls, regimeReport(read.state)));
};
