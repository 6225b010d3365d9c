/**
 * A clause's words as hast, for a resolution in UN layout: the opening participle or verb in
 * italics, citations of other paragraphs as links where the caller gives them an address, a
 * note mark after each negotiation bracket, or an editorial summary with its mark and sources.
 * Every word of the clause is a text node.
 */
import type { ElementContent } from 'hast';
import type { LanguageCode, Summary } from '../../model/document.js';
import { summarySources } from '../../text/editorial-marks.js';
import { parseCitations } from '../../text/parse-citations.js';
import type { ClauseBody } from '../document/layout.js';
import { openingWords } from '../document/opening-words.js';
import type { CitationHref } from './citation-link.js';
import { h, text } from './hast.js';
import { safeHref } from './safe-href.js';

export interface ClauseWordsContext {
  clauseId: string;
  language: LanguageCode;
  /** Whose opening words are set in italics: a preambular participle, an operative verb, or none (subparagraphs). */
  opening?: 'preamble' | 'operative';
  /** The operative paragraph's number, for "subparagraph (a) above". */
  paragraph?: number;
  citationHref?: CitationHref;
  /** The note number of each negotiation bracket, by its label ("op_3-1"). */
  noteNumbers: ReadonlyMap<string, number>;
}

interface LinkedCitation {
  start: number;
  end: number;
  href: string;
}

/**
 * The citations to link: those the caller gives an address, and that lie whole in one run of
 * the text (not across the italic opening words, nor around a bracket's note mark).
 */
function linkedCitations(body: Extract<ClauseBody, { kind: 'official' }>, italic: number, context: ClauseWordsContext): LinkedCitation[] {
  if (!context.citationHref) return [];
  const found = parseCitations(body.text, context.paragraph === undefined ? {} : { paragraph: context.paragraph });
  return found.flatMap((citation): LinkedCitation[] => {
    if (citation.start < italic || body.brackets.some((note) => note.end > citation.start && note.end < citation.end)) return [];
    const cited = { reference: citation.reference, text: body.text.slice(citation.start, citation.end), clauseId: context.clauseId, ...(context.paragraph !== undefined && { paragraph: context.paragraph }) };
    const href = context.citationHref!(cited);
    return href === undefined ? [] : [{ start: citation.start, end: citation.end, href }];
  });
}

function noteMark(label: string, number: number): ElementContent {
  return h('sup', { className: ['bracket-note'] }, [h('a', { href: `#note-${label}`, id: `ref-${label}`, ariaLabel: `Note ${number}: negotiation bracket` }, [String(number)])]);
}

function officialWords(body: Extract<ClauseBody, { kind: 'official' }>, context: ClauseWordsContext): ElementContent[] {
  const { text: words } = body;
  const italic = context.opening ? openingWords(words, context.opening, context.language) : 0;
  const citations = linkedCitations(body, italic, context);
  const cuts = [...new Set([0, italic, ...body.brackets.map((note) => note.end), ...citations.flatMap((c) => [c.start, c.end]), words.length])].sort((a, b) => a - b);
  const out: ElementContent[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    const piece = words.slice(from, to);
    const citation = citations.find((c) => c.start === from);
    if (to > from) out.push(to <= italic ? h('em', {}, [piece]) : citation ? h('a', { href: citation.href, className: ['citation'] }, [piece]) : text(piece));
    for (const note of body.brackets.filter((b) => b.end === to)) out.push(noteMark(note.label, context.noteNumbers.get(note.label)!));
  }
  return out;
}

/** "(sources: …)" with each web address as a link. */
function sourcesWords(summary: Summary): ElementContent[] {
  return summarySources(summary)
    .split(/(https?:\/\/[^\s;)]+)/)
    .filter((part) => part !== '')
    .map((part) => (safeHref(part) ? h('a', { href: part }, [part]) : text(part)));
}

/** An editorial summary: its mark in italics, its words, its sources. */
export function summaryWords(mark: string, summary: Summary): ElementContent[] {
  return [h('em', { className: ['summary-mark'] }, [mark]), text(` ${summary.text} `), ...sourcesWords(summary)];
}

export function clauseWords(body: ClauseBody, mark: string, context: ClauseWordsContext): ElementContent[] {
  return body.kind === 'summary' ? summaryWords(mark, body.summary) : officialWords(body, context);
}
