import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import { locateInText } from '../load/locate-in-text.js';
import type { Clause, OperativeParagraph, Reference } from '../model/document.js';
import { expandParagraphs, formatParagraphPath, walkOperative, type DataPath } from '../model/paragraph-path.js';
import { parseCitations } from '../text/parse-citations.js';

/** The resolutions a reference names. */
function citedResolutions(reference: Reference): string[] {
  return reference.resolution ? [reference.resolution] : (reference.resolutions ?? []);
}

/** Every paragraph path a reference covers, ranges expanded: "5-9" gives 5, 6, 7, 8, 9. */
function paragraphKeys(reference: Reference): string[] {
  return (reference.paragraphs ?? []).flatMap((entry) => (expandParagraphs(entry) ?? []).map(formatParagraphPath));
}

/** A paragraph and one of its subparagraphs meet: "8" and "8(a)" do. */
function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x === y || x.startsWith(`${y}(`) || y.startsWith(`${x}(`)));
}

/** Whether `declared` (a reference or an effect target) covers the citation found in the text. */
function covers(declared: Reference, cited: Reference): boolean {
  const resolutions = citedResolutions(declared);
  if (!citedResolutions(cited).some((r) => resolutions.includes(r))) return false;
  if (declared.clauses || (declared.committee && cited.committee)) return true;
  return overlaps(paragraphKeys(declared), paragraphKeys(cited));
}

function* clausesWithText(document: LoadedDocument['document']): Generator<{ clause: Clause; at: DataPath; paragraph?: OperativeParagraph }> {
  for (const [index, clause] of document.preamble.entries()) yield { clause, at: ['preamble', index] };
  let paragraph: OperativeParagraph | undefined;
  for (const { clause, at, depth } of walkOperative(document)) {
    if (depth === 0) paragraph = clause as OperativeParagraph;
    yield paragraph ? { clause, at, paragraph } : { clause, at };
  }
}

/**
 * Warns where a clause's text cites a paragraph of another resolution ("paragraphs 5 to 9 of
 * resolution 841 (1993)") but the clause declares neither a matching effect nor a matching
 * reference: the citation is probably an effect nobody has recorded yet.
 */
export function checkCitationEffects(loaded: LoadedDocument): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { clause, at, paragraph } of clausesWithText(loaded.document)) {
    if (clause.text === undefined) continue;
    const declared = [...(clause.references ?? []), ...(paragraph?.effects ?? []).flatMap((e) => (e.target ? [e.target] : []))];
    for (const citation of parseCitations(clause.text, paragraph?.number === undefined ? {} : { paragraph: paragraph.number })) {
      const cited = citation.reference;
      if (citedResolutions(cited).length === 0 || !cited.paragraphs) continue;
      if (declared.some((d) => covers(d, cited))) continue;
      found.push(diagnostic(loaded.file, locateInText(loaded.text, loaded.locate, [...at, 'text'], citation.start), 'warning', 'citation-without-effect',
        `\`${clause.id}\` cites ${cited.text}, but declares no effect on it and no reference to it`,
        'add the citation to `references` (`bluedraft import` writes them), or an effect if the clause acts on that paragraph'));
    }
  }
  return found;
}
