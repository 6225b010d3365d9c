import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SchemaTrust } from '../../src/validate/schema-trust.js';

const draft = (operative: string, head = 'kind: draft\nstatus: circulated') => parse(`${head}
language: en
completeness: full
preamble:
  - id: pp_1
    text: Recalling its resolutions,
operative:
${operative}`) as unknown;

describe('SchemaTrust', () => {
  it('vouches for the whole of a document that matches the schema', () => {
    const trust = SchemaTrust.of(draft('  - { id: op_1, number: 1, text: Decides. }'));
    expect(trust).toBe(SchemaTrust.WHOLE);
    expect(trust.vouchesFor(['operative', 0, 'number'])).toBe(true);
    expect(trust.vouchesForClauses()).toBe(true);
  });

  it('makes unknown the missing property, not the mapping around it, and keeps what else the mapping holds', () => {
    const data = draft('  - { number: 1, text: Decides. }');
    const trust = SchemaTrust.of(data);
    expect(trust.vouchesFor(['operative', 0, 'id'])).toBe(false);
    expect(trust.vouchesFor(['operative', 0])).toBe(false);
    expect(trust.vouchesFor(['operative', 0, 'number'])).toBe(true);
    expect(trust.vouchesForClauses()).toBe(false);
    expect(trust.prune(data)?.operative).toEqual([{ number: 1, text: 'Decides.' }]);
  });

  it('removes an unknown property and a refused value, and nothing else', () => {
    const data = draft('  - { id: op_1, number: one, txt: Decides., summary: { text: Decides, sources: [x] } }');
    const trust = SchemaTrust.of(data);
    expect(trust.vouchesFor(['operative', 0, 'txt'])).toBe(false);
    expect(trust.vouchesFor(['operative', 0, 'number'])).toBe(false);
    expect(trust.vouchesFor(['operative', 0, 'summary'])).toBe(true);
    expect(trust.prune(data)?.operative).toEqual([{ id: 'op_1', summary: { text: 'Decides', sources: ['x'] } }]);
  });

  it('makes a whole list unknown for one refused entry, so that no entry moves; a clause list reads as empty', () => {
    const data = draft('  - { id: op_1, number: 1, text: Decides., measures: [asset-freez, arms-embargo] }\n  - Decides to remain seized.');
    const trust = SchemaTrust.of(data);
    expect(trust.vouchesFor(['operative'])).toBe(false);
    expect(trust.vouchesFor(['preamble', 0, 'id'])).toBe(true);
    expect(trust.prune(data)?.operative).toEqual([]);
    const measures = draft('  - { id: op_1, number: 1, text: Decides., measures: [asset-freez, arms-embargo] }');
    expect(SchemaTrust.of(measures).prune(measures)?.operative).toEqual([{ id: 'op_1', number: 1, text: 'Decides.' }]);
  });

  it('knows every clause where only an effect is refused', () => {
    const trust = SchemaTrust.of(draft('  - { id: op_1, number: 1, text: Decides., effects: [{ action: suspnd }] }'));
    expect(trust.vouchesFor(['operative', 0, 'effects', 0])).toBe(false);
    expect(trust.vouchesFor(['operative', 0, 'text'])).toBe(true);
    expect(trust.vouchesForClauses()).toBe(true);
  });

  it('gives nothing to check of a document that is not a mapping', () => {
    const data = parse('- The Security Council') as unknown;
    expect(SchemaTrust.of(data).prune(data)).toBeUndefined();
  });
});
