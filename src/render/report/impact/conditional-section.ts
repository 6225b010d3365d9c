import type { RootContent } from 'mdast';
import { conditionalSections } from '../regime/conditional-section.js';
import type { ImpactContext } from './context.js';

/** The draft's changes that conditions hold back: pending on a condition precedent, or called off. Nothing where there are none. */
export function heldChangesSection(context: ImpactContext): RootContent[] {
  return conditionalSections(context.report.conditional, context.sectioned);
}
