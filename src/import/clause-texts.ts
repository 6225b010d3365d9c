import type { Clause, OperativeParagraph, PreambularParagraph, Reference, Subparagraph } from '../model/document.js';
import { readSummary, SUMMARY_MARK } from '../text/editorial-marks.js';
import { parseCitations } from '../text/parse-citations.js';
import { positionAt, type ImportReport, type LocatedText } from './located-input.js';
import { findOcrDoubts } from './ocr-doubts.js';
import { unreadCitations } from './unread-citations.js';

/**
 * Gives clauses their words, and reads what the words say at once: an editorial summary, the
 * citations, the doubts about an OCR reading. Keeps where each clause's words stand in the
 * input, to locate what is read from them later.
 */
export class ClauseTexts {
  private readonly located = new Map<Clause, LocatedText>();

  constructor(private readonly report: ImportReport) {}

  /** The input line each clause's words start on, by clause id. */
  inputLines(): Map<string, number> {
    return new Map([...this.located].map(([clause, text]) => [clause.id, positionAt(text, 0).line]));
  }

  /** Where a clause's words stand in the input, if they were given here. */
  whereIs(clause: Clause): LocatedText | undefined {
    return this.located.get(clause);
  }

  /** Sets the clause's text (or summary) from `text`; `paragraph` is the operative number citations of "paragraph 3 above" count from. */
  give(text: LocatedText, clause: PreambularParagraph | Subparagraph | OperativeParagraph, paragraph?: number): void {
    const { report } = this;
    if (text.text.startsWith(SUMMARY_MARK)) {
      const summary = readSummary(text.text, SUMMARY_MARK);
      if (summary) {
        clause.summary = summary;
        return;
      }
      report.add(positionAt(text, 0), 'warning', 'import-editorial-summary', 'this editorial summary does not end with its sources as `bluedraft render` prints them ("(sources: …; status: …)"): its words are kept as the clause\'s text', 'complete the summary\'s sources, or move it into the clause\'s `summary` by hand');
    }
    clause.text = text.text;
    this.located.set(clause, text);
    const references: Reference[] = [];
    const citations = parseCitations(text.text, paragraph === undefined ? {} : { paragraph });
    for (const citation of citations) {
      references.push(citation.reference);
      for (const doubt of citation.doubts) {
        report.add(positionAt(text, doubt.offset), 'warning', `import-${doubt.code}`, doubt.message, doubt.suggested ? `if so, correct the text to "${doubt.suggested}" and record the correction` : undefined);
      }
    }
    if (references.length > 0) clause.references = references;
    for (const unread of unreadCitations(text.text, citations)) {
      report.add(positionAt(text, unread.offset), 'warning', 'import-citation-unread', `"${unread.wording}" looks like a citation of a Security Council resolution but does not read as one ("841 (1993)"): it is not in \`references\``, 'check the number and year against the source; correct an OCR misreading in `text` and record the correction, or add the reference by hand');
    }
    for (const doubt of findOcrDoubts(text.text)) {
      if (doubt.kind === 'footnote-marker') report.add(positionAt(text, doubt.offset), 'info', 'import-footnote-marker', doubt.message, 'it is kept as printed; say so in the clause\'s `note`, or remove it and record the correction');
      else report.add(positionAt(text, doubt.offset), 'warning', 'import-possible-ocr', doubt.message, 'correct it in `text` and record the correction with the original, or leave it as printed');
    }
  }
}
