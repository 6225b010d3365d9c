/**
 * The Host header a request must carry: the name and port the server listens on, as a browser
 * on this machine writes them. A page on another site that resolves its own name to 127.0.0.1
 * (DNS rebinding) sends its own name, and is refused.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = host === '127.0.0.1' || host === 'localhost' ? ['127.0.0.1', 'localhost'] : host === '::1' ? ['[::1]', 'localhost'] : [host.includes(':') ? `[${host}]` : host];
  return new Set(names.map((name) => `${name}:${port}`.toLowerCase()));
}

export function isAllowedHost(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  return header !== undefined && allowed.has(header.toLowerCase());
}
