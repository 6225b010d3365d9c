import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/load-document.js';
import { scanBrackets } from '../../src/text/brackets.js';
import { cleanBrackets } from '../../src/text/clean-brackets.js';
import { checkBrackets } from '../../src/validate/check-brackets.js';
import { ROOT } from './haiti-draft.js';

const MINIMAL = readFileSync(path.join(ROOT, 'test/fixtures/valid-minimal.yaml'), 'utf8');

/** The minimal draft with the text (and `brackets` lines) of its last paragraph replaced. */
function draftWith(paragraph: string): string {
  return MINIMAL.replace('    text: Decides to remain seized of the matter.\n', paragraph);
}

function check(text: string) {
  const loaded = loadText('draft.yaml', text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return checkBrackets(loaded.loaded);
}

function positionOf(text: string, needle: string): { line: number; col: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, col: at - before.lastIndexOf('\n') };
}

describe('scanBrackets', () => {
  it('finds optional language and alternatives, in order, with their options as written', () => {
    const text = 'Decides [immediately | within 30 days] to freeze [all] funds';
    const { brackets, problems } = scanBrackets(text);
    expect(problems).toEqual([]);
    expect(brackets.map((b) => text.slice(b.start, b.end))).toEqual(['[immediately | within 30 days]', '[all]']);
    expect(brackets[0]!.options.map((o) => o.text)).toEqual(['immediately ', ' within 30 days']);
    expect(brackets[1]!.options.map((o) => o.text)).toEqual(['all']);
  });

  it('reports an unclosed, an unopened and a nested bracket at their characters', () => {
    expect(scanBrackets('a [b c').problems).toEqual([{ kind: 'unclosed', offset: 2 }]);
    expect(scanBrackets('a b] c').problems).toEqual([{ kind: 'unopened', offset: 3 }]);
    expect(scanBrackets('a [b [c] d]').problems).toEqual([{ kind: 'nested', offset: 5 }, { kind: 'unopened', offset: 10 }]);
  });

  it('reads a vertical bar outside brackets as text', () => {
    expect(scanBrackets('a | b').brackets).toEqual([]);
  });
});

describe('cleanBrackets', () => {
  it('keeps the agreed option, trimmed, and drops dropped language with the space it leaves', () => {
    const text = 'Decides that all States shall [immediately | within 30 days] freeze the funds [, in particular those of designated entities,] concerned;';
    const clean = cleanBrackets(text, [{ state: 'agreed', agreedOption: 2 }, { state: 'agreed', agreedOption: 0 }]);
    expect(clean).toEqual({ ok: true, text: 'Decides that all States shall within 30 days freeze the funds concerned;' });
  });

  it('keeps an agreed single-option bracket, and drops one at the start of the text with its space', () => {
    expect(cleanBrackets('[Further] decides [that all States] shall', [{ state: 'agreed', agreedOption: 0 }, { state: 'agreed' }])).toEqual({ ok: true, text: 'decides that all States shall' });
  });

  it('refuses while a bracket is open, or agreed without saying which alternative won', () => {
    const text = 'a [b | c] d [e] f [g | h]';
    expect(cleanBrackets(text, [{ state: 'open' }, { state: 'agreed' }, { state: 'agreed' }])).toEqual({ ok: false, unsettled: [0, 2] });
    expect(cleanBrackets(text, [])).toEqual({ ok: false, unsettled: [0, 1, 2] });
  });
});

describe('validate: negotiation brackets', () => {
  it('accepts brackets that match their descriptions', () => {
    const text = draftWith('    text: "Decides [to remain | to stay] seized of the matter."\n    brackets:\n      - { state: open, proposedBy: [France, China] }\n');
    expect(check(text)).toEqual([]);
  });

  it('reports an unbalanced bracket at the bracket itself, in folded text too', () => {
    const text = draftWith('    text: >-\n      Decides to remain seized\n      of [the matter.\n');
    expect(check(text)).toEqual([expect.objectContaining({ code: 'bracket-unbalanced', severity: 'error', ...positionOf(text, '[the matter'), message: expect.stringContaining('never closed in `op_2`') })]);
  });

  it('reports nested brackets', () => {
    const text = draftWith('    text: "Decides [to remain [firmly] seized] of the matter."\n    brackets:\n      - { state: open }\n');
    expect(check(text).map((d) => d.code)).toEqual(['bracket-nested', 'bracket-unbalanced']);
  });

  it('reports brackets in the text that the `brackets` list does not describe, and the reverse', () => {
    const undescribed = draftWith('    text: "Decides [to remain] seized of the matter."\n');
    expect(check(undescribed)).toEqual([expect.objectContaining({ code: 'bracket-mismatch', message: expect.stringContaining('has 1 bracket, but its `brackets` list describes 0') })]);
    const extra = draftWith('    text: "Decides [to remain] seized of the matter."\n    brackets:\n      - { state: open }\n      - { state: open }\n');
    expect(check(extra)).toEqual([expect.objectContaining({ code: 'bracket-mismatch', ...positionOf(extra, 'brackets:') })]);
  });

  it('reports an agreed option that does not exist, and an agreed choice between alternatives that names none', () => {
    const text = draftWith('    text: "Decides [to remain | to stay] seized [fully] of the matter."\n    brackets:\n      - { state: agreed }\n      - { state: agreed, agreedOption: 2 }\n');
    expect(check(text).map((d) => d.code)).toEqual(['bracket-unsettled', 'bracket-option']);
  });

  it('reports brackets listed on an adopted resolution, whose square brackets are official text', () => {
    const shipped = readFileSync(path.join(ROOT, 'resolutions/haiti/S-RES-861-1993.yaml'), 'utf8');
    const text = shipped.replace('    text: Decides to remain seized of the matter.\n', '    text: Decides to remain seized of the matter.\n    brackets:\n      - { state: open }\n');
    expect(text).not.toBe(shipped);
    expect(check(text)).toEqual([expect.objectContaining({ code: 'brackets-in-resolution' })]);
  });
});
