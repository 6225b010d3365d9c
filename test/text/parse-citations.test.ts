import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../src/text/parse-citations.js';
import type { Reference } from '../../src/model/document.js';

type Expected = Omit<Reference, 'text'>;

/**
 * Real citation strings from the corpus (sources/), each with what it resolves to: the resolution
 * (or resolutions), and the paragraph list. A reference without a resolution points into the
 * present document.
 */
const TABLE: Array<[string, Expected[]]> = [
  // Haiti
  ['the provisions set forth in paragraphs 5 to 14 below, which are consistent', [{ paragraphs: ['5-14'] }]],
  ['in violation of paragraph 5 above;', [{ paragraphs: ['5'] }]],
  ['Decides that the Committee established by paragraph 10 below may authorize', [{ paragraphs: ['10'], committee: true }]],
  ['To examine the reports submitted pursuant to paragraph 13 below;', [{ paragraphs: ['13'] }]],
  ['in accordance with paragraph 7 above;', [{ paragraphs: ['7'] }]],
  ['to cooperate fully with the Committee established by paragraph 10 in the fulfilment of its tasks', [{ paragraphs: ['10'], committee: true }]],
  ['the obligations set out in paragraphs 5 to 9 above;', [{ paragraphs: ['5-9'] }]],
  ['after the provisions set forth in paragraphs 5 to 14 have come into force', [{ paragraphs: ['5-14'] }]],
  ['Recalling its resolution 841 (1993) of 16 June 1993,', [{ resolution: '841 (1993)' }]],
  ['the measures set out in paragraphs 5 to 9 of resolution\n841 (1993) are suspended', [{ resolution: '841 (1993)', paragraphs: ['5-9'] }]],
  ['the measures referred to in paragraph 1 above if, at any time', [{ paragraphs: ['1'] }]],
  ['all the measures in paragraphs 5 to\n14 of resolution 841 (1993) with a view to lifting them', [{ resolution: '841 (1993)', paragraphs: ['5-14'] }]],
  ['Recalling its resolutions 841 1993 of 16 June 1993, 861 (1993) of\n27 August 1993, 862 (1993) of 31 August 1993 and 867 (1993) of 23\nSeptember 1993,', [{ resolutions: ['841 (1993)', '861 (1993)', '862 (1993)', '867 (1993)'] }]],
  ['dispatched pursuant to resolution 867\n(1993), and the failure', [{ resolution: '867 (1993)' }]],
  ['Decides, in accordance with paragraph 2 of resolution 861 (1993),', [{ resolution: '861 (1993)', paragraphs: ['2'] }]],
  ['funds that are required to be frozen pursuant to\nparagraph 8 of resolution 841 (1993) may be released', [{ resolution: '841 (1993)', paragraphs: ['8'] }]],
  ['the Committee of the Security Council\nestablished pursuant to paragraph 10 of resolution 841 (1993) shall\nhave the authority', [{ resolution: '841 (1993)', paragraphs: ['10'], committee: true }]],
  ['to the prohibitions (other than those\nreferred to in paragraph 2 above) referred to in paragraph 1 above on', [{ paragraphs: ['2'] }, { paragraphs: ['1'] }]],
  ['the provisions of resolutions 841\n(1993) and 873 (1993) relating to the supply of petroleum', [{ resolutions: ['841 (1993)', '873 (1993)'] }]],
  ['to strengthen\nthe provisions of resolution 873 (1993),', [{ resolution: '873 (1993)' }]],
  // Libya
  ['Reaffirming its resolution 731 (1992) of 21 January 1992,', [{ resolution: '731 (1992)' }]],
  ['submitted pursuant to paragraph 4 of\nSecurity Council resolution 731 (1992),', [{ resolution: '731 (1992)', paragraphs: ['4'] }]],
  ['comply\nwithout any further delay with paragraph 3 of resolution 731\n(1992) regarding the requests', [{ resolution: '731 (1992)', paragraphs: ['3'] }]],
  ['has complied with\nparagraphs 1 and 2 above;', [{ paragraphs: ['1', '2'] }]],
  ['the Security Council Committee established by paragraph 9\nbelow;', [{ paragraphs: ['9'], committee: true }]],
  ['the obligations set out in paragraphs 3 to 7 above;', [{ paragraphs: ['3-7'] }]],
  ['in accordance with paragraph 4\nabove;', [{ paragraphs: ['4'] }]],
  ['Reaffirming its resolutions 731 (1992) of 21 January 1992 and 748\n(1992) of 31 March 1992,', [{ resolutions: ['731 (1992)', '748 (1992)'] }]],
  ['in the terms set out in paragraph 16\nbelow;', [{ paragraphs: ['16'] }]],
  ['any Libyan undertaking as defined in\nparagraph 3 above,', [{ paragraphs: ['3'] }]],
  ['the guidelines for the implementation of\nresolution 748 (1992), especially its paragraph 5 (a);', [{ resolution: '748 (1992)' }, { resolution: '748 (1992)', paragraphs: ['5(a)'] }]],
  ['Entrusts the Committee of the Security Council established\nby resolution 748 (1992) with the task', [{ resolution: '748 (1992)', committee: true }]],
  ['the requests and decisions in resolutions 731 (1992) and\n748 (1992),', [{ resolutions: ['731 (1992)', '748 (1992)'] }]],
  // Southern Rhodesia
  ['Recalling its resolutions 216 (1965) of 12 November\n1965 and 217 (1965) of 20 November 1965 and in particular', [{ resolutions: ['216 (1965)', '217 (1965)'] }]],
  ['the measures provided for in resolution 217 (1965), as well as those initiated', [{ resolution: '217 (1965)' }]],
  ['in accordance\nwith the provisions of paragraph 2 of the present resolution;', [{ paragraphs: ['2'] }]],
  ['the measures provided for in resolutions 217\n(1965) of 20 November 1965 and 232 (1966) of 16\nDecember 1966, as well as', [{ resolutions: ['217 (1965)', '232 (1966)'] }]],
  ['shall give effect to the decisions set out in\noperative paragraphs 3, 4, 5 and 6 of this resolution', [{ paragraphs: ['3', '4', '5', '6'] }]],
  ['in addition to the provisions of operative paragraph 6 of resolution 217 (1965) ;', [{ resolution: '217 (1965)', paragraphs: ['6'] }]],
  ['exempted from the prohibition contained in operative\nparagraph 3 (d) above)', [{ paragraphs: ['3(d)'] }]],
  ['Taking into account the reports 17 of the Committee\nestablished in pursuance of Security Council resolution 253 (1968),', [{ resolution: '253 (1968)', committee: true }]],
  ['the decisions taken\nby the Security Council in resolutions 232 (1966)\nand 253 (1968), all provisions of which', [{ resolutions: ['232 (1966)', '253 (1968)'] }]],
  ['Decides that the Committee of the Security\nCouncil established in pursuance of resolution 253\n(1968), in accordance with rule 28', [{ resolution: '253 (1968)', committee: true }]],
  ['Reaffirming its resolutions 216 (1965) of 12 November and 217 (1965) of 20 November 1965, 221\n(1966) of 9 April and 232 (1966) of 16 December\n1966, 253 (1968) of 29 May 1968, 277 (1970) of 18\nMarch 1970 and 388 (1976) of 6 April 1976,', [{ resolutions: ['216 (1965)', '217 (1965)', '221 (1966)', '232 (1966)', '253 (1968)', '277 (1970)', '388 (1976)'] }]],
  ['Recalling its resolutions 232 (1966) of 16 December\n1966, 253 (1968) of 29 May 1968 and subsequent related resolutions on the situation', [{ resolutions: ['232 (1966)', '253 (1968)'], andSubsequent: true }]],
  ['pursuant to resolutions 232 (1966), 253 (1968) and\nsubsequent related resolutions on the situation in Southern Rhodesia;', [{ resolutions: ['232 (1966)', '253 (1968)'], andSubsequent: true }]],
  ['Further decides to dissolve the Committee established in pursuance of resolution 253 (1968) in accordance with rule 28', [{ resolution: '253 (1968)', committee: true }]],
  ['to assist in the\nimplementation of paragraph 5 of the present resolution,', [{ paragraphs: ['5'] }]],
  // DPRK (register and fragments)
  ['the measures imposed in paragraph 8 (a) (iii) of resolution 1718 (2006)', [{ resolution: '1718 (2006)', paragraphs: ['8(a)(iii)'] }]],
  ['despite the adoption of paragraph 17 of resolution 2375 (2017), decides that', [{ resolution: '2375 (2017)', paragraphs: ['17'] }]],
  ['in violation of resolutions\n1718 (2006), 1874 (2009), 2087 (2013), 2094 (2013), 2270 (2016), 2321 (2016),\n2356 (2017), and 2371 (2017)', [{ resolutions: ['1718 (2006)', '1874 (2009)', '2087 (2013)', '2094 (2013)', '2270 (2016)', '2321 (2016)', '2356 (2017)', '2371 (2017)'] }]],
  // Capitalised, as in a title or at the start of a sentence (DPRK register, Southern Rhodesia sources)
  ['adopting Resolution 2397 (2017) at 8151st meeting', [{ resolution: '2397 (2017)' }]],
  ['Resolution 460 (1979)', [{ resolution: '460 (1979)' }]],
];

/** Texts that hold no Security Council citation: General Assembly and OAS resolutions, Charter articles. */
const NOT_CITATIONS = [
  'Recalling General Assembly resolutions 46/7 of 11 October 1991, 46/138\nof 17 December 1991, 47/20 A of 24 November 1992',
  'contained in General Assembly resolution 1514 (XV) of\n14 December 1960,',
  'Taking note of resolution 2262 (XXII) adopted by\nthe General Assembly on 3 November 1967,',
  'Noting resolutions MRE/RES.1/91, MRE/RES.2/91, MRE/RES.3/92 and\nMRE/RES.4/92 adopted by the Foreign Ministers',
  'and resolution CP/RES.594 (923/92) and declarations CP/Dec.8 (927/93)',
  'in accordance with the principle in Article\n2, paragraph 4, of the Charter of the United Nations,',
  'having regard to the principle stated in\nArticle 2, paragraph 6 of the Charter of the United\nNations,',
  'in accordance with rule 28 of its provisional rules of procedure',
];

describe('parseCitations on real citations from the corpus', () => {
  it('has at least 40 distinct real citation strings', () => {
    expect(new Set(TABLE.map(([text]) => text)).size).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s', (text, expected) => {
    const found = parseCitations(text, { paragraph: 5 });
    expect(found.map((c) => { const { text: _t, ...rest } = c.reference; return rest; })).toEqual(expected);
    for (const citation of found) expect(text.slice(citation.start, citation.end)).toBe(citation.reference.text);
  });

  it.each(NOT_CITATIONS)('finds no Security Council citation in: %s', (text) => {
    expect(parseCitations(text)).toEqual([]);
  });
});

describe('parseCitations details', () => {
  it('flags the OCR-damaged "841 1993" and suggests the bracketed form', () => {
    const [citation] = parseCitations('Recalling its resolutions 841 1993 of 16 June 1993, 861 (1993) of 27 August 1993,');
    expect(citation!.doubts).toEqual([expect.objectContaining({ code: 'citation-ocr-year', original: '841 1993', suggested: '841 (1993)' })]);
  });

  it('reads an en dash as a range and says so', () => {
    const [citation] = parseCitations('the measures set out in paragraphs 5–9 of resolution 841 (1993)');
    expect(citation!.reference).toMatchObject({ resolution: '841 (1993)', paragraphs: ['5-9'] });
    expect(citation!.doubts.map((d) => d.code)).toEqual(['citation-dash']);
  });

  it('reads a subparagraph of the present paragraph only when the paragraph is known', () => {
    const text = 'the items in subparagraph (a) above;';
    expect(parseCitations(text, { paragraph: 5 }).map((c) => c.reference.paragraphs)).toEqual([['5(a)']]);
    expect(parseCitations(text)).toEqual([]);
  });

  it('reads non-breaking spaces as spaces', () => {
    expect(parseCitations('paragraph\u00a08 of resolution\u00a0841\u00a0(1993)')[0]!.reference).toMatchObject({ resolution: '841 (1993)', paragraphs: ['8'] });
  });
});
