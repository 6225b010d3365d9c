import { describe, expect, it } from 'vitest';
import { loadedText } from '../support/loaded-text.js';
import { readRanking } from '../../src/validate/sources/read-ranking.js';
import { checkSources } from '../../src/validate/check-sources.js';

const { ranking } = readRanking('ranks.yaml', [
  'un:\n  domains: [un.org]',
  'government:\n  domains: [state.gov]',
  'press-research:\n  domains: [reuters.com, yna.co.kr, sipri.org]',
  'other:\n  domains: [5ch.net, profilpelajar.com]',
].join('\n'));

function check(operative: string) {
  const text = `symbol: S/RES/1718 (2006)\nkind: resolution\nnumber: 1718\nyear: 2006\nstatus: adopted\nlanguage: en\ncompleteness: summary\npreamble: []\noperative:\n${operative}`;
  return checkSources(loadedText('dprk.yaml', text), undefined, ranking).map((d) => ({ at: `${d.line}:${d.col}`, severity: d.severity, code: d.code, message: d.message }));
}

describe('validate: sources and the statuses they support', () => {
  it('a status the sources do not support is a located warning, saying what they support', () => {
    const found = check([
      '  - id: op_12',
      '    number: 12',
      '    summary:',
      '      text: Establishes the Committee.',
      '      sources:',
      '        - https://profilpelajar.com/article/x',
      '        - https://lavender.5ch.net/test/read.cgi/x',
      '      status: confirmed',
      '',
    ].join('\n'));
    expect(found).toEqual([
      expect.objectContaining({ at: '17:15', severity: 'warning', code: 'status-not-supported' }),
      expect.objectContaining({ at: '11:13', severity: 'warning', code: 'status-not-supported' }),
    ]);
    expect(found[0]!.message).toContain('the summary’s status is "confirmed", but its sources (2 sources of rank other) support at most "unconfirmed"');
  });

  it('one press-research source supports partly; two of different publishers, or one UN or government source, confirm', () => {
    const clause = (id: string, status: string, ...sources: string[]) => [`  - id: ${id}`, '    summary:', '      text: A fact.', '      sources:', ...sources.map((s) => `        - ${s}`), `      status: ${status}`].join('\n');
    const found = check([
      clause('op_a', 'confirmed', 'https://www.reuters.com/a', 'http://in.reuters.com/b'),
      clause('op_b', 'partly', 'https://www.reuters.com/a'),
      clause('op_c', 'confirmed', 'https://www.reuters.com/a', 'https://m-en.yna.co.kr/b'),
      clause('op_d', 'confirmed', 'https://5ch.net/x', 'https://usun.state.gov/remarks/8238'),
      clause('op_e', 'confirmed', 'https://5ch.net/x', 'S/RES/1718 (2006)'),
      '',
    ].join('\n'));
    const located = found.map((d) => `${d.at} ${d.code}`);
    expect(located).toEqual(['42:11 unranked-source', '16:15 status-not-supported', '43:15 status-not-supported']);
    expect(found[1]!.message).toContain('its sources (2 press-research sources of one publisher (reuters.com)) support at most "partly"');
    expect(found[0]!.message).toContain('no rank is known for the reference "S/RES/1718 (2006)"');
  });

  it('a source no entry ranks is a located warning, and counts as rank other', () => {
    const found = check([
      '  - id: op_1',
      '    summary:',
      '      text: A fact.',
      '      sources: [https://www.un.org/press/x, https://unknown-site.example/page]',
      '      status: confirmed',
      '',
    ].join('\n'));
    expect(found).toEqual([expect.objectContaining({ at: '13:45', severity: 'warning', code: 'unranked-source' })]);
    expect(found[0]!.message).toContain('no rank is known for the site unknown-site.example');
  });

  it('a number or an effect rests on the sources of the clause and of its subparagraphs', () => {
    const found = check([
      '  - id: op_8',
      '    number: 8',
      '    numberStatus: confirmed',
      '    summary: { text: Decides measures., sources: [https://profilpelajar.com/a], status: unconfirmed }',
      '    effects:',
      '      - action: impose',
      '        status: confirmed',
      '    subparagraphs:',
      '      - id: op_8__d',
      '        number: d',
      '        summary: { text: Asset freeze., sources: [https://www.un.org/press/x], status: confirmed }',
      '  - id: op_12',
      '    number: 12',
      '    numberStatus: partly',
      '    summary: { text: Committee., sources: [https://profilpelajar.com/b], status: unconfirmed }',
      '    effects:',
      '      - action: establish-committee',
      '        status: confirmed',
      '',
    ].join('\n'));
    expect(found.map((d) => `${d.at} ${d.code}`)).toEqual(['23:19 status-not-supported', '27:17 status-not-supported']);
    expect(found[0]!.message).toContain('the number’s status (`numberStatus`) is "partly"');
    expect(found[1]!.message).toContain('the status of effect 1 (establish-committee) is "confirmed"');
  });

  it('a number given without `numberStatus` reads as confirmed, and is held to its sources too', () => {
    const found = check([
      '  - id: op_12',
      '    number: 12',
      '    summary: { text: Committee., sources: [https://profilpelajar.com/b, https://www.reuters.com/a], status: partly }',
      '  - id: op_13',
      '    number: 13',
      '    numberStatus: partly',
      '    summary: { text: Committee., sources: [https://profilpelajar.com/b, https://www.reuters.com/a], status: partly }',
      '  - id: op_14',
      '    number: 14',
      '    text: Decides to remain seized of the matter.',
      '',
    ].join('\n'));
    expect(found).toEqual([expect.objectContaining({ at: '11:13', code: 'status-not-supported' })]);
    expect(found[0]!.message).toContain('the number (confirmed by default, as no `numberStatus` is given) is "confirmed", but its sources (1 press-research source (reuters.com) and 1 source of rank other) support at most "partly"');
  });

  it('official wording from a copy whose site is not ranked is pointed out too', () => {
    const found = check(['  - id: op_1', '    text: Decides that', '    wordingFrom: https://mirror.example/res1718', ''].join('\n'));
    expect(found).toEqual([expect.objectContaining({ at: '12:18', code: 'unranked-source' })]);
  });
});
