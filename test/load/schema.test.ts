import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COMMODITIES, COMMODITY_MEASURES, MEASURE_KINDS } from '../../src/model/measures.js';

const schema = JSON.parse(await readFile('schemas/resolution.schema.json', 'utf8'));

/** Every `properties` entry in the schema, with where it sits. */
function* properties(node: unknown, where: string): Generator<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.properties && typeof record.properties === 'object') {
    for (const [name, value] of Object.entries(record.properties)) yield [`${where}.${name}`, value as Record<string, unknown>];
  }
  for (const [key, value] of Object.entries(record)) yield* properties(value, `${where}/${key}`);
}

describe('schemas/resolution.schema.json', () => {
  it('is draft 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^urn:bluedraft:/);
  });

  it('describes every property, so editors show help on hover', () => {
    const missing = [...properties(schema, '#')].filter(([, value]) => typeof value.description !== 'string' || value.description.length < 5).map(([where]) => where);
    expect(missing).toEqual([]);
  });

  it('lists the same measure vocabulary as the code', () => {
    const measure = schema.$defs.measure.anyOf;
    expect(measure[0].enum).toEqual([...MEASURE_KINDS]);
    expect(measure[1].pattern).toBe(`^(${COMMODITY_MEASURES.join('|')}):(${COMMODITIES.join('|')})$`);
  });
});
