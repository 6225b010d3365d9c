import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolutionDocument } from '../../src/model/document.js';
import { renderDocument } from '../../src/render/document/render-document.js';
import { importedText } from '../support/imported-text.js';

/**
 * S/RES/5 (1946) as printed (test/fixtures/corpus-unsc/en/S_RES_0005_1946_EN_GOLD.txt): its first
 * preambular paragraph holds "[resolution 3 (1946)]", square brackets of the official text, not
 * negotiation brackets (an adopted resolution has none: docs/format.md, check-brackets).
 */
const FILE = path.resolve(import.meta.dirname, '../fixtures/corpus-unsc/en/S_RES_0005_1946_EN_GOLD.txt');
const RESOLUTION = importedText(readFileSync(FILE, 'utf8'), 'S_RES_0005_1946_EN_GOLD.txt');
const BRACKETED = '[resolution 3 (1946)]';

function rendered(document: ResolutionDocument, options: Parameters<typeof renderDocument>[1]): string {
  const result = renderDocument(document, options);
  if (!result.ok) throw new Error(`render refused: ${JSON.stringify(result.unsettled)}`);
  return result.text;
}

describe('square brackets in an adopted resolution are its words, not negotiation brackets', () => {
  it('the text holds them', () => {
    expect(RESOLUTION.kind).toBe('resolution');
    expect(RESOLUTION.preamble[0]!.text).toContain(BRACKETED);
  });

  it('Markdown prints them with no footnote about who proposed them', () => {
    const markdown = rendered(RESOLUTION, { format: 'md' });
    expect(markdown).toContain(`${BRACKETED},`);
    expect(markdown).not.toContain('[^');
    expect(markdown).not.toContain('no `brackets` entry');
  });

  it('the clean text keeps them, instead of refusing them as open brackets', () => {
    expect(rendered(RESOLUTION, { format: 'txt', clean: true })).toContain(`${BRACKETED},`);
  });

  it('render → import in Markdown gives back the same words', () => {
    const again = importedText(rendered(RESOLUTION, { format: 'md' }), 'rendered.md');
    expect(again.preamble.map((p) => p.text)).toEqual(RESOLUTION.preamble.map((p) => p.text));
  });

  it('in a draft, the same brackets are still negotiation brackets, with their footnote', () => {
    const draft: ResolutionDocument = { ...structuredClone(RESOLUTION), kind: 'draft', status: 'circulated' };
    expect(rendered(draft, { format: 'md' })).toContain(`${BRACKETED}[^pp_1-1]`);
    expect(renderDocument(draft, { format: 'txt', clean: true }).ok).toBe(false);
  });
});
