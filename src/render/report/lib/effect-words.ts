/** Plain words for what a clause does to other provisions: "suspends paragraphs 5 to 9 of resolution 841 (1993)". */
import { describeReference } from '../../../consolidate/describe.js';
import type { Effect, EffectAction, Effective } from '../../../model/document.js';
import { describeMeasure } from '../../../model/measures.js';
import { formatDate } from './names.js';

const ACTION_WORDS: Record<EffectAction, string> = {
  impose: 'imposes',
  extend: 'extends',
  amend: 'amends',
  replace: 'replaces',
  suspend: 'suspends',
  reinstate: 'ends the suspension of',
  continue: 'keeps in force',
  terminate: 'terminates',
  exempt: 'makes an exemption from',
  'committee-mandate': 'changes the mandate of',
  'establish-committee': 'establishes a committee',
  'dissolve-committee': 'dissolves',
  review: 'expresses readiness to review',
};

/** "with effect from 18 October 1993, 23:59 EST, unless …" */
function describeEffective(effective: Effective | undefined): string {
  if (!effective) return '';
  const when: string[] = [];
  if (effective.immediately) when.push('with immediate effect');
  if (effective.date) when.push(`from ${formatDate(effective.date)}${effective.time ? `, ${effective.time}${effective.zone ? ` ${effective.zone}` : ''}` : ''}`);
  if (effective.until) when.push(`until ${formatDate(effective.until)}`);
  if (effective.condition) when.push(`on the condition: “${effective.condition}”`);
  return when.join(', ');
}

export function describeEffect(effect: Effect): string {
  const target = effect.target ? ` ${describeReference(effect.target)}` : '';
  const measures = effect.measures?.length ? ` (${effect.measures.map(describeMeasure).join(', ')})` : '';
  const direction = effect.direction ? `, which ${effect.direction}s it` : '';
  const effective = describeEffective(effect.effective);
  const doubt = effect.status && effect.status !== 'confirmed' ? ` [${effect.status === 'partly' ? 'partly confirmed' : 'unconfirmed'}]` : '';
  return `${ACTION_WORDS[effect.action]}${target}${measures}${direction}${effective ? `, ${effective}` : ''}${doubt}`;
}
