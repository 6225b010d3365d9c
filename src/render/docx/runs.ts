import type { Element } from 'xast';
import { val, w } from './ooxml.js';

export interface RunStyle {
  italic?: boolean;
  bold?: boolean;
  strike?: boolean;
  underline?: boolean;
  /** Monospaced (code in reports). */
  code?: boolean;
  /** A comment's reference mark. */
  commentReference?: boolean;
}

export interface RunOptions {
  /** The run is deleted text (inside `w:del` or `w:moveFrom`): its words go in `w:delText`. */
  deleted?: boolean;
  /**
   * Line breaks: in a clause's text a line break is a wrapped line, one space as the layout
   * prints it (`space`); in a report's code block it is a break of its own (`break`).
   */
  newlines?: 'space' | 'break';
}

function runProperties(style: RunStyle): Element | undefined {
  const children = [
    style.commentReference && val('rStyle', 'CommentReference'),
    style.code && w('rFonts', { ascii: 'Courier New', hAnsi: 'Courier New', cs: 'Courier New' }),
    style.bold && w('b'),
    style.italic && w('i'),
    style.strike && w('strike'),
    style.underline && val('u', 'single'),
  ].filter((child): child is Element => child !== false && child !== undefined);
  return children.length > 0 ? w('rPr', {}, children) : undefined;
}

/**
 * Runs that show `text` exactly: tabs as `w:tab`, the rest in `w:t` (or `w:delText`) with its
 * spaces kept. xast-util-to-xml escapes the words and leaves out the few characters XML 1.0
 * cannot hold at all.
 */
export function textRuns(text: string, style: RunStyle = {}, options: RunOptions = {}): Element[] {
  if (text === '') return [];
  const properties = runProperties(style);
  const content: Element[] = [];
  const lines = options.newlines === 'break' ? text.split(/\r\n?|\n/) : [text.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ')];
  lines.forEach((line, l) => {
    if (l > 0) content.push(w('br'));
    line.split('\t').forEach((piece, p) => {
      if (p > 0) content.push(w('tab'));
      if (piece !== '') content.push(w(options.deleted ? 'delText' : 't', { 'xml:space': 'preserve' }, { type: 'text', value: piece }));
    });
  });
  return [w('r', {}, properties, content)];
}
