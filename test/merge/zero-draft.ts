/**
 * A zero draft built from a shipped resolution, and delegations' copies of it, for the merge and
 * history tests: the adopted text with its adoption facts taken off, as a penholder would start
 * from a previous resolution of the regime.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadText } from '../../src/load/load-document.js';
import type { ResolutionDocument } from '../../src/model/document.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function shipped(relative: string): ResolutionDocument {
  const file = path.join(ROOT, relative);
  const loaded = loadText(file, readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${relative} does not load`);
  return loaded.loaded.document;
}

/** The resolution as a zero draft: no symbol, number, meeting, vote or adoption date. */
export function zeroDraft(relative: string): ResolutionDocument {
  const { symbol: _s, number: _n, year: _y, meeting: _m, vote: _v, dates: _d, source: _src, notes: _notes, ...rest } = shipped(relative);
  void [_s, _n, _y, _m, _v, _d, _src, _notes];
  return { ...rest, kind: 'draft', status: 'zero-draft', revision: 'zero draft', notes: [`Made for the tests from ${relative}; not a real draft.`] };
}

/** A copy of `document` with `edit` applied to a clone of it. */
export function copyOf(document: ResolutionDocument, edit: (copy: ResolutionDocument) => void): ResolutionDocument {
  const copy = structuredClone(document);
  edit(copy);
  return copy;
}

export const SCHEMA = '../../schemas/resolution.schema.json';
