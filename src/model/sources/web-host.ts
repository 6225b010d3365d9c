/** The host of a web address, lower-case ("press.un.org"); undefined where the source is not a web address. */
export function webHost(address: string): string | undefined {
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(address.trim())?.[1];
  return host === undefined || host === '' ? undefined : host.toLowerCase().replace(/\.$/, '');
}

/** The site of a web address: its host without "www." ("https://www.reuters.com/…" → "reuters.com"); undefined where the source is not a web address. */
export function webSite(address: string): string | undefined {
  return webHost(address)?.replace(/^www\d*\./, '');
}
