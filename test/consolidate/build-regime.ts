import { loadText } from '../../src/load/load-document.js';
import { compareDocuments, type Regime } from '../../src/consolidate/load-regime.js';
import { documentDate, regimeDocument } from '../../src/consolidate/regime-document.js';
import type { Measure, RegimeState } from '../../src/consolidate/types.js';

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

/** The measure with `key` in the state; fails the test, listing the keys there are, where there is none. */
export function measure(state: RegimeState, key: string): Measure {
  const found = state.measures.find((m) => m.key === key);
  if (!found) throw new Error(`no measure ${key} in ${state.measures.map((m) => m.key).join(', ')}`);
  return found;
}

/** The codes of the state's diagnostics, in order. */
export function codes(state: RegimeState): string[] {
  return state.diagnostics.map((d) => d.code);
}
