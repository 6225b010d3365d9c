/** A link to one of the server's pages with its query, encoded. */
export function queryLink(page: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const text = params.toString();
  return text ? `${page}?${text}` : page;
}
