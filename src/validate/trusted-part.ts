import type { LoadedDocument, RefusedDocument } from '../load/load-document.js';
import { SchemaTrust } from './schema-trust.js';

/** The part of a file the schema refused that the checks of meaning may still trust, and how far. */
export interface TrustedPart {
  loaded: LoadedDocument;
  trust: SchemaTrust;
}

/** What the checks of meaning may read of a file the schema refused; undefined when nothing. */
export function trustedPart({ data, ...refused }: RefusedDocument): TrustedPart | undefined {
  const trust = SchemaTrust.of(data);
  const document = trust.prune(data);
  return document && { loaded: { ...refused, document }, trust };
}
