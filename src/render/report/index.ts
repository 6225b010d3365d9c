/**
 * Markdown reports, ready to paste into a cable or a pull request: each is built as an mdast
 * tree (`diffReport`, `impactReport`, `regimeReport`) and written out by remark-stringify.
 */
import type { RegimeState, ImpactReport } from '../../consolidate/types.js';
import type { ResolutionDiff } from '../../diff/types.js';
import { diffReport, type DiffReportOptions } from './diff-report.js';
import { impactReport, type ImpactReportOptions } from './impact-report.js';
import { stringifyReport } from './lib/stringify.js';
import { regimeReport } from './regime-report.js';

export { diffReport, impactReport, regimeReport, stringifyReport, type DiffReportOptions, type ImpactReportOptions };
export { REDLINE_STYLES, type RedlineStyle } from './lib/redline.js';

export function renderDiffReport(diff: ResolutionDiff, options: DiffReportOptions = {}): string {
  return stringifyReport(diffReport(diff, options));
}

export function renderImpactReport(report: ImpactReport, options: ImpactReportOptions = {}): string {
  return stringifyReport(impactReport(report, options));
}

export function renderRegimeReport(state: RegimeState): string {
  return stringifyReport(regimeReport(state));
}
