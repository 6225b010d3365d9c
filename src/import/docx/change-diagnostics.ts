import { diagnostic, type Diagnostic } from '../../load/diagnostic.js';
import type { TrackedChanges } from '../import-resolution.js';
import { paragraphPlace } from './paragraph-place.js';
import type { PlacedChange, ShownParagraph } from './shown-paragraphs.js';
import type { TrackedChange } from './word-paragraphs.js';

const EXCERPT = 60;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat}"`;
}

/** "inserted by Alice Smith on 2024-05-01", "moved here by …", "paragraph break deleted by …". */
export function changeWords(change: TrackedChange, text: string): string {
  const act = change.moved ? (change.kind === 'insertion' ? 'moved here' : 'moved away') : change.kind === 'insertion' ? 'inserted' : 'deleted';
  const what = text === '' ? 'a paragraph break' : quoted(text);
  return `${what} ${act} by ${change.author}${change.date ? ` on ${change.date.slice(0, 10)}` : ''}`;
}

function outcome(placed: PlacedChange, mode: TrackedChanges): string {
  const { change } = placed;
  if (placed.bracket?.conflict !== undefined) return `not recorded as a bracket (${placed.bracket.conflict}): taken as accepted`;
  if (placed.bracket) return `recorded as a negotiation bracket proposed by ${change.author}`;
  if (mode === 'brackets') return 'kept as the paragraphs stand in the file';
  const accepted = mode === 'accept';
  return change.kind === 'insertion' ? (accepted ? 'the text has it (all changes accepted)' : 'left out (--tracked reject)') : accepted ? 'left out (all changes accepted)' : 'kept (--tracked reject)';
}

/** The paragraph-mark change that only goes with a change of its words by the same author (a whole paragraph inserted or deleted) is not said twice. */
function saidWithItsWords(placed: PlacedChange, all: readonly PlacedChange[]): boolean {
  return placed.text === '' && all.some((other) => other !== placed && other.text !== '' && other.change.author === placed.change.author && other.change.kind === placed.change.kind);
}

/** One diagnostic per pending tracked change, at the paragraph (and column) where it stands. */
export function changeDiagnostics(file: string, paragraphs: readonly ShownParagraph[], mode: TrackedChanges): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const paragraph of paragraphs) {
    for (const placed of paragraph.changes) {
      if (saidWithItsWords(placed, paragraph.changes)) continue;
      const recorded = placed.bracket !== undefined && placed.bracket.conflict === undefined;
      const replaces = placed.bracket?.replaces;
      const what = replaces ? `${quoted(replaces.text)} replaced with ${changeWords(placed.change, placed.text).replace(/ inserted by /, ' by ')}` : changeWords(placed.change, placed.text);
      const said = `pending tracked change: ${what}; ${outcome(placed, mode)}`;
      found.push({
        ...diagnostic(file, { line: placed.at.paragraph, col: placed.at.column }, recorded ? 'info' : 'warning', 'docx-tracked-change', said, recorded ? undefined : 'accept or reject it in Word and import again, or import with --tracked accept, reject or brackets'),
        where: paragraphPlace({ number: placed.at.paragraph, text: placed.at.words }),
      });
    }
  }
  return found;
}
