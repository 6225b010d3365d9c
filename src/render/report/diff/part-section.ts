import type { RootContent } from 'mdast';
import type { PartChange } from '../../../diff/types.js';
import { heading, table, type Phrasing } from '../lib/mdast.js';

const PART_WORDS: Record<PartChange['kind'], string> = { added: 'added', removed: 'deleted', changed: 'changed' };

/** "relabelled A → B; retitled “Arms embargo” → none". */
function changeWords(part: PartChange): string {
  if (part.kind !== 'changed') return PART_WORDS[part.kind];
  const words: string[] = [];
  if (part.relabelled) words.push(`relabelled ${part.relabelled.old} → ${part.relabelled.new}`);
  if (part.title) words.push(`retitled ${quoted(part.title.old)} → ${quoted(part.title.new)}`);
  return words.join('; ');
}

const quoted = (title: string | undefined) => (title === undefined ? 'none' : `“${title}”`);

/** The parts A, B, C … of a resolution divided into parts that were added, deleted, relabelled or retitled. */
export function partSection(parts: readonly PartChange[]): RootContent[] {
  if (parts.length === 0) return [];
  const rows = parts.map((part): Phrasing[][] => [[`Part ${part.label}`], [part.title?.new ?? part.title?.old ?? '—'], [changeWords(part)]]);
  return [heading(2, 'Parts'), table([['Part'], ['Title'], ['Change']], rows)];
}
