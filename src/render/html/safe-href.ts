/**
 * Whether a report's link may stay a link in HTML: a place in the page (`#…`) or a web address
 * (a source's page, followed only when the reader clicks it). Anything else, `javascript:` or
 * `data:` above all, is shown as its text without a link.
 */
export function safeHref(url: string): boolean {
  return /^#[^\s]*$/.test(url) || /^https?:\/\/[^\s<>"]+$/i.test(url);
}
