import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/edit/format-source.js';
import { loadText } from '../../src/load/load-document.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { checkDocument } from '../../src/validate/check-document.js';
import { Corpus } from '../../src/validate/corpus.js';
import { haitiDraft, insertBefore } from './haiti-draft.js';
import { meanings, texts } from './support/meanings.js';

function load(text: string): ResolutionDocument {
  const loaded = loadText('draft.yaml', text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  const errors = checkDocument(loaded.loaded, new Corpus([loaded.loaded])).filter((d) => d.severity === 'error');
  expect(errors).toEqual([]);
  return loaded.loaded.document;
}

const comments = (text: string) => text.split('\n').flatMap((line) => /(?:^|\s)(#.*)$/.exec(line)?.slice(1) ?? []);
const masked = (text: string) => text.replace(/\d+/g, '#');

const INSERTED = `  # Inserted by hand at the meeting of 14 June: not yet agreed.
  - text: Decides that the measures in paragraphs 5 to 9 below shall be reviewed within ninety days;  # penholder
`;

/** The Haiti draft with comments of a drafting team and a paragraph inserted by hand before paragraph 5. */
function editedDraft(): string {
  let text = haitiDraft().replace('\nkind: draft\n', '\n# Working copy of the drafting team.\nkind: draft\n');
  text = text.replace('  - id: op_10\n', '  - id: op_10  # the Committee\n');
  text = text.replace('      - id: op_10__d\n', '      # (d) was proposed by the Secretariat.\n      - id: op_10__d\n');
  return insertBefore(text, '  - id: op_5', INSERTED);
}

describe('fmt on a draft of resolution 841 (1993) with a paragraph inserted by hand', () => {
  const input = editedDraft();
  const before = loadText('draft.yaml', input.replace('  - text: Decides that the measures in', '  - id: inserted\n    text: Decides that the measures in'));
  if (!before.ok) throw new Error('fixture does not load');
  const old = before.loaded.document;
  const result = formatSource('draft.yaml', input);
  const output = result.text!;
  const formatted = load(output);

  it('numbers the operative paragraphs in the order they stand and keeps every id', () => {
    expect(result.diagnostics).toEqual([]);
    expect(formatted.operative.map((p) => p.number)).toEqual(formatted.operative.map((_, i) => i + 1));
    const ids = formatted.operative.map((p) => p.id);
    expect(ids.filter((id) => id !== ids[4])).toEqual(old.operative.map((p) => p.id).filter((id) => id !== 'inserted'));
    expect(ids[4]).toMatch(/^op_5_\d+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('updates every internal citation so that it designates the same clause as before', () => {
    const was = meanings(old);
    const now = meanings(formatted);
    for (const [id, meaning] of was) expect(now.get(id === 'inserted' ? formatted.operative[4]!.id : id), id).toEqual(meaning);
    // For example: paragraph 10 establishes the Committee and is now paragraph 11.
    expect(formatted.operative[7]!.text).toContain('the Committee established by paragraph 11 below');
    expect(formatted.operative[2]!.references).toEqual([{ paragraphs: ['6-15'], text: 'paragraphs 6 to 15 below' }]);
    expect(formatted.operative[4]!.text).toContain('paragraphs 6 to 10 below');
  });

  it('changes no word: only numbers differ', () => {
    const was = texts(old);
    const now = texts(formatted);
    for (const [key, text] of was) expect(masked(now.get(key.replace(/^inserted/, formatted.operative[4]!.id))!), key).toBe(masked(text));
    expect([...now.values()].join(' ')).not.toBe([...was.values()].join(' '));
  });

  it('keeps every comment, and every line it does not need to change', () => {
    expect(comments(output)).toEqual(comments(input));
    // Line by line, with numbers masked: the inserted paragraph gains its id and number, nothing else moves.
    const parts = diffArrays(input.split('\n').map(masked), output.split('\n').map(masked));
    const changed = parts.filter((p) => p.added || p.removed).map((p) => ({ added: Boolean(p.added), lines: p.value }));
    const inserted = INSERTED.split('\n')[1]!;
    expect(changed).toEqual([
      { added: false, lines: [masked(inserted)] },
      { added: true, lines: [`  - id: ${formatted.operative[4]!.id}`, '    number: 5', masked(inserted.replace('  - text', '    text'))].map(masked) },
    ]);
  });

  it('says what it changed, with the old and new wording', () => {
    expect(result.changes).toContain(`\`${formatted.operative[4]!.id}\`: numbered 5 (it had no number)`);
    expect(result.changes).toContain('`op_5` … `op_17`: paragraphs 5–17 → 6–18');
    expect(result.changes).toContain('`op_7`: "paragraph 10 below" → "paragraph 11 below"');
  });

  it('is idempotent: a second fmt changes nothing', () => {
    const again = formatSource('draft.yaml', output);
    expect(again).toEqual({ text: output, changes: [], diagnostics: [] });
  });
});
