import type { LanguageCode, OperativeParagraph, ResolutionDocument, Subparagraph } from '../../model/document.js';
import { joinNames } from '../../text/join-names.js';
import { planMerge } from './plan-merge.js';

/** A list of subparagraphs standing as the operative part of a text of its own, so that `diffResolutions` and `planMerge` read it as they read paragraphs. */
function asText(list: readonly Subparagraph[], language: LanguageCode): ResolutionDocument {
  return { kind: 'draft', status: 'circulated', language, completeness: 'full', preamble: [], operative: list as unknown as OperativeParagraph[] };
}

/**
 * The subparagraphs of one paragraph as several delegations left them, merged against the base's
 * the way `planMerge` merges paragraphs: subparagraphs added, removed or moved by one are carried
 * over, one changed differently by several is bracketed, one removed by some and changed by
 * others is bracketed with who would delete it. New subparagraphs come without ids, for `fmt`.
 */
export function mergeSubparagraphs(base: readonly Subparagraph[], versions: ReadonlyArray<{ names: string[]; list: readonly Subparagraph[] }>, where: string, language: LanguageCode): { list: Subparagraph[]; collisions: string[] } {
  const plan = planMerge(
    asText(base, language),
    versions.map((v) => ({ name: joinNames(v.names), document: asText(v.list, language) })),
    { related: false, where: (_, index, id) => `${where} (${base[index]?.number ?? id})` },
  );
  const collisions = [...plan.decisions.values()].filter((d) => d.outcome === 'bracketed' || d.outcome === 'conflict').map((d) => d.detail ?? d.slot);
  return { list: plan.document.operative as unknown as Subparagraph[], collisions };
}
