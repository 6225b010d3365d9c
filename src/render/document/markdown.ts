import type { BlockContent, FootnoteDefinition, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { LanguageCode, Summary } from '../../model/document.js';
import { blockquote, emphasis, heading, link, literal, paragraph, root, strong } from '../report/lib/mdast.js';
import { stringifyReport } from '../report/lib/stringify.js';
import type { Block, ClauseBody } from './layout.js';
import { openingWords } from './opening-words.js';
import { clauseMarkText, SUMMARY_MARK, SUMMARY_OF_ABOVE_MARK, summarySources, type ClauseMark } from '../../text/editorial-marks.js';

/**
 * A clause's words as phrasing: the opening participle or verb in italics, as printed, and after
 * each negotiation bracket a footnote saying who proposed it and where it stands.
 */
function bodyPhrasing(body: ClauseBody, opening: 'preamble' | 'operative' | undefined, language: LanguageCode): PhrasingContent[] {
  if (body.kind === 'summary') return summaryPhrasing(SUMMARY_MARK, body.summary);
  const { text } = body;
  const italic = opening ? openingWords(text, opening, language) : 0;
  const cuts = [...new Set([0, italic, ...body.brackets.map((b) => b.end), text.length])].sort((a, b) => a - b);
  const out: PhrasingContent[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    if (to > from) out.push(to <= italic ? emphasis(text.slice(from, to)) : literal(text.slice(from, to)));
    for (const note of body.brackets.filter((b) => b.end === to)) out.push({ type: 'footnoteReference', identifier: note.label, label: note.label });
  }
  return out;
}

/** An editorial summary: its mark in italics, its words, its sources. */
function summaryPhrasing(mark: string, summary: Summary): PhrasingContent[] {
  return [emphasis(mark), literal(` ${summary.text} `), ...sourcesPhrasing(summary)];
}

/** A clause's words after its editorial mark, if it has one. */
function markedPhrasing(mark: ClauseMark | undefined, words: PhrasingContent[]): PhrasingContent[] {
  return mark ? [emphasis(clauseMarkText(mark)), literal(' '), ...words] : words;
}

/** "(sources: …)" with each web address as a link. */
function sourcesPhrasing(summary: Summary): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const part of summarySources(summary).split(/(https?:\/\/[^\s;)]+)/)) {
    if (part === '') continue;
    out.push(/^https?:\/\//.test(part) ? link(part, part) : literal(part));
  }
  return out;
}

function footnotes(blocks: readonly Block[]): FootnoteDefinition[] {
  return blocks.flatMap((block) =>
    'body' in block && block.body.kind === 'official'
      ? block.body.brackets.map((note): FootnoteDefinition => ({ type: 'footnoteDefinition', identifier: note.label, label: note.label, children: [paragraph(note.description)] }))
      : [],
  );
}

/**
 * The document in Markdown, as a tree for remark to write out (every word of the text goes in
 * as a text node, so nothing in it is read as Markdown): a heading with the symbol, the header
 * lines, preambular paragraphs with their participle in italics, operative paragraphs as a
 * numbered list with their subparagraphs inside each item, each part A, B, C … under a `## A`
 * heading with its title, if any, as the `###` heading after it, annexes, the vote, and the
 * negotiation brackets' attributions as footnotes.
 */
export function markdown(blocks: readonly Block[], language: LanguageCode): string {
  const children: RootContent[] = [];
  let list: List | undefined;
  let item: ListItem | undefined;
  let bullets: List | undefined;
  const add = (node: BlockContent) => {
    if (item) item.children.push(node);
    else children.push(node);
  };
  const closeList = () => {
    list = undefined;
    item = undefined;
  };
  // The symbol heads the page; a draft without one is headed by its first header line.
  const title = blocks.find((b) => b.kind === 'title') ?? blocks.find((b) => b.kind === 'header');
  for (const block of blocks) {
    if (block.kind !== 'annex-item' || block.depth === 0) bullets = undefined;
    switch (block.kind) {
      case 'title':
      case 'header':
        children.push(block === title ? heading(1, block.text.replace(/^RESOLUTION\b/, 'Resolution')) : paragraph(block.text));
        break;
      case 'document-title':
        children.push(heading(2, block.text));
        break;
      case 'notice':
        children.push(blockquote(paragraph(strong('Editorial note:'), ` ${block.text}`)));
        break;
      case 'preamble':
        children.push({ type: 'paragraph', children: markedPhrasing(block.mark, bodyPhrasing(block.body, 'preamble', language)) });
        break;
      case 'part':
        closeList();
        children.push(heading(2, block.text));
        break;
      case 'part-title':
      case 'heading':
        closeList();
        children.push(heading(3, block.text));
        break;
      case 'operative': {
        const words = markedPhrasing(block.mark, bodyPhrasing(block.body, block.lead === undefined ? 'operative' : undefined, language));
        const content = { type: 'paragraph' as const, children: block.lead === undefined ? words : [literal(`(${block.lead}) `), ...words] };
        if (block.number === undefined) {
          closeList();
          children.push(content);
          break;
        }
        const previous = list ? (list.start ?? 1) + list.children.length - 1 : undefined;
        if (!list || previous! + 1 !== block.number) {
          list = { type: 'list', ordered: true, start: block.number, spread: true, children: [] };
          children.push(list);
        }
        item = { type: 'listItem', spread: true, children: [content] };
        list.children.push(item);
        break;
      }
      case 'subparagraph': {
        const words = markedPhrasing(block.mark, bodyPhrasing(block.body, undefined, language));
        add({ type: 'paragraph', children: block.label === undefined ? words : [literal(`(${block.label}) `), ...words] });
        break;
      }
      case 'summary-of-above':
        add({ type: 'paragraph', children: summaryPhrasing(SUMMARY_OF_ABOVE_MARK, block.summary) });
        break;
      case 'annex':
        closeList();
        children.push(heading(2, block.text));
        break;
      case 'annex-item': {
        const words = bodyPhrasing(block.body, undefined, language);
        if (block.depth > 0 && block.label === undefined) {
          if (!bullets) {
            bullets = { type: 'list', ordered: false, spread: false, children: [] };
            children.push(bullets);
          }
          bullets.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: words }] });
        } else children.push({ type: 'paragraph', children: block.label === undefined ? words : [literal(`${block.label}. `), ...words] });
        break;
      }
      default:
        closeList();
        children.push(paragraph(block.text));
    }
  }
  const tree: Root = root([...children, ...footnotes(blocks)]);
  return stringifyReport(tree);
}
