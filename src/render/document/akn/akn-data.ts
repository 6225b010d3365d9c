import type { Summary } from '../../../model/document.js';
import { DATA_ATTRIBUTE } from './akn-names.js';

/** `value` without the keys its markup carries, and without undefined fields. */
export function leftover<T extends object>(value: T, carried: ReadonlyArray<keyof T>): Partial<T> {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined && !carried.includes(key as keyof T)) kept[key] = field;
  return kept as Partial<T>;
}

/**
 * The `bd:data` attribute for the fields an element's markup does not carry (see akn-names.ts),
 * as JSON; none when there are none.
 */
export function dataAttribute(fields: object): Record<string, string> {
  return Object.keys(fields).length === 0 ? {} : { [DATA_ATTRIBUTE]: JSON.stringify(fields) };
}

/** `data` with, as `summary`, the fields of a summary its paragraph does not carry (its sources …), where there are any. */
export function withSummaryData(data: Record<string, unknown>, summary: Summary | undefined): Record<string, unknown> {
  const rest = summary ? leftover(summary, ['text']) : {};
  if (Object.keys(rest).length > 0) data.summary = rest;
  return data;
}
