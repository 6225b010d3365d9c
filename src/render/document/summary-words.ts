import type { Summary } from '../../model/document.js';

/** The words that mark an editorial summary wherever it is printed: never passed off as the Council's. */
export const SUMMARY_MARK = 'Editorial summary, not the official text:';

/** Printed where an operative paragraph's number is not known. */
export const UNCONFIRMED_NUMBER = '(Paragraph number not confirmed.)';

/** "(sources: https://…; https://…; status: partly)". */
export function summarySources(summary: Summary): string {
  const status = summary.status ? `; status: ${summary.status}` : '';
  return `(sources: ${summary.sources.join('; ')}${status})`;
}
