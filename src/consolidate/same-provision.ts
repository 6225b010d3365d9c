import type { ProvisionCitation } from './types.js';

/** Whether two citations name the same clause of the same document. */
export function sameProvision(a: Pick<ProvisionCitation, 'documentKey' | 'clauseId'>, b: Pick<ProvisionCitation, 'documentKey' | 'clauseId'>): boolean {
  return a.documentKey === b.documentKey && a.clauseId === b.clauseId;
}
