import { formatCitation } from '../../model/citation.js';
import type { Reference } from '../../model/document.js';
import { WORK_PREFIX } from '../../render/document/akn/akn-names.js';

const WORK = new RegExp(`^${WORK_PREFIX.replace(/[/-]/g, '\\$&')}/([0-9]{4})(?:-[0-9]{2}-[0-9]{2})?/([1-9][0-9]*)(?:[/@][^#]*)?(?:#(.*))?$`);

/**
 * The paragraph path an eId names, in the convention's styles and close variants
 * (`para_8__subpara_a__subpara_iii`, `para-8.subpara-a`, `dvdr_8__list_1__item_a`): the first
 * paragraph number, then each lettered or roman subdivision after it.
 */
export function pathOfEid(eid: string): string | undefined {
  const paragraph = /(?:^|[_.-])(?:para|paragraph|dvdr|art)[_-]?([0-9]+)(.*)$/.exec(eid);
  if (!paragraph) return undefined;
  const labels = [...paragraph[2]!.matchAll(/(?:subpara|subparagraph|point|item|list)[_-]?([a-z]+)(?=$|[_.-])/g)].map((m) => m[1]!);
  return `${paragraph[1]}${labels.map((l) => `(${l})`).join('')}`;
}

/**
 * The reference a `<ref href>` makes: a Security Council resolution by its AKN4UN address
 * (a full date or the year), a paragraph by the fragment, or a paragraph of the document itself
 * (`#para_3`). Undefined for an address of anything else.
 */
export function referenceOfHref(href: string, text: string): Reference | undefined {
  const work = WORK.exec(href);
  if (work) {
    const path = work[3] === undefined ? undefined : pathOfEid(work[3]);
    return { resolution: formatCitation({ number: Number(work[2]), year: Number(work[1]) }), ...(path ? { paragraphs: [path] } : {}), text };
  }
  if (href.startsWith('#')) {
    const path = pathOfEid(href.slice(1));
    return path ? { paragraphs: [path], text } : undefined;
  }
  return undefined;
}
