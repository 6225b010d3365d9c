import { parseCitation } from '../../../model/citation.js';
import type { LanguageCode, ResolutionDocument } from '../../../model/document.js';
import { expandParagraphs, type ParagraphPath } from '../../../model/paragraph-path.js';

/** The Akoma Ntoso 3.0 namespace (OASIS LegalDocML). */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/**
 * bluedraft's own namespace, for what the format records and Akoma Ntoso has no element for
 * (how sure a number is, the measures a clause holds …): `bd:data` attributes, which the schema
 * allows on every element (`anyAttribute namespace="##other"`).
 */
export const BLUEDRAFT_NAMESPACE = 'urn:bluedraft:akn-extension:1';
export const BLUEDRAFT_PREFIX = 'bd';
/** The attribute holding, as JSON, the fields of the object an element stands for that its markup does not carry. */
export const DATA_ATTRIBUTE = `${BLUEDRAFT_PREFIX}:data`;

/** AKN4UN: the Security Council as author, by analogy with the guidelines' `un-ga`. */
export const COUNCIL_ACTOR = 'un-sc';
export const WORK_PREFIX = `/akn/un/statement/deliberation/${COUNCIL_ACTOR}`;

/** ISO 639-1 (the format's codes) to ISO 639-2/B (Akoma Ntoso's). */
export const LANGUAGE_CODES: Record<LanguageCode, string> = { en: 'eng', fr: 'fra', es: 'spa', ru: 'rus', zh: 'zho', ar: 'ara' };

/** The opening words a resolution is printed with when the file gives none (`opening`). */
export const DEFAULT_OPENING = 'The Security Council,';

/** `statement@name` for each kind of document (AKN4UN). */
export const STATEMENT_NAMES = { resolution: 'resolution', draft: 'resolutionDraft' } as const;

/** The date a document is addressed by, and what it is the date of: adoption for a resolution; for a draft, its latest date. */
export function workDate(document: ResolutionDocument): { date: string; name: string } | undefined {
  const dates = document.dates ?? {};
  const order = document.kind === 'resolution' ? (['adopted', 'voted'] as const) : (['revised', 'circulated', 'voted', 'adopted'] as const);
  const key = order.find((k) => dates[k] !== undefined);
  return key === undefined ? undefined : { date: dates[key]!, name: key === 'adopted' ? 'adoption' : key };
}

/** The number in the work address: "841" for a resolution; a draft's symbol with `/` as `-`; "draft" without one. */
export function workNumber(document: ResolutionDocument): string {
  if (document.kind === 'resolution' && document.number !== undefined) return String(document.number);
  if (document.symbol) return document.symbol.replace(/\s*\(.*\)$/, '').replace(/[/\s]+/g, '-');
  return 'draft';
}

/** `/akn/un/statement/deliberation/un-sc/1993-06-16/841`. */
export function workAddress(date: string, number: string): string {
  return `${WORK_PREFIX}/${date}/${number}`;
}

/** The eId of an operative paragraph or subparagraph at a path (Akoma Ntoso naming convention): para_8__subpara_a. */
export function pathEid(path: ParagraphPath): string {
  return [`para_${path.paragraph}`, ...path.labels.map((label) => `subpara_${label}`)].join('__');
}

/**
 * Where a citation of another resolution points: its work address with the year for a date
 * (the citing text gives the year, not the day), and the cited paragraph as a fragment.
 * "841 (1993)" and "5-9" give `/akn/un/statement/deliberation/un-sc/1993/841/!main#para_5`.
 * Undefined where the resolution is not cited as "number (year)".
 */
export function citedAddress(resolution: string | undefined, paragraph?: string): string | undefined {
  const path = paragraph === undefined ? undefined : expandParagraphs(paragraph)?.[0];
  const fragment = path ? `#${pathEid(path)}` : '';
  if (resolution === undefined) return fragment || undefined;
  const cited = parseCitation(resolution);
  if (!cited) return undefined;
  return `${workAddress(String(cited.year), String(cited.number))}/!main${fragment}`;
}
