import { describe, expect, it } from 'vitest';
import { checkWritten } from '../../../src/import/check-written.js';
import { buildDocx, HEADER, importBytes, lvl } from './build-docx.js';

const NUMBERING = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
const NUM = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const deleted = (text: string) => `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
const by = (tag: string, id: number, author: string, inner: string) => `<w:${tag} w:id="${id}" w:author="${author}" w:date="2024-05-0${id % 9}T10:00:00Z">${inner}</w:${tag}>`;

/** Five operative paragraphs as stored, with the changes of three delegations and a comment. */
const BODY =
  HEADER +
  // 1: Alice replaces "within 30 days" by "immediately"; Bob inserts words.
  `<w:p><w:pPr>${NUM}</w:pPr>${run('Decides that all States shall ')}${by('del', 1, 'Alice', deleted('within 30 days'))}${by('ins', 2, 'Alice', run('immediately'))}${run(' lift the measures')}${by('ins', 3, 'Bob', run(' on seafood'))}${run(';')}</w:p>` +
  // 2: a whole paragraph Bob deleted (its words and its mark).
  `<w:p><w:pPr>${NUM}<w:rPr>${by('del', 4, 'Bob', '')}</w:rPr></w:pPr>${by('del', 5, 'Bob', deleted('Decides to review the measures;'))}</w:p>` +
  // 3: a whole paragraph Alice inserted, with a comment by Carol on it.
  `<w:p><w:pPr>${NUM}<w:rPr>${by('ins', 6, 'Alice', '')}</w:rPr></w:pPr><w:commentRangeStart w:id="0"/>${by('ins', 7, 'Alice', run('Requests the Secretary-General to report;'))}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>` +
  // 4: Dan moves words from here …
  `<w:p><w:pPr>${NUM}</w:pPr>${run('Encourages States to report')}${by('moveFrom', 8, 'Dan', run(' promptly'))}${run(';')}</w:p>` +
  // 5: … to here.
  `<w:p><w:pPr>${NUM}</w:pPr>${run('Decides to remain seized of the matter')}${by('moveTo', 9, 'Dan', run(' promptly'))}${run('.')}</w:p>` +
  `<w:p>${run('Adopted unanimously at the 9999th meeting.')}</w:p>`;
const COMMENTS = '<w:comment w:id="0" w:author="Carol" w:date="2024-05-02T09:00:00Z" w:initials="C"><w:p><w:r><w:t>Within what time?</w:t></w:r></w:p></w:comment>';
const DOCX = buildDocx({ body: BODY, numbering: NUMBERING, comments: COMMENTS });

const texts = (tracked?: 'accept' | 'reject' | 'brackets') => importBytes(DOCX, tracked).document.operative.map((o) => `${o.number}. ${o.text}`);

describe('Word tracked changes (hand-built: w:ins, w:del, w:delText, w:moveFrom/w:moveTo, deleted and inserted paragraph marks)', () => {
  it('by default: the text with every change accepted, numbered as Word then numbers it', () => {
    expect(texts()).toEqual([
      '1. Decides that all States shall immediately lift the measures on seafood;',
      '2. Requests the Secretary-General to report;',
      '3. Encourages States to report;',
      '4. Decides to remain seized of the matter promptly.',
    ]);
  });

  it('one diagnostic per pending change, at its paragraph of the Word file and with its author and date (a whole paragraph deleted or inserted is one change)', () => {
    const changes = importBytes(DOCX).diagnostics.filter((d) => d.code === 'docx-tracked-change');
    expect(changes.map((d) => [d.line, d.message])).toEqual([
      [5, 'pending tracked change: "within 30 days" deleted by Alice on 2024-05-01; left out (all changes accepted)'],
      [5, 'pending tracked change: "immediately" inserted by Alice on 2024-05-02; the text has it (all changes accepted)'],
      [5, 'pending tracked change: "on seafood" inserted by Bob on 2024-05-03; the text has it (all changes accepted)'],
      [6, 'pending tracked change: "Decides to review the measures;" deleted by Bob on 2024-05-05; left out (all changes accepted)'],
      [7, 'pending tracked change: "Requests the Secretary-General to report;" inserted by Alice on 2024-05-07; the text has it (all changes accepted)'],
      [8, 'pending tracked change: "promptly" moved away by Dan on 2024-05-08; left out (all changes accepted)'],
      [9, 'pending tracked change: "promptly" moved here by Dan on 2024-05-00; the text has it (all changes accepted)'],
    ]);
    expect(changes[0]!.col).toBe('Decides that all States shall '.length + 1);
    expect(changes[0]!.where).toBe('paragraph 5, "Decides that all States shall immediately lift the …"');
    expect(changes.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('--tracked reject: the text before the changes', () => {
    expect(texts('reject')).toEqual([
      '1. Decides that all States shall within 30 days lift the measures;',
      '2. Decides to review the measures;',
      '3. Encourages States to report promptly;',
      '4. Decides to remain seized of the matter.',
    ]);
    expect(importBytes(DOCX, 'reject').diagnostics.filter((d) => d.code === 'docx-tracked-change')).toHaveLength(7);
  });

  it('--tracked brackets: each change a negotiation bracket proposed by its author; a draft that validates', () => {
    const result = importBytes(DOCX, 'brackets');
    const first = result.document.operative[0]!;
    expect(first.text).toBe('Decides that all States shall [within 30 days | immediately] lift the measures[ on seafood];');
    expect(first.brackets).toEqual([
      { state: 'open', proposedBy: ['Alice'], note: 'replacement proposed by Alice on 2024-05-02 (a Word tracked change): the first option is the text before it, the second the text proposed' },
      { state: 'open', proposedBy: ['Bob'], note: 'insertion proposed by Bob on 2024-05-03 (a Word tracked change)' },
    ]);
    const second = result.document.operative[1]!;
    expect(second.text).toBe('[Decides to review the measures;]');
    expect(second.brackets?.[0]).toMatchObject({ proposedBy: ['Bob'], note: expect.stringMatching(/^deletion proposed by Bob/) });
    expect(result.document.operative.map((o) => o.number)).toEqual([1, 2, 3, 4, 5]);
    expect(result.document.operative[4]!.brackets?.[0]?.note).toMatch(/^move \(to here\) proposed by Dan/);
    expect(result.document).toMatchObject({ kind: 'draft', status: 'circulated' });
    expect(result.document.notes?.at(-1)).toMatch(/^Made by bluedraft from a copy of S\/RES\/2999 \(2030\) marked up/);
    expect(checkWritten('out.yaml', result.yaml)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === 'docx-tracked-change').every((d) => d.severity === 'info')).toBe(true);
  });

  it('words one author inserted and another deleted (w:del inside w:ins) are in neither the accepted nor the rejected text', () => {
    const body = HEADER + `<w:p><w:pPr>${NUM}</w:pPr>${run('Decides to remain seized of the matter')}${by('ins', 1, 'Alice', `${run(' for now')}${by('del', 2, 'Bob', deleted(' and forever'))}`)}${run('.')}</w:p>`;
    const docx = buildDocx({ body, numbering: NUMBERING });
    expect(importBytes(docx).document.operative[0]!.text).toBe('Decides to remain seized of the matter for now.');
    expect(importBytes(docx, 'reject').document.operative[0]!.text).toBe('Decides to remain seized of the matter.');
  });

  it('a comment is a note on its clause, with its author, labelled as a comment', () => {
    const requests = importBytes(DOCX).document.operative[1]!;
    expect(requests.note).toBe('Word comment by Carol (2024-05-02), not part of the text: "Within what time?"');
  });
});
