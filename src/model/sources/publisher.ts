import { registrableDomain } from './registrable-domain.js';
import { webHost } from './web-host.js';

/**
 * Who stands behind a source, for telling independent sources apart: the registrable domain of a
 * web address ("in.reuters.com" and "www.reuters.com" are both "reuters.com"), else the reference
 * as written. Two sources with the same publisher are one source.
 */
export function publisherOf(address: string): string {
  const host = webHost(address);
  return host === undefined ? address.trim() : registrableDomain(host.replace(/^www\d*\./, ''));
}
