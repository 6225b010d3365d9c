import type { Effect, EffectAction, Effective, OperativeParagraph, Reference } from '../../model/document.js';
import { MODIFICATIONS } from '../../render/document/akn/akn-effects.js';
import { dataOf, elements, type AknReading } from './akn-tree.js';
import type { ParsedElement } from './parse-xml.js';
import { referenceOfHref } from './read-href.js';
import type { Period } from './read-periods.js';

/** The action an Akoma Ntoso modification stands for, where it is not bluedraft's own: the first action the table gives it. */
function actionOf(mod: ParsedElement): EffectAction | undefined {
  const type = mod.attributes.get('type');
  return (Object.entries(MODIFICATIONS) as Array<[EffectAction, { element: string; type: string }]>).find(([, m]) => m.element === mod.local && m.type === type)?.[0];
}

/** What another producer's modification acts on: its destinations, as one reference where they cite one resolution. */
function targetOf(mod: ParsedElement, ownEid: string): Reference | undefined {
  const references = elements(mod, 'destination')
    .map((d) => d.attributes.get('href') ?? '')
    .filter((href) => href !== `#${ownEid}`)
    .map((href) => referenceOfHref(href, ''));
  const read = references.filter((r): r is Reference => r !== undefined);
  if (read.length === 0) return undefined;
  const resolutions = [...new Set(read.map((r) => r.resolution))];
  const paragraphs = read.flatMap((r) => r.paragraphs ?? []);
  const target: Reference = {};
  if (resolutions.length === 1 && resolutions[0] !== undefined) target.resolution = resolutions[0];
  else if (resolutions.length > 1) target.resolutions = resolutions.filter((r): r is string => r !== undefined);
  if (paragraphs.length > 0 && resolutions.length === 1) target.paragraphs = paragraphs;
  return target;
}

/** When another producer's modification takes hold and ceases: the period its efficacy (or force) names. */
function effectiveOf(mod: ParsedElement, periods: ReadonlyMap<string, Period>): Effective | undefined {
  const named = [...elements(mod, 'efficacy'), ...elements(mod, 'force')][0]?.attributes.get('period');
  const period = named === undefined ? undefined : periods.get(named.replace(/^#/, ''));
  if (!period || (period.start === undefined && period.end === undefined)) return undefined;
  return { ...(period.start !== undefined ? { date: period.start } : {}), ...(period.end !== undefined ? { until: period.end } : {}) };
}

/**
 * Gives each operative paragraph the effects that analysis/activeModifications records for it
 * (`source` is the paragraph). bluedraft's own modifications carry the effect whole in
 * `bd:data`; another producer's are read from the element, type, destinations and the period of
 * its efficacy, marked
 * `inferred` for a person to confirm, and any that cannot be read are reported where they stand.
 */
export function readEffects(analysis: ParsedElement | undefined, byEid: ReadonlyMap<string, OperativeParagraph>, periods: ReadonlyMap<string, Period>, reading: AknReading): void {
  const modifications = analysis ? elements(analysis, 'activeModifications').flatMap((m) => elements(m)) : [];
  for (const mod of modifications) {
    const source = (elements(mod, 'source')[0]?.attributes.get('href') ?? '').replace(/^#/, '');
    const paragraph = byEid.get(source);
    if (!paragraph) {
      reading.report(mod, 'warning', 'akn-effect-unplaced', `the <${mod.local}> modification's source "#${source}" is not an operative paragraph of this document: it is not read`, 'point its <source href> at the paragraph that makes the change (e.g. "#para_3")');
      continue;
    }
    const data = dataOf(mod, reading);
    let effect: Effect;
    if (typeof data.action === 'string') effect = data as unknown as Effect;
    else {
      const action = actionOf(mod);
      if (!action) {
        reading.report(mod, 'warning', 'akn-effect-unread', `<${mod.local} type="${mod.attributes.get('type') ?? ''}"> has no counterpart among bluedraft's effects: it is not read`, 'add the effect by hand in the YAML (docs/format.md, effects)');
        continue;
      }
      const target = targetOf(mod, source);
      const effective = effectiveOf(mod, periods);
      effect = { action, ...(target ? { target } : {}), ...(effective ? { effective } : {}), inferred: true };
    }
    (paragraph.effects ??= []).push(effect);
  }
}
