import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/load-document.js';

function problems(sources: string[]) {
  const result = load(sources);
  if (result.ok) throw new Error('the file was expected to have schema errors');
  return result.diagnostics;
}

function load(sources: string[]) {
  const text = ['kind: draft', 'status: circulated', 'language: en', 'completeness: summary', 'preamble: []', 'operative:', '  - id: op_1', '    summary:', '      text: A fact.', '      sources:', ...sources.map((s) => `        - ${s}`), '      status: partly', ''].join('\n');
  return loadText('draft.yaml', text);
}

describe('a source in the format', () => {
  it('is a URL or reference, or { ref, rank, note }: existing files stay valid', () => {
    expect(load(['https://www.reuters.com/a', '{ ref: "S/RES/1718 (2006)", rank: un, note: the official text }', '{ ref: https://un-report.blogspot.com/2017/ }']).ok).toBe(true);
  });

  it('wrongly written, gets one located message per problem, from the form it is written in', () => {
    const found = problems(['{ ref: https://www.reuters.com/a, rank: press }', '{ url: https://www.un.org/a }']);
    expect(found.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['11:51 invalid-value', '12:11 missing-property', '12:13 unknown-property']);
    expect(found[0]!.hint).toBe('use one of: un, government, press-research, other');
  });

  it('that is neither text nor a mapping says so', () => {
    expect(problems(['[https://www.reuters.com/a]']).map((d) => d.code)).toContain('wrong-type');
  });
});
