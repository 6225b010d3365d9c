import { describe, expect, it } from 'vitest';
import { lookalikes, withoutLookalikes } from '../../src/load/lookalike-characters.js';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { folderWith } from './temp-files.js';

const CYRILLIC_A = '\u0430';
const ZERO_WIDTH = '\u200b';
const NO_BREAK_SPACE = '\u00a0';

/** A valid draft with `regime`, an id and an effect target, each to be spoiled by one case. */
function draft({ regime = 'haiti', id = 'op_1', target = '841 (1993)', key = 'language' } = {}): string {
  return [
    'kind: draft',
    'status: circulated',
    `${key}: en`,
    'completeness: partial',
    `regime: ${regime}`,
    'preamble: []',
    'operative:',
    `  - id: ${id}`,
    '    number: 1',
    '    text: Decides to suspend the measures.',
    '    effects:',
    '      - action: suspend',
    `        target: { resolution: "${target}", paragraphs: ["5"] }`,
    '',
  ].join('\n');
}

async function validate(text: string) {
  const cwd = folderWith({ 'draft.yaml': text });
  const run = await runCli(['validate', 'draft.yaml'], { cwd });
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  return run;
}

/**
 * A character that passes for another (Cyrillic а for Latin a) or is not drawn (a zero-width
 * space) in an id, a regime or a target is named at its own column, with the name as meant,
 * instead of "not in the expected form" at the start of the value.
 */
describe('lookalike and invisible characters in names', () => {
  const cases: Array<[string, string, string, RegExp, string]> = [
    ['a Cyrillic а in the regime', draft({ regime: `h${CYRILLIC_A}iti` }), '5:10', /the regime "h.iti" contains U\+0430 CYRILLIC SMALL LETTER A, which looks like the Latin "a"/, 'retype it in plain ASCII: "haiti"'],
    ['a zero-width space in an id', draft({ id: `op${ZERO_WIDTH}_1` }), '8:11', /the id "op<U\+200B>_1" contains U\+200B ZERO WIDTH SPACE, an invisible character/, 'delete the invisible character: "op_1"'],
    ['a no-break space in a target (quoted)', draft({ target: `841${NO_BREAK_SPACE}(1993)` }), '13:35', /the resolution "841\u00a0\(1993\)" contains U\+00A0 NO-BREAK SPACE, which looks like " "/, '"841 (1993)"'],
    ['a Greek omicron in an id', draft({ id: 'op_\u03bfne' }), '8:12', /U\+03BF GREEK SMALL LETTER OMICRON, which looks like the Latin "o"/, '"op_one"'],
    ['a Cyrillic а in a key', draft({ key: `l${CYRILLIC_A}nguage` }), '3:2', /the key "l.nguage" contains U\+0430 CYRILLIC SMALL LETTER A/, '"language"'],
  ];
  for (const [name, text, place, message, meant] of cases) {
    it(`${name}: named at ${place}, with the fix`, async () => {
      const run = await validate(text);
      expect(run.stdout).toMatch(new RegExp(`^draft\\.yaml:${place} {2}error {2}.*\\[lookalike-character\\]`, 'm'));
      expect(run.stdout).toMatch(message);
      expect(run.stdout).toContain(meant);
      // The schema's "not in the expected form" at the same value says nothing more.
      expect(run.stdout).not.toMatch(/not in the expected form|unknown property/);
      expect(run.code).toBe(1);
    });
  }

  it('a clean draft has none', async () => {
    const run = await validate(draft());
    expect(run.stdout).not.toMatch(/lookalike-character/);
  });

  it('names every kind it knows, and gives the text as meant', () => {
    expect(lookalikes('plain_ascii-1')).toEqual([]);
    expect(lookalikes(`\u0421\u0435\u0440\u0445${ZERO_WIDTH}\uff21`).map((f) => f.name)).toEqual([
      'U+0421 CYRILLIC CAPITAL LETTER ES',
      'U+0435 CYRILLIC SMALL LETTER IE',
      'U+0440 CYRILLIC SMALL LETTER ER',
      'U+0445 CYRILLIC SMALL LETTER HA',
      'U+200B ZERO WIDTH SPACE',
      'U+FF21 FULLWIDTH LATIN CAPITAL LETTER A',
    ]);
    expect(withoutLookalikes(`southern\u2010rhodesia${ZERO_WIDTH}`)).toBe('southern-rhodesia');
    // Russian words are not lookalikes of anything when they stand in text; only the letters drawn like Latin ones are named.
    expect(lookalikes('\u0436').length).toBe(0);
  });
});

describe('lookalike and invisible characters in delegation names', () => {
  const withNames = (sponsors: string[]) => draft().replace('preamble: []', `sponsors: [${sponsors.map((s) => JSON.stringify(s)).join(', ')}]\npreamble: []`);

  it('a Cyrillic а in a Latin name is a located warning, with the name as meant', async () => {
    const run = await validate(withNames(['Haiti', `Fr${CYRILLIC_A}nce`]));
    expect(run.stdout).toMatch(/^draft\.yaml:6:24 {2}warning {2}the delegation name "Fr.nce" contains U\+0430 CYRILLIC SMALL LETTER A, which looks like the Latin "a" {2}\[lookalike-character\]/m);
    expect(run.stdout).toContain('retype it in plain letters: "France"');
  });

  it('a zero-width space in a name is a warning, shown visibly', async () => {
    const run = await validate(withNames([`France${ZERO_WIDTH}`]));
    expect(run.stdout).toMatch(/^draft\.yaml:6:19 {2}warning {2}the delegation name "France<U\+200B>" contains U\+200B ZERO WIDTH SPACE/m);
  });

  it('a name wholly in Cyrillic (a text in Russian) is a name, not a lookalike', async () => {
    const run = await validate(withNames(['\u0424\u0440\u0430\u043d\u0446\u0438\u044f']));
    expect(run.stdout).not.toMatch(/lookalike-character/);
  });
});

describe('lookalike and invisible characters in a regime named on the command line', () => {
  const RESOLUTIONS = new URL('../../resolutions', import.meta.url).pathname;
  for (const [name, id, said] of [
    ['a Cyrillic а', `h${CYRILLIC_A}iti`, /"h.iti" contains U\+0430 CYRILLIC SMALL LETTER A, which looks like the Latin "a": type "haiti"/],
    ['a zero-width space', `haiti${ZERO_WIDTH}`, /"haiti<U\+200B>" contains U\+200B ZERO WIDTH SPACE, an invisible character: type "haiti"/],
  ] as const) {
    it(`regime with ${name}: the character is named, with the id to type`, async () => {
      const run = await runCli(['regime', id, '--dir', RESOLUTIONS]);
      expect(run.stderr).toMatch(said);
      expect(run.code).toBe(2);
    });
  }
});
