import type { ResolutionDocument } from '../model/document.js';
import type { Position } from '../model/location.js';
import { readClauseMark, type ClauseMark } from '../text/editorial-marks.js';
import { walkOperative, type WalkedClause } from '../model/paragraph-path.js';
import { locatedFrom, positionAt, type LocatedText } from './located-input.js';
import type { BodyMode } from './body-mode.js';

/** Where a clause mark stands: what the builder is reading, and what opens the block. */
export interface MarkContext {
  mode: BodyMode;
  numbered: boolean;
  labelled: boolean;
  depth: number;
  doc: ResolutionDocument;
}

/**
 * The editorial clause mark after a clause's number or label (`prefix` characters), where it
 * fits where it stands, and the clause's words after it. A mark that does not read, or does not
 * fit, is reported where it stands and its words are kept as they are.
 */
export function clauseMark(whole: LocatedText, prefix: number, context: MarkContext, warn: (message: string, at: Position) => void): { mark?: ClauseMark; words: LocatedText; parent?: WalkedClause } {
  const words = locatedFrom(whole, prefix);
  const read = readClauseMark(words.text);
  if (read === undefined) return { words };
  const printed = words.text.slice(0, 80);
  if (read === 'malformed') {
    warn(`"${printed}…" opens like an editorial clause mark but does not read as one: its words are kept as the clause's text`, positionAt(words, 0));
    return { words };
  }
  const { mark } = read;
  const parent = mark.kind === 'subparagraph' ? [...walkOperative(context.doc)].find((w) => w.clause.id === mark.parent) : undefined;
  const fits = mark.kind === 'preamble' ? context.mode === 'preamble' && !context.numbered && !context.labelled
    : mark.kind === 'operative' ? context.depth === 0 && !context.labelled && !(mark.unnumbered && context.numbered)
      : context.mode === 'operative' && !context.numbered && parent !== undefined && (context.labelled || mark.id !== undefined);
  if (!fits) {
    warn(mark.kind === 'subparagraph' && !parent ? `the mark "${printed}…" names a clause \`${mark.parent}\` that is not above it: its words are kept as the clause's text` : `the mark "${printed}…" does not fit where it stands: its words are kept as the clause's text`, positionAt(words, 0));
    return { words };
  }
  const rest = locatedFrom(words, read.length);
  return parent ? { mark, words: rest, parent } : { mark, words: rest };
}
