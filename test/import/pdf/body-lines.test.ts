import { describe, expect, it } from 'vitest';
import { bodyLines } from '../../../src/import/pdf/body-lines.js';
import type { BodyGeometry } from '../../../src/import/pdf/page-geometry.js';
import type { PdfLine } from '../../../src/import/pdf/pdf-line.js';

const GEOMETRY: BodyGeometry = { size: 10, leading: 12, margins: [90] };

function line(page: number, index: number, y: number, x: number, text: string): PdfLine {
  return { page, index, text, x, xEnd: 500, y, size: 10, markers: [] };
}

/** The text the plain-text reader gets, blank lines as "¶". */
function given(pages: PdfLine[][]): string[] {
  return bodyLines(pages, GEOMETRY).lines.map((l) => (l.text === '' ? '¶' : l.text));
}

describe('paragraphs as the layout shows them', () => {
  it('a paragraph that runs on to the next page stays one, even when the page ends at a comma', () => {
    const pages = [[line(1, 3, 700, 110, 'Recalling its resolutions 841 (1993) of 16 June 1993,'), line(1, 4, 688, 90, 'and 861 (1993) of 27 August 1993,')], [line(2, 2, 760, 90, 'and 862 (1993) of 31 August 1993,')]];
    expect(given(pages)).toEqual(['Recalling its resolutions 841 (1993) of 16 June 1993,', 'and 861 (1993) of 27 August 1993,', 'and 862 (1993) of 31 August 1993,']);
  });

  it('a new page that opens with an indented line or a number in the margin opens a new paragraph', () => {
    const indented = [[line(1, 4, 688, 90, 'and 861 (1993) of 27 August 1993,')], [line(2, 2, 760, 110, 'Noting the report of the Secretary-General,')]];
    expect(given(indented)).toEqual(['and 861 (1993) of 27 August 1993,', '¶', 'Noting the report of the Secretary-General,']);
    const numbered = [[line(1, 4, 688, 90, 'the measures in force;')], [line(2, 2, 760, 90, '2. Decides to remain seized of the matter.')]];
    expect(given(numbered)).toEqual(['the measures in force;', '¶', '2. Decides to remain seized of the matter.']);
  });

  it('a gap wider than the line spacing ends a paragraph; the usual spacing does not', () => {
    const page = [line(1, 3, 700, 110, 'Acting under Chapter VII of the Charter of the United'), line(1, 4, 688, 90, 'Nations,'), line(1, 5, 668, 66, '1. Decides that …')];
    expect(given([page])).toEqual(['Acting under Chapter VII of the Charter of the United', 'Nations,', '¶', '1. Decides that …']);
  });

  it('knows the PDF line behind every line it gives', () => {
    const page = [line(1, 3, 700, 110, 'first'), line(1, 4, 668, 90, 'second')];
    const { lines, placeOf } = bodyLines([page], GEOMETRY);
    expect(lines.filter((l) => l.text !== '').map((l) => placeOf.get(l.line)?.index)).toEqual([3, 4]);
  });
});
