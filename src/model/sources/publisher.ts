import { registrableDomain } from './registrable-domain.js';
import { webSite } from './web-host.js';

/**
 * Who stands behind a source, for telling independent sources apart: the registrable domain of a
 * web address ("in.reuters.com" and "www.reuters.com" are both "reuters.com"), else the reference
 * as written. Two sources with the same publisher are one source.
 */
export function publisherOf(address: string): string {
  const site = webSite(address);
  return site === undefined ? address.trim() : registrableDomain(site);
}
