import type { Effect, EffectAction, OperativeParagraph } from '../../../model/document.js';
import { expandParagraphs } from '../../../model/paragraph-path.js';
import { dataAttribute } from './akn-data.js';
import { citedAddress } from './akn-names.js';
import type { EffectPeriods } from './akn-periods.js';
import { element, type XmlElement } from './xml-tree.js';

/** The Akoma Ntoso modification element and type that stands for each action (docs/akn.md). */
export const MODIFICATIONS: Record<EffectAction, { element: string; type: string }> = {
  impose: { element: 'scopeMod', type: 'extensionOfScope' },
  extend: { element: 'efficacyMod', type: 'prorogationOfEfficacy' },
  amend: { element: 'meaningMod', type: 'variation' },
  replace: { element: 'textualMod', type: 'substitution' },
  suspend: { element: 'efficacyMod', type: 'inapplication' },
  reinstate: { element: 'efficacyMod', type: 'entryIntoEfficacy' },
  continue: { element: 'efficacyMod', type: 'prorogationOfEfficacy' },
  terminate: { element: 'efficacyMod', type: 'endOfEfficacy' },
  exempt: { element: 'scopeMod', type: 'exceptionOfScope' },
  'committee-mandate': { element: 'legalSystemMod', type: 'legislativeDelegation' },
  'establish-committee': { element: 'legalSystemMod', type: 'legislativeDelegation' },
  'dissolve-committee': { element: 'legalSystemMod', type: 'expiration' },
  review: { element: 'legalSystemMod', type: 'reiteration' },
};

/**
 * Where an effect acts: each cited paragraph of each cited resolution (ranges expanded), or the
 * resolutions themselves, or — for an effect with no target, such as a measure imposed by the
 * clause itself — the clause.
 */
function destinations(effect: Effect, ownEid: string): string[] {
  const target = effect.target;
  const resolutions = target?.resolution !== undefined ? [target.resolution] : (target?.resolutions ?? []);
  const paragraphs = (target?.paragraphs ?? []).flatMap((entry) => (expandParagraphs(entry) ?? []).map((p) => `${p.paragraph}${p.labels.map((l) => `(${l})`).join('')}`));
  const hrefs: string[] = [];
  for (const resolution of resolutions.length > 0 ? resolutions : [undefined]) {
    if (paragraphs.length === 0) hrefs.push(citedAddress(resolution) ?? '');
    else for (const paragraph of paragraphs) hrefs.push(citedAddress(resolution, paragraph) ?? '');
  }
  const found = hrefs.filter((h) => h !== '');
  return found.length > 0 ? found : [`#${ownEid}`];
}

/**
 * analysis/activeModifications: one modification per effect, in the order of the clauses and of
 * their effects, from the clause (`source`) to what it acts on (`destination`). The element and
 * type say what kind of change it is to any Akoma Ntoso reader, and `efficacy` names the period
 * it is in effect for (see EffectPeriods); the effect itself, whole, is in
 * the modification's `bd:data`, since the action, dates, conditions and measures are finer than
 * Akoma Ntoso's types.
 */
export function activeModifications(operative: readonly OperativeParagraph[], eids: ReadonlyMap<string, string>, periods: EffectPeriods): XmlElement | undefined {
  const mods: XmlElement[] = [];
  for (const paragraph of operative) {
    const eid = eids.get(paragraph.id)!;
    for (const effect of paragraph.effects ?? []) {
      const kind = MODIFICATIONS[effect.action];
      const period = periods.periodOf(effect);
      mods.push(
        element(kind.element, { eId: `mod_${mods.length + 1}`, type: kind.type, ...dataAttribute(effect) }, [
          element('source', { href: `#${eid}` }),
          ...destinations(effect, eid).map((href) => element('destination', { href })),
          period !== undefined && element('efficacy', { period: `#${period}` }),
        ]),
      );
    }
  }
  return mods.length === 0 ? undefined : element('activeModifications', {}, mods);
}
