import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../support/property-seed.js';
import { ImportRefusal } from '../../../src/import/import-refusal.js';
import { buildDocx, HEADER, importBytes, lvl, p } from './build-docx.js';

const NUMBERING = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
const GOOD = buildDocx({ body: HEADER + p('Decides to lift the measures;', { numId: 1, ilvl: 0 }) + p('Decides to remain seized of the matter.', { numId: 1, ilvl: 0 }), numbering: NUMBERING });

/** Imports, and says how it ended: read, refused (with a located diagnostic), or failed with anything else. */
function outcome(bytes: Uint8Array): 'read' | 'refused' | string {
  try {
    importBytes(bytes);
    return 'read';
  } catch (error) {
    if (error instanceof ImportRefusal && error.diagnostics.length > 0 && error.diagnostics.every((d) => d.severity === 'error' && d.hint)) return 'refused';
    return String(error instanceof Error ? error.stack : error);
  }
}

describe('a damaged Word file is read or refused, never a crash', () => {
  it('cut short anywhere', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: GOOD.length - 1 }), (end) => {
        expect(['read', 'refused']).toContain(outcome(GOOD.subarray(0, end)));
      }));
  });

  it('bytes overwritten anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.integer({ min: 0, max: GOOD.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }), (changes) => {
        const bytes = new Uint8Array(GOOD);
        for (const { at, value } of changes) bytes[at] = value;
        expect(['read', 'refused']).toContain(outcome(bytes));
      }),
    );
  });
});
