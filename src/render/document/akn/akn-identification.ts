import type { LanguageCode } from '../../../model/document.js';
import { LANGUAGE_CODES, workAddress } from './akn-names.js';
import { element, type XmlElement } from './xml-tree.js';

export interface Addressed {
  /** YYYY-MM-DD */
  date: string;
  /** What the date is: "adoption", or a draft's "circulated", "revised" … */
  dateName: string;
  /** The number in the address: "841". */
  number: string;
  /** The number as printed: "S/RES/841 (1993)". */
  printed?: string;
  language: LanguageCode;
  /** `!main`, or `!annex_1` for an attachment. */
  component: string;
}

/**
 * meta/identification by AKN4UN: the work `/akn/un/statement/deliberation/un-sc/{date}/{number}`,
 * the expression `…/{lang}@{date}` (ISO 639-2), the manifestation `….xml`; each dated with the
 * document's own date, so that rendering the same file twice gives the same XML.
 */
export function identification(at: Addressed): XmlElement {
  const work = workAddress(at.date, at.number);
  const expression = `${work}/${LANGUAGE_CODES[at.language]}@${at.date}`;
  const author = element('FRBRauthor', { href: '#un-sc' });
  return element('identification', { source: '#bluedraft' }, [
    element('FRBRWork', {}, [
      element('FRBRthis', { value: `${work}/${at.component}` }),
      element('FRBRuri', { value: work }),
      element('FRBRdate', { date: at.date, name: at.dateName }),
      author,
      element('FRBRcountry', { value: 'un' }),
      element('FRBRsubtype', { value: 'deliberation' }),
      element('FRBRnumber', { value: at.number, showAs: at.printed }),
    ]),
    element('FRBRExpression', {}, [
      element('FRBRthis', { value: `${expression}/${at.component}` }),
      element('FRBRuri', { value: expression }),
      element('FRBRdate', { date: at.date, name: 'expression' }),
      element('FRBRauthor', { href: '#un-sc' }),
      element('FRBRlanguage', { language: LANGUAGE_CODES[at.language] }),
    ]),
    element('FRBRManifestation', {}, [
      element('FRBRthis', { value: `${expression}/${at.component}.xml` }),
      element('FRBRuri', { value: `${expression}.akn` }),
      element('FRBRdate', { date: at.date, name: 'manifestation' }),
      element('FRBRauthor', { href: '#bluedraft' }),
    ]),
  ]);
}
