import { citationOf } from '../../model/citation.js';
import type { CitedDocument, FindCited } from '../pages/citation-links.js';
import { pickerChoices } from '../pages/compare-picker.js';
import type { ShownDocument, Workspace } from '../workspace.js';

/** Every document a page may offer to compare: the folder's readable files, then the imported texts. */
export async function documentChoices(workspace: Workspace): Promise<Array<{ ref: string; name: string }>> {
  return pickerChoices((await workspace.listing()).entries, workspace.uploaded());
}

/** Finds the document a citation names among the folder's resolutions ("841 (1993)"), or the document itself. */
export async function citedFinder(workspace: Workspace, self: ShownDocument): Promise<FindCited> {
  const { entries } = await workspace.listing();
  const byCitation = new Map<string, CitedDocument>();
  for (const entry of entries) {
    const citation = entry.loaded ? citationOf(entry.loaded.document) : undefined;
    if (citation !== undefined && !byCitation.has(citation)) byCitation.set(citation, { ref: entry.relative, document: entry.loaded!.document });
  }
  return (resolution) => (resolution === undefined ? { ref: self.ref, document: self.loaded.document } : byCitation.get(resolution));
}
