import type { LanguageCode, ResolutionDocument } from '../model/document.js';
import type { ClauseUnit } from './clause-units.js';
import { comparisonForm } from './comparison-form.js';
import { matchableText } from './matchable-text.js';
import { openingVerb } from './opening-verb.js';
import type { ClauseChange, ForceChange, ForceDirection } from './types.js';

export interface PairedClause {
  change: ClauseChange;
  old: ClauseUnit;
  new: ClauseUnit;
}

/** "Acting under Chapter VII of the Charter", as each official language words it. */
const CHAPTER_VII: Record<LanguageCode, RegExp> = {
  en: /acting\b[^.;]{0,40}\bunder chapter vii\b/,
  fr: /agissant\b[^.;]{0,40}\ben vertu du chapitre vii\b/,
  es: /actuando\b[^.;]{0,40}\b(?:en virtud|de conformidad con|con arreglo a)\s+(?:del|el|al)\s+capítulo vii\b/,
  ru: /действуя[^.;]{0,40}на основании главы vii(?![a-z])/,
  zh: /根据[^。；]{0,12}第七章[^。；]{0,6}采取行动/,
  ar: /(?:يتصرف|متصرفا)[^.؛]{0,40}(?:بموجب|وفقا لأحكام|وفقا ل)\s*الفصل السابع/,
};

/** What every wording above contains, even when wrapped (in its comparison form): checked first, to fold only the few clauses that may match. */
const SEVENTH = /vii|七|السابع/i;

/** The id of the first paragraph that declares the Council acts under Chapter VII, if any. */
export function chapterVIIClause(document: ResolutionDocument): string | undefined {
  const pattern = CHAPTER_VII[document.language];
  const declares = (text: string | undefined) => text !== undefined && SEVENTH.test(comparisonForm(text)) && pattern.test(matchableText(text));
  return [...document.preamble, ...document.operative].find((clause) => declares(clause.text))?.id;
}

const RANK: Record<ForceDirection, number> = { weakened: 0, strengthened: 1, changed: 2 };

/**
 * Changes of legal force: an operative paragraph whose opening verb changed (above all between
 * binding *Decides* and an exhortation), a paragraph moved between preamble and operative part,
 * and "Acting under Chapter VII" appearing or vanishing. Weakenings first, then strengthenings.
 */
export function forceChanges(pairs: readonly PairedClause[], old: ResolutionDocument, updated: ResolutionDocument, changes: readonly ClauseChange[]): ForceChange[] {
  const found: ForceChange[] = [];
  for (const { change, old: before, new: after } of pairs) {
    const [oldSide, newSide] = [change.old[0]!, change.new[0]!];
    if (oldSide.part !== newSide.part) {
      found.push({ kind: 'part', anchor: change.anchor, old: oldSide, new: newSide, from: oldSide.part, to: newSide.part, direction: newSide.part === 'operative' ? 'strengthened' : 'weakened' });
    } else if (oldSide.part === 'operative' && change.redline) {
      const from = openingVerb(before.wording, old.language);
      const to = openingVerb(after.wording, updated.language);
      if (from && to && from.verb !== to.verb) {
        const direction = from.force === to.force ? 'changed' : to.force === 'binding' ? 'strengthened' : 'weakened';
        found.push({ kind: 'opening-verb', anchor: change.anchor, old: oldSide, new: newSide, from, to, direction });
      }
    }
  }
  const [before, after] = [chapterVIIClause(old), chapterVIIClause(updated)];
  if ((before === undefined) !== (after === undefined)) {
    const anchor = after !== undefined ? changes.find((c) => c.new.some((s) => s.id === after))?.anchor : changes.find((c) => c.old.some((s) => s.id === before))?.anchor;
    found.push({ kind: 'chapter-vii', from: before !== undefined, to: after !== undefined, direction: after !== undefined ? 'strengthened' : 'weakened', ...(anchor !== undefined && { anchor }) });
  }
  return found.sort((a, b) => RANK[a.direction] - RANK[b.direction]);
}
