/**
 * Second-level labels under which a country-code domain registers names ("yna.co.kr",
 * "mofa.go.kr", "bbc.co.uk"): under a two-letter top-level domain, these take one label more.
 */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'go', 'gob', 'gouv', 'gov', 'govt', 'ne', 'net', 'or', 'org']);

/**
 * The name a publisher registered, read from a host: "m-en.yna.co.kr" → "yna.co.kr",
 * "in.reuters.com" → "reuters.com". Two sources on the same registrable domain are one publisher.
 * A rule of thumb, not the Public Suffix List: it is right for the common cases and says so.
 */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().split('.').filter((label) => label !== '');
  if (labels.length <= 2) return labels.join('.');
  const top = labels.at(-1)!;
  const second = labels.at(-2)!;
  const take = top.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}
