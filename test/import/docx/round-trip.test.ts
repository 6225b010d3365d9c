import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolutionDocx } from '../../../src/render/docx/resolution-docx.js';
import { structure } from '../../support/clause-structure.js';
import { loadedDocument } from '../../support/loaded-document.js';
import { yamlFiles } from '../../support/yaml-files.js';
import { importBytes } from './build-docx.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SHIPPED = yamlFiles(path.join(ROOT, 'resolutions')).map((file) => [path.relative(ROOT, file), loadedDocument(file)] as const);

describe('render --format docx → import gives back every shipped file exactly (clauses, numbers, text), as the text and Markdown round trips do', () => {
  it('covers every shipped file', () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(23);
  });

  it.each(SHIPPED)('%s', (_name, document) => {
    const rendered = resolutionDocx(document);
    if (!rendered.ok) throw new Error('the shipped file has open brackets');
    expect(structure(importBytes(rendered.bytes).document)).toEqual(JSON.parse(JSON.stringify(structure(document))));
  });
});
