import type { LoadedDocument, RefusedDocument } from '../load/load-document.js';
import { SchemaTrust } from './schema-trust.js';

/** The part of a file that the schema vouched for, and how far to trust it. */
export interface VouchedPart {
  loaded: LoadedDocument;
  trust: SchemaTrust;
}

/** What the checks of meaning may read of a file the schema refused; undefined when nothing. */
export function vouchedPart({ data, ...refused }: RefusedDocument): VouchedPart | undefined {
  const trust = SchemaTrust.of(data);
  const document = trust.prune(data);
  return document && { loaded: { ...refused, document }, trust };
}
