import type { Bracket } from '../model/document.js';
import { scanBrackets } from '../text/brackets.js';
import { agreedChoice } from '../text/clean-brackets.js';
import type { BracketChange } from './types.js';

/** A clause that may hold negotiation brackets. */
export interface BracketHolder {
  id: string;
  text?: string;
  brackets?: Bracket[];
}

interface Placed {
  holder: string;
  /** 0-based among the brackets compared on its side. */
  index: number;
  /** The options as written, spaces normalised: what makes two versions the same bracket. */
  key: string;
  options: string[];
  /** A few words before and after the bracket, to recognise it once resolved into plain text. */
  before: string;
  after: string;
  bracket: Bracket;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').replace(/ (?=[,;:.)])/g, '').trim();
const CONTEXT_WORDS = 4;

function placed(holders: readonly BracketHolder[]): Placed[] {
  const out: Placed[] = [];
  for (const holder of holders) {
    if (holder.text === undefined) continue;
    const text = holder.text;
    const spans = scanBrackets(text).brackets;
    spans.forEach((span, i) => {
      const options = span.options.map((o) => squeeze(o.text));
      // The words up to the neighbouring brackets, which may have been resolved as well.
      const before = text.slice(spans[i - 1]?.end ?? 0, span.start).split(/\s+/).filter(Boolean).slice(-CONTEXT_WORDS).join(' ');
      const after = text.slice(span.end, spans[i + 1]?.start).split(/\s+/).filter(Boolean).slice(0, CONTEXT_WORDS).join(' ');
      out.push({ holder: holder.id, index: out.length, key: options.join(' | '), options, before, after, bracket: holder.brackets?.[i] ?? { state: 'open' } });
    });
  }
  return out;
}

/** Which option of a bracket that left the text now stands in its place (0: the language was dropped). */
function optionKept(bracket: Placed, texts: string): number | undefined {
  const found = [...bracket.options, ''].findIndex((option) => texts.includes(squeeze(`${bracket.before} ${option} ${bracket.after}`)));
  if (found < 0) return undefined;
  return found === bracket.options.length ? 0 : found + 1;
}

const sameProposers = (a: Bracket, b: Bracket) => JSON.stringify(a.proposedBy ?? []) === JSON.stringify(b.proposedBy ?? []);

/**
 * How the negotiation brackets of a clause (and of the subparagraphs compared with it) changed
 * between two versions: a bracket added; removed; resolved — agreed, or gone from the text with
 * one of its options (or none) standing in its place, which `new.agreedOption` names; or
 * re-attributed to other delegations. Brackets are the same bracket when their options read the
 * same. A bracket agreed before and open again is reported as added: it is back on the table.
 */
export function diffBrackets(olds: readonly BracketHolder[], news: readonly BracketHolder[], ownId?: string): BracketChange[] {
  const before = placed(olds);
  const after = placed(news);
  const newTexts = squeeze(news.map((h) => h.text ?? '').join(' '));
  const unmatched = [...before];
  const changes: BracketChange[] = [];
  const where = (p: Placed) => (p.holder === ownId ? {} : { clause: p.holder });
  for (const now of after) {
    const k = unmatched.findIndex((was) => was.key === now.key);
    const was = k >= 0 ? unmatched.splice(k, 1)[0] : undefined;
    const sides = was ? { oldIndex: was.index, newIndex: now.index, old: was.bracket, new: now.bracket } : { newIndex: now.index, new: now.bracket };
    if (!was || (was.bracket.state === 'agreed' && now.bracket.state === 'open')) changes.push({ kind: 'added', ...sides, ...where(now) });
    else if (now.bracket.state === 'agreed' && (was.bracket.state === 'open' || was.bracket.agreedOption !== now.bracket.agreedOption)) changes.push({ kind: 'resolved', ...sides, ...where(now) });
    if (was && !sameProposers(was.bracket, now.bracket)) changes.push({ kind: 're-attributed', ...sides, ...where(now) });
  }
  for (const was of unmatched) {
    const kept = optionKept(was, newTexts);
    const span = { options: was.options.map((text) => ({ start: 0, end: 0, text })), start: 0, end: 0 };
    const settled = was.bracket.state === 'agreed' && agreedChoice(span, was.bracket) === kept;
    if (kept === undefined) changes.push({ kind: 'removed', oldIndex: was.index, old: was.bracket, ...where(was) });
    // Agreed before and written out now: the text only caught up with the agreement.
    else if (!settled) changes.push({ kind: 'resolved', oldIndex: was.index, old: was.bracket, new: { ...was.bracket, state: 'agreed', agreedOption: kept }, ...where(was) });
  }
  return changes;
}
