import path from 'node:path';
import type { LoadedDocument } from '../load/load-document.js';
import { citationOf } from '../model/citation.js';
import type { ResolutionDocument } from '../model/document.js';
import type { RegimeDocumentInfo } from './types.js';

/** A document of a regime, with what the consolidation needs to order and name it. */
export interface RegimeDocument {
  loaded: LoadedDocument;
  /** "841 (1993)" for a resolution; the symbol, else the file name, for a draft. */
  key: string;
  /** How reports name it: "resolution 841 (1993)", "draft S/2017/769", "draft of 2019-12-16". */
  label: string;
  resolution?: string;
  /** The date the regime orders it by. */
  date: string;
}

/** The date a document counts from: adoption, else the vote, the latest revision, circulation. */
export function documentDate(document: Pick<ResolutionDocument, 'dates'>): string | undefined {
  const dates = document.dates ?? {};
  return dates.adopted ?? dates.voted ?? dates.revised ?? dates.circulated;
}

function draftLabel(document: ResolutionDocument, date: string | undefined): string {
  const revision = document.revision ? ` (${document.revision})` : '';
  if (document.symbol) return `draft ${document.symbol}${revision}`;
  return date ? `draft of ${date}${revision}` : `draft${revision}`;
}

/** Names a loaded document for the consolidation; `date` overrides the document's own. */
export function regimeDocument(loaded: LoadedDocument, date: string): RegimeDocument {
  const resolution = citationOf(loaded.document);
  if (resolution) return { loaded, key: resolution, label: `resolution ${resolution}`, resolution, date };
  const own = documentDate(loaded.document);
  return { loaded, key: loaded.document.symbol ?? path.basename(loaded.file), label: draftLabel(loaded.document, own), date };
}

export function documentInfo(document: RegimeDocument, included: boolean): RegimeDocumentInfo {
  const info: RegimeDocumentInfo = { documentKey: document.key, document: document.label, kind: document.loaded.document.kind, date: document.date, included };
  if (document.resolution) info.resolution = document.resolution;
  if (document.loaded.document.symbol) info.symbol = document.loaded.document.symbol;
  return info;
}
