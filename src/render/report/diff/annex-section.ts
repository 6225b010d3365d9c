import type { RootContent } from 'mdast';
import type { AnnexChange, AnnexEntryChange } from '../../../diff/types.js';
import { heading, paragraph, table, type Phrasing } from '../lib/mdast.js';
import { redlinePhrasing, type RedlineStyle } from '../lib/redline.js';

const ENTRY_WORDS: Record<AnnexEntryChange['kind'], string> = { added: 'added', removed: 'deleted', changed: 'changed' };

function entryWording(entry: AnnexEntryChange, style: RedlineStyle): Phrasing[] {
  if (entry.redline) return redlinePhrasing(entry.redline, style);
  if (entry.text === undefined) return ['—'];
  return redlinePhrasing({ segments: [{ kind: entry.kind === 'removed' ? 'delete' : 'insert', text: entry.text }], fallback: false }, style);
}

function annexTitle(annex: AnnexChange): string {
  const label = annex.label ?? annex.id;
  const title = annex.title?.new ?? annex.title?.old;
  return `${label}${title ? `: ${title}` : ''} (${ENTRY_WORDS[annex.kind]})`;
}

/** Annex entries (designations, item lists) added, deleted or changed, by name. */
export function annexSection(annexes: readonly AnnexChange[], style: RedlineStyle): RootContent[] {
  if (annexes.length === 0) return [];
  return [
    heading(2, 'Annexes'),
    ...annexes.flatMap((annex): RootContent[] => {
      const blocks: RootContent[] = [heading(3, annexTitle(annex))];
      if (annex.title && annex.title.old !== undefined && annex.title.new !== undefined) blocks.push(paragraph(`Title: “${annex.title.old}” → “${annex.title.new}”.`));
      if (annex.entries.length > 0) {
        const rows = annex.entries.map((entry): Phrasing[][] => [[ENTRY_WORDS[entry.kind]], [entry.label ?? '—'], [entry.oldName !== undefined && entry.oldName !== entry.name ? `${entry.oldName} → ${entry.name ?? '—'}` : (entry.name ?? '—')], entryWording(entry, style)]);
        blocks.push(table([['Change'], ['Entry'], ['Name'], ['Wording']], rows));
      }
      return blocks;
    }),
  ];
}
