import type { ResolutionDocument } from '../../model/document.js';
import { describeEffect } from '../../render/report/lib/effect-words.js';

/**
 * What a document does to each measure: for each measure code its operative paragraphs name (in
 * `measures` or in an effect's `measures`), the paragraphs' effects on it in words ("op 3:
 * terminates paragraph 8 of resolution 841 (1993) (asset freeze)"), or that the paragraph
 * names it ("op 3: names it") where no effect does.
 */
export function measureEffects(document: ResolutionDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (measure: string, line: string) => out.set(measure, [...(out.get(measure) ?? []), line]);
  document.operative.forEach((paragraph, i) => {
    const at = `op ${paragraph.number ?? i + 1}`;
    const affected = new Set<string>();
    for (const effect of paragraph.effects ?? []) {
      for (const measure of effect.measures ?? []) {
        add(measure, `${at}: ${describeEffect(effect)}`);
        affected.add(measure);
      }
    }
    for (const measure of paragraph.measures ?? []) if (!affected.has(measure)) add(measure, `${at}: names it`);
  });
  return out;
}
