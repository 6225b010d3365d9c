import type { Element } from 'hast';
import type { Clause, LanguageCode, ResolutionDocument } from '../../model/document.js';
import { layoutDocument, type Block, type ClauseBody } from '../../render/document/layout.js';
import { openingWords } from '../../render/document/opening-words.js';
import { clauseMarkText, SUMMARY_MARK, SUMMARY_OF_ABOVE_MARK, summarySources } from '../../text/editorial-marks.js';
import type { Summary } from '../../model/document.js';
import { clauseIndex } from './clause-index.js';
import { clauseWords, type FindCited } from './citation-links.js';
import { h, type Child } from './h.js';

interface BodyContext {
  clauses: Map<string, Clause>;
  language: LanguageCode;
  find: FindCited;
}

function summaryWords(mark: string, summary: Summary): Child[] {
  return [h('em', { className: ['label-summary'] }, mark), ` ${summary.text} `, h('span', { className: ['label-summary'] }, summarySources(summary))];
}

function bodyWords(body: ClauseBody, id: string, opening: 'preamble' | 'operative' | undefined, context: BodyContext): Child[] {
  if (body.kind === 'summary') return summaryWords(SUMMARY_MARK, body.summary);
  const italic = opening ? openingWords(body.text, opening, context.language) : 0;
  const words = clauseWords(body.text, italic, context.clauses.get(id)?.references ?? [], context.find, id);
  const notes = body.brackets.map((note) => h('span', { className: ['label-summary'] }, ` [bracket ${note.label}: ${note.description}]`));
  return [...words, ...notes];
}

function marked(block: { mark?: Parameters<typeof clauseMarkText>[0] }, words: Child[]): Child[] {
  return block.mark ? [h('em', { className: ['label-summary'] }, clauseMarkText(block.mark)), ' ', ...words] : words;
}

function blockElement(block: Block, context: BodyContext): Element {
  switch (block.kind) {
    case 'title':
      return h('p', { className: ['title'] }, block.text);
    case 'header':
    case 'vote':
    case 'notice':
      return h('p', { className: [block.kind === 'header' ? 'header' : block.kind] }, block.text);
    case 'document-title':
      return h('p', { className: ['header', 'label-summary'] }, `${block.text} (title given by bluedraft, not part of the text)`);
    case 'opening':
      return h('p', { className: ['opening'] }, block.text);
    case 'part':
    case 'annex':
      return h('p', { className: ['annex'] }, block.text);
    case 'part-title':
    case 'annex-title':
    case 'heading':
      return h('p', { className: ['header'] }, h('strong', {}, block.text));
    case 'preamble':
      return h('p', { className: ['pp'], id: block.id }, marked(block, bodyWords(block.body, block.id, 'preamble', context)));
    case 'operative':
      return h('div', { className: ['op'], id: block.id }, h('span', {}, block.number === undefined ? '' : `${block.number}.`), h('p', {}, block.lead ? `(${block.lead}) ` : '', marked(block, bodyWords(block.body, block.id, 'operative', context))));
    case 'subparagraph':
      return h('div', { className: ['subp', `depth-${Math.min(block.depth, 4)}`], id: block.id }, h('span', {}, block.label ? `(${block.label})` : ''), h('p', {}, marked(block, bodyWords(block.body, block.id, undefined, context))));
    case 'summary-of-above':
      return h('p', { className: ['sub'] }, summaryWords(SUMMARY_OF_ABOVE_MARK, block.summary));
    case 'annex-item':
      return h('div', { className: ['subp', `depth-${Math.min(block.depth + 1, 4)}`], id: block.id }, h('span', {}, block.label ?? ''), h('p', {}, bodyWords(block.body, block.id, undefined, context)));
  }
}

/**
 * The document as circulated, in the UN layout (centred header, "The Security Council,",
 * preambular paragraphs with their participle in italics, numbered operative paragraphs with
 * hanging numbers, subparagraphs, annexes, the vote), from the same layout as `render`. An
 * Arabic text runs right to left.
 */
export function documentBody(document: ResolutionDocument, find: FindCited): Element {
  const context: BodyContext = { clauses: clauseIndex(document), language: document.language, find };
  const { blocks } = layoutDocument(document, { clean: false });
  return h('article', { className: ['un'], lang: document.language, dir: document.language === 'ar' ? 'rtl' : 'ltr' }, blocks.map((block) => blockElement(block, context)));
}
