import type { Root } from 'mdast';
import type { MergeResult } from '../../negotiate/merge/types.js';
import { footer } from './lib/footer.js';
import { heading, paragraph, strong, table } from './lib/mdast.js';
import { counted } from './lib/names.js';
import { countsPhrase, OUTCOME_WORDS, placePhrase, touchedByPhrase } from './merge/touches.js';

/**
 * The Markdown report of a merge of delegations' copies, as a tree: a summary line, the
 * conflicts first (what collides and who), a table per delegation, and a table of every
 * paragraph a delegation touched with who did what and what came of it.
 */
export function mergeReport(result: MergeResult, names: { base: string; output: string }): Root {
  const disputed = result.paragraphs.filter((p) => p.outcome === 'conflict' || p.outcome === 'bracketed');
  const touched = result.paragraphs.filter((p) => p.outcome !== 'kept');
  return {
    type: 'root',
    children: [
      heading(1, `Merge of ${counted(result.delegations.length, 'copy', 'copies')} of ${names.base}`),
      paragraph(strong('Summary:'), ` ${counted(result.conflicts, 'paragraph')} in conflict or brackets, ${counted(touched.length - result.conflicts, 'change')} taken, written to ${names.output}.`),
      ...(disputed.length > 0
        ? [heading(2, 'Conflicts'), table([['Paragraph'], ['Outcome'], ['What collides']], disputed.map((p) => [[placePhrase(p)], [OUTCOME_WORDS[p.outcome]], [p.detail ?? '']]))]
        : []),
      heading(2, 'Delegations'),
      table([['Delegation'], ['Changes'], ['Taken'], ['Disputed']], result.delegations.map((d) => [[d.delegation], [countsPhrase(d.counts)], [String(d.taken)], [String(d.disputed)]])),
      ...(touched.length > 0 ? [heading(2, 'Paragraphs'), table([['Paragraph'], ['Outcome'], ['Touched by']], touched.map((p) => [[placePhrase(p)], [OUTCOME_WORDS[p.outcome]], [touchedByPhrase(p)]]))] : []),
      ...footer(),
    ],
  };
}
