import type { IncomingMessage } from 'node:http';

/** A request's body, or `undefined` once it passes `limit` bytes (the rest is not read). */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A form posted as multipart/form-data or urlencoded, parsed by the platform's own `Request`. */
export async function readForm(request: IncomingMessage, limit: number): Promise<FormData | undefined> {
  const body = await readBody(request, limit);
  if (body === undefined) return undefined;
  const type = request.headers['content-type'] ?? '';
  return new Request('http://localhost/', { method: 'POST', headers: { 'content-type': type }, body }).formData().catch(() => undefined);
}
