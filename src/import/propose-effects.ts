import type { ResolutionDocument } from '../model/document.js';
import type { ClauseTexts } from './clause-texts.js';
import { positionAt, type ImportReport } from './located-input.js';
import { inferEffects } from './infer-effects.js';

/** Proposes each operative paragraph's effects and measures, read from its words, and reports each reading where its wording stands. */
export function proposeEffects(doc: ResolutionDocument, texts: ClauseTexts, report: ImportReport): void {
  for (const paragraph of doc.operative) {
    const { effects, measures, cues } = inferEffects(paragraph, doc);
    if (measures.length > 0) paragraph.measures = measures;
    if (effects.length > 0) paragraph.effects = effects;
    const chapeau = texts.whereIs(paragraph);
    effects.forEach((effect, k) => {
      const cue = cues[k];
      if (chapeau && cue) report.add(positionAt(chapeau, cue.offset), 'info', 'import-effect-inferred', `"${cue.wording}" read as the effect \`${effect.action}\`, proposed with \`inferred: true\``, 'check the effect against the text, then remove `inferred: true`');
    });
  }
}
