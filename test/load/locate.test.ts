import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { Locator } from '../../src/load/locate.js';

function locatorFor(text: string): Locator {
  const result = parseYaml('t.yaml', text);
  if (!result.ok) throw new Error(result.diagnostics[0]!.message);
  return new Locator(result.parsed.document, result.parsed.lineCounter);
}

const SOURCE = `# comment
kind: draft
operative:
  - id: op_1
    number: 1
    text:
  - id: op_2
    effects:
      - action: suspend
        target: { paragraphs: ["5-9"] }
`;

describe('Locator', () => {
  const locate = locatorFor(SOURCE);

  it('finds a value deep in lists and flow mappings', () => {
    expect(locate.value(['operative', 1, 'effects', 0, 'target', 'paragraphs', 0])).toEqual({ line: 10, col: 32 });
  });

  it('finds the key of a property, for unknown-property messages', () => {
    expect(locate.key(['operative', 0, 'number'])).toEqual({ line: 5, col: 5 });
  });

  it('points at the key when the value is empty', () => {
    expect(locate.value(['operative', 0, 'text'])).toEqual({ line: 6, col: 5 });
  });

  it('points at the nearest mapping when the property is missing', () => {
    expect(locate.value(['operative', 1, 'text'])).toEqual({ line: 7, col: 5 });
  });

  it('points at a list item itself for list paths', () => {
    expect(locate.key(['operative', 1])).toEqual({ line: 7, col: 5 });
  });
});
