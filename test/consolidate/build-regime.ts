import { loadText } from '../../src/load/load-document.js';
import { compareDocuments, type Regime } from '../../src/consolidate/load-regime.js';
import { documentDate, regimeDocument } from '../../src/consolidate/regime-document.js';

/** A hypothetical resolution file: header fields, then operative paragraphs as YAML. */
export function resolutionYaml(number: number, adopted: string, operative: string, regime = 'test'): string {
  return [
    `symbol: S/RES/${number} (${adopted.slice(0, 4)})`,
    'kind: resolution',
    `number: ${number}`,
    `year: ${adopted.slice(0, 4)}`,
    'status: adopted',
    `regime: ${regime}`,
    'language: en',
    'completeness: partial',
    `dates: { adopted: ${adopted} }`,
    'notes: [Hypothetical test input; not a real resolution.]',
    'preamble: []',
    'operative:',
    operative.replace(/^\n/, ''),
  ].join('\n');
}

/** A regime built from in-memory files, named `<number>.yaml`, without touching the disk. */
export function regimeOf(texts: string[], id = 'test'): Regime {
  const documents = texts.map((text, i) => {
    const result = loadText(`r${i}.yaml`, text);
    if (!result.ok) throw new Error(`fixture ${i} does not load: ${JSON.stringify(result.diagnostics)}`);
    return regimeDocument(result.loaded, documentDate(result.loaded.document)!);
  });
  return { id, documents: documents.sort(compareDocuments) };
}
