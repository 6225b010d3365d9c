import type { Root } from 'mdast';
import type { ResolutionDiff } from '../../diff/types.js';
import { annexSection } from './diff/annex-section.js';
import { changeTable } from './diff/change-table.js';
import { clauseSections } from './diff/clause-section.js';
import { forceSection } from './diff/force-section.js';
import { hasSection } from './diff/labels.js';
import { metadataTable } from './diff/metadata-table.js';
import { partSection } from './diff/part-section.js';
import { summaryPhrases } from './diff/summary-line.js';
import { resolveAnchors } from './lib/anchors.js';
import { footer } from './lib/footer.js';
import { heading, paragraph, strong } from './lib/mdast.js';
import { capitalise, documentName } from './lib/names.js';
import type { RedlineStyle } from './lib/redline.js';

export interface DiffReportOptions {
  /** How deletions and insertions are marked: <del>/<ins> (default) or ~~…~~/**…**. */
  redline?: RedlineStyle;
}

/**
 * The Markdown report of a comparison, as a tree: title naming both documents, a one-line
 * summary, changes of legal force first, a table of every paragraph change, the document details
 * and the parts A, B, C … that changed, then each changed paragraph with its redline.
 */
export function diffReport(diff: ResolutionDiff, options: DiffReportOptions = {}): Root {
  const style = options.redline ?? 'html';
  const phrases = summaryPhrases(diff);
  const withSection = new Set(diff.clauses.filter((change) => hasSection(change, diff.force)).map((change) => change.anchor));
  return resolveAnchors({
    type: 'root',
    children: [
      heading(1, `Changes from ${documentName(diff.old)} to ${documentName(diff.new)}`),
      paragraph(strong('Summary:'), ` ${phrases.length ? capitalise(phrases.join(', ')) : 'No change other than whitespace'}.`),
      ...forceSection(diff, (anchor) => withSection.has(anchor)),
      ...changeTable(diff),
      ...metadataTable(diff.metadata),
      ...partSection(diff.parts ?? []),
      ...clauseSections(diff, style),
      ...annexSection(diff.annexes, style),
      ...footer(),
    ],
  });
}
