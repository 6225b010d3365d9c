import type { AnnexItem, ResolutionDocument, Subparagraph } from '../model/document.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function longDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** One printed paragraph of the body, as the official text lays it out, with the clause it comes from. */
export interface PrintedParagraph {
  /** "5. Decides …", "(a) To examine …", "- Anchor chains." */
  text: string;
  /** The clause, annex or annex item the paragraph prints (absent for the opening and the vote). */
  clause?: { id: string; text?: string; corrections?: Array<{ original: string; corrected: string }> };
}

function* subparagraphs(subs: Subparagraph[] | undefined): Generator<PrintedParagraph> {
  for (const sub of subs ?? []) {
    yield { text: sub.number === undefined ? sub.text ?? '' : `(${sub.number}) ${sub.text ?? ''}`, clause: sub };
    yield* subparagraphs(sub.subparagraphs);
  }
}

function* annexItems(items: AnnexItem[], nested: boolean): Generator<PrintedParagraph> {
  for (const item of items) {
    const text = item.text ?? item.name ?? '';
    yield { text: item.label !== undefined ? `${item.label}. ${text}` : nested ? `- ${text}` : text, clause: item };
    if (item.items) yield* annexItems(item.items, true);
  }
}

/** The body of a document as printed, paragraph by paragraph: opening, preamble, operative paragraphs, annexes, vote. */
export function* printedBody(document: ResolutionDocument): Generator<PrintedParagraph> {
  yield { text: document.opening ?? 'The Security Council,' };
  for (const paragraph of document.preamble) yield { text: paragraph.text ?? paragraph.summary?.text ?? '', clause: paragraph };
  for (const paragraph of document.operative) {
    if (paragraph.heading) yield { text: paragraph.heading };
    const text = paragraph.text ?? paragraph.summary?.text ?? '';
    yield { text: paragraph.number !== undefined ? `${paragraph.number}. ${text}` : text, clause: paragraph };
    yield* subparagraphs(paragraph.subparagraphs);
  }
  for (const annex of document.annexes ?? []) {
    yield { text: annex.label ?? 'Annex', clause: { id: annex.id } };
    if (annex.title) yield { text: annex.title };
    yield* annexItems(annex.items, false);
  }
  if (document.vote?.record) yield { text: document.vote.record };
}

/**
 * Renders a document as plain text in the layout of an official resolution (header, opening,
 * paragraphs separated by blank lines), which `bluedraft import` reads back to the same clauses.
 */
export function renderPlainText(document: ResolutionDocument): string {
  const header: string[] = [];
  if (document.kind === 'resolution' && document.number !== undefined && document.year !== undefined) header.push(`RESOLUTION ${document.number} (${document.year})`);
  else if (document.symbol) header.push(document.symbol);
  const adopted = document.dates?.adopted;
  if (document.kind === 'resolution' && (document.meeting !== undefined || adopted)) {
    header.push(`Adopted by the Security Council${document.meeting !== undefined ? ` at its ${ordinal(document.meeting)} meeting` : ''}${adopted ? `, on ${longDate(adopted)}` : ''}`);
  }
  return `${[...header, ...[...printedBody(document)].map((p) => p.text)].join('\n\n')}\n`;
}
