import { describe, expect, it } from 'vitest';
import { pageLines } from '../../../src/import/pdf/page-lines.js';
import type { PdfItem } from '../../../src/import/pdf/pdf-item.js';

function item(text: string, x: number, y: number, size = 10): PdfItem {
  return { text, x, y, size, width: text.length * size * 0.5 };
}

const page = (items: PdfItem[]) => ({ number: 1, width: 595, height: 842, items, rotated: 0 });

describe('lines rebuilt from text items', () => {
  it('joins items on one baseline left to right, a gap read as a space, a number in the margin opening the line', () => {
    const lines = pageLines(page([item('Decides that', 113, 700), item('1.', 90, 700), item('all States', 183, 700), item('shall prevent', 113, 688)]));
    expect(lines.map((l) => [l.index, l.text])).toEqual([[1, '1. Decides that all States'], [2, 'shall prevent']]);
  });

  it('takes a raised footnote marker out of the line and remembers where it stood', () => {
    const lines = pageLines(page([item('Republic of Korea', 113, 700), item('1', 198, 704, 6), item(', through', 201, 700)]));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe('Republic of Korea, through');
    expect(lines[0]!.markers).toEqual([{ offset: 'Republic of Korea'.length, text: '1' }]);
  });

  it('keeps other raised letters in their word: "1er", "9999e"', () => {
    const lines = pageLines(page([item('le 1', 113, 700), item('er', 133, 704, 6), item(' mars', 139, 700)]));
    expect(lines[0]!.text).toBe('le 1er mars');
    expect(lines[0]!.markers).toEqual([]);
  });

  it('reads a line of Arabic right to left', () => {
    const lines = pageLines(page([item('الأمن،', 400, 700), item('مجلس', 450, 700), item('إن', 500, 700)]));
    expect(lines[0]!.text).toBe('إن مجلس الأمن،');
  });
});
