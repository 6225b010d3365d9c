import type { MeasureCode } from '../../model/measures.js';
import type { Reference } from '../../model/document.js';
import { measuresImposedBy } from './holds-measure.js';
import { asRanges, paragraphNumbers } from './paragraph-ranges.js';
import type { ReadingContext } from './reading.js';
import { asTarget, citationsBetween, paragraphs } from './targets.js';
import { actedOnElsewhere } from './through-this-resolution.js';

/** "(other than those referred to in paragraph 2 above)": what an exception leaves out. */
const OTHER_THAN = /\(?\s*other\s+than\s+[^()]*?\)|\bother\s+than\s+[^,;]*/gi;

/** The paragraphs of another resolution reached through paragraphs of this one, less those left out. */
function throughParagraphs(context: ReadingContext, named: Reference[], omitted: Reference[]): Reference | undefined {
  const reach = (refs: Reference[]) => refs.flatMap((r) => (paragraphNumbers(r.paragraphs ?? []) ?? []).map((n) => actedOnElsewhere(context.document, n))).filter((t): t is Reference => t !== undefined);
  const reached = reach(named);
  const resolution = reached[0]?.resolution;
  if (!resolution || reached.some((t) => t.resolution !== resolution)) return undefined;
  const left = new Set(reach(omitted).filter((t) => t.resolution === resolution).flatMap((t) => paragraphNumbers(t.paragraphs!) ?? []));
  const kept = reached.flatMap((t) => paragraphNumbers(t.paragraphs!) ?? []).filter((n) => !left.has(n));
  return kept.length > 0 ? { resolution, paragraphs: asRanges(kept) } : undefined;
}

/** The paragraphs of this document that impose one of `measures`. */
function imposingHere({ document, paragraph }: ReadingContext, measures: readonly MeasureCode[]): Reference | undefined {
  const numbers = document.operative.filter((p) => p !== paragraph && p.number !== undefined && measuresImposedBy(p).some((m) => measures.includes(m))).map((p) => p.number!);
  return numbers.length > 0 ? { paragraphs: asRanges(numbers) } : undefined;
}

/**
 * What a committee's exceptions loosen: the prohibitions the words point to ("exceptions to the
 * prohibitions (other than those referred to in paragraph 2 above) referred to in paragraph 1
 * above", through what those paragraphs act on), or, where the words name no paragraph, the
 * paragraphs of this resolution that impose the measures they name ("the importation … of
 * petroleum").
 */
export function exceptionTarget(context: ReadingContext, from: number, measures: readonly MeasureCode[]): Reference | undefined {
  const { paragraph, chapeau } = context;
  const cited = citationsBetween(paragraph, chapeau, from, chapeau.length, paragraphs);
  const omittedSpans = [...chapeau.matchAll(OTHER_THAN)].map((m) => [m.index, m.index + m[0].length] as const);
  const inOmitted = (r: Reference) => omittedSpans.some(([a, b]) => { const at = chapeau.indexOf(r.text ?? '\u0000', from); return at >= a && at < b; });
  const here = cited.filter((r) => r.resolution === undefined);
  if (here.length > 0) return throughParagraphs(context, here.filter((r) => !inOmitted(r)), here.filter(inOmitted));
  const elsewhere = cited.find((r) => r.resolution !== undefined);
  if (elsewhere) return asTarget(elsewhere);
  return measures.length > 0 ? imposingHere(context, measures) : undefined;
}
