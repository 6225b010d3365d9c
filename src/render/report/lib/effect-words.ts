/** Plain words for what a clause does to other provisions: "suspends paragraphs 5 to 9 of resolution 841 (1993)". */
import type { Effect, EffectAction, Effective, Reference } from '../../../model/document.js';
import { describeMeasure } from '../../../model/measures.js';
import { formatDate } from './names.js';

const ACTION_WORDS: Record<EffectAction, string> = {
  impose: 'imposes',
  extend: 'extends',
  amend: 'amends',
  replace: 'replaces',
  suspend: 'suspends',
  reinstate: 'ends the suspension of',
  terminate: 'terminates',
  exempt: 'makes an exemption from',
  'committee-mandate': 'changes the mandate of',
  'establish-committee': 'establishes a committee',
  'dissolve-committee': 'dissolves',
  review: 'expresses readiness to review',
};

function listed(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The citation as the clause writes it where the file records that, else built from its parts. */
export function describeReference(reference: Reference): string {
  if (reference.text) return reference.text;
  const where = reference.resolution ? `resolution ${reference.resolution}` : 'this text';
  const parts: string[] = [];
  if (reference.paragraphs?.length) parts.push(`${reference.paragraphs.length === 1 && !reference.paragraphs[0]!.includes('-') ? 'paragraph' : 'paragraphs'} ${listed(reference.paragraphs)} of ${where}`);
  if (reference.clauses?.length) parts.push(`${reference.clauses.length === 1 ? 'clause' : 'clauses'} ${listed(reference.clauses)} of ${where}`);
  if (reference.resolutions?.length) parts.push(`resolutions ${listed(reference.resolutions)}${reference.andSubsequent ? ' and subsequent related resolutions' : ''}`);
  if (parts.length === 0) parts.push(where);
  const cited = listed(parts);
  return reference.committee ? `the committee established by ${cited}` : cited;
}

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
