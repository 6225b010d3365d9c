/**
 * A resolution or draft in UN layout, as hast: the symbol, the title and adoption line (or the
 * sponsors and date of a draft), "The Security Council,", the preambular paragraphs with their
 * participles in italics, the numbered operative paragraphs with their verbs in italics and
 * their subparagraphs indented, parts A, B, C … with their titles, annexes, the vote, and the
 * negotiation brackets' notes. Made from the same block layout as the plain-text and Markdown
 * renderings (src/render/document/layout.ts), so the three never disagree. Citations of other
 * paragraphs become links where `citationHref` gives them an address.
 */
import type { Element, ElementContent } from 'hast';
import type { ResolutionDocument } from '../../model/document.js';
import { clauseMarkText, SUMMARY_MARK, SUMMARY_OF_ABOVE_MARK, type ClauseMark } from '../../text/editorial-marks.js';
import { layoutDocument, type Block, type UnsettledBracket } from '../document/layout.js';
import type { CitationHref } from './citation-link.js';
import { clauseWords, summaryWords, type ClauseWordsContext } from './clause-words.js';
import { h, text } from './hast.js';
import { languageDirection } from './language-direction.js';

export interface ResolutionHastOptions {
  /** The clean text: agreed brackets resolved; refused (`ok: false`) while any bracket is open. */
  clean?: boolean;
  /** Where a citation of another paragraph leads (undefined: no link). The links have the class `citation`. */
  citationHref?: CitationHref;
  /** Put before each clause's id to make the element's `id` (default none: `op_3` is `id="op_3"`). */
  idPrefix?: string;
}

export type ResolutionHastResult = { ok: true; tree: Element } | { ok: false; unsettled: UnsettledBracket[] };

type Context = Omit<ClauseWordsContext, 'clauseId' | 'opening' | 'paragraph'> & { idPrefix: string };

function marked(mark: ClauseMark | undefined, words: ElementContent[]): ElementContent[] {
  return mark ? [h('em', { className: ['clause-mark'] }, [clauseMarkText(mark)]), text(' '), ...words] : words;
}

/** A numbered line: its number (or label) in a column of its own, its words beside it. */
function numbered(className: string[], id: string, number: string, words: ElementContent[]): Element {
  return h('p', { className: ['paragraph', ...className], id }, [h('span', { className: ['num'] }, [number]), h('span', { className: ['words'] }, words)]);
}

function blockElement(block: Block, context: Context, paragraph: number | undefined): Element {
  const words = (id: string, body: Extract<Block, { body: unknown }>['body'], opening?: 'preamble' | 'operative') =>
    clauseWords(body, SUMMARY_MARK, { ...context, clauseId: id, ...(opening && { opening }), ...(paragraph !== undefined && { paragraph }) });
  switch (block.kind) {
    case 'document-title':
      return h('p', { className: ['document-title'] }, [block.text]);
    case 'notice':
      return h('div', { className: ['notice'], role: 'note' }, [h('strong', {}, ['Editorial note:']), ` ${block.text}`]);
    case 'opening':
      return h('p', { className: ['opening'] }, [block.text]);
    case 'preamble':
      return h('p', { className: ['preamble'], id: context.idPrefix + block.id }, marked(block.mark, words(block.id, block.body, 'preamble')));
    case 'part':
      return h('h2', { className: ['part'] }, [block.text]);
    case 'part-title':
      return h('h3', { className: ['part-title'] }, [block.text]);
    case 'heading':
      return h('h3', { className: ['clause-heading'] }, [block.text]);
    case 'operative': {
      const own = marked(block.mark, words(block.id, block.body, block.lead === undefined ? 'operative' : undefined));
      return numbered(['operative'], context.idPrefix + block.id, block.number === undefined ? '' : `${block.number}.`, block.lead === undefined ? own : [text(`(${block.lead}) `), ...own]);
    }
    case 'subparagraph':
      return numbered(['subparagraph', `depth-${Math.min(block.depth, 4)}`], context.idPrefix + block.id, block.label === undefined ? '' : `(${block.label})`, marked(block.mark, words(block.id, block.body)));
    case 'summary-of-above':
      return h('p', { className: ['summary-of-above'] }, summaryWords(SUMMARY_OF_ABOVE_MARK, block.summary));
    case 'annex':
      return h('h2', { className: ['annex'] }, [block.text]);
    case 'annex-title':
      return h('h3', { className: ['annex-title'] }, [block.text]);
    case 'annex-item': {
      const item = words(block.id, block.body);
      return h('p', { className: ['annex-item', `depth-${Math.min(block.depth, 2)}`], id: context.idPrefix + block.id }, block.label === undefined ? item : [text(`${block.label}. `), ...item]);
    }
    case 'vote':
      return h('p', { className: ['vote'] }, [block.text]);
    default:
      return h('p', { className: [block.kind] }, [block.text]);
  }
}

/** The head of the page: the symbol of a resolution, its title, the adoption line (a draft: its symbol, sponsors, date), our title. */
function header(document: ResolutionDocument, blocks: readonly Block[]): Element {
  const children: Element[] = [];
  if (document.kind === 'resolution' && document.symbol) children.push(h('p', { className: ['symbol'] }, [document.symbol]));
  const title = blocks.find((b) => b.kind === 'title') ?? blocks.find((b) => b.kind === 'header');
  for (const block of blocks) {
    if (block === title && 'text' in block) children.push(h('h1', {}, [block.text]));
    else if (block.kind === 'header') children.push(h('p', { className: [document.kind === 'resolution' ? 'adopted' : 'header-line'] }, [block.text]));
    else children.push(blockElement(block, { language: document.language, noteNumbers: new Map(), idPrefix: '' }, undefined));
  }
  return h('header', {}, children);
}

function bracketNotes(blocks: readonly Block[], numbers: ReadonlyMap<string, number>): Element[] {
  const notes = blocks.flatMap((block) => ('body' in block && block.body.kind === 'official' ? block.body.brackets : []));
  if (notes.length === 0) return [];
  return [
    h('section', { className: ['bracket-notes'], ariaLabelledBy: ['bracket-notes-title'] }, [
      h('h2', { id: 'bracket-notes-title' }, ['Negotiation brackets']),
      h('ol', {}, notes.map((note) => h('li', { id: `note-${note.label}`, value: String(numbers.get(note.label)!) }, [note.description, ' ', h('a', { href: `#ref-${note.label}`, ariaLabel: `Back to note ${numbers.get(note.label)!} in the text` }, ['↩'])]))),
    ]),
  ];
}

const HEADER_KINDS = new Set<Block['kind']>(['title', 'header', 'document-title']);

/**
 * The document as an <article> in UN layout, with `lang` and `dir` from its language. Clause
 * elements carry their clause's id (`id="op_3"`, after `idPrefix`): a citation's address can
 * point at them.
 */
export function resolutionToHast(document: ResolutionDocument, options: ResolutionHastOptions = {}): ResolutionHastResult {
  const layout = layoutDocument(document, { clean: options.clean ?? false });
  if (layout.unsettled.length > 0) return { ok: false, unsettled: layout.unsettled };
  const headBlocks = layout.blocks.filter((block) => HEADER_KINDS.has(block.kind));
  const bodyBlocks = layout.blocks.filter((block) => !HEADER_KINDS.has(block.kind));
  const notes = bodyBlocks.flatMap((block) => ('body' in block && block.body.kind === 'official' ? block.body.brackets : []));
  const noteNumbers = new Map(notes.map((note, index) => [note.label, index + 1]));
  const context: Context = { language: document.language, noteNumbers, idPrefix: options.idPrefix ?? '', ...(options.citationHref && { citationHref: options.citationHref }) };
  let paragraph: number | undefined;
  const body = bodyBlocks.map((block) => {
    if (block.kind === 'operative') paragraph = block.number;
    else if (block.kind !== 'subparagraph' && block.kind !== 'summary-of-above') paragraph = undefined;
    return blockElement(block, context, paragraph);
  });
  const lang = document.language;
  return { ok: true, tree: h('article', { className: ['resolution'], lang, dir: languageDirection(lang) }, [header(document, headBlocks), ...body, ...bracketNotes(bodyBlocks, noteNumbers)]) };
}
