import { paragraphUnits, type ClauseUnit } from '../../diff/clause-units.js';
import { documentLabel } from '../../diff/document-label.js';
import { diffResolutions } from '../../diff/diff-resolutions.js';
import { redline } from '../../diff/redline.js';
import type { BracketChange, ClauseChange, ClauseSide, ResolutionDiff } from '../../diff/types.js';
import type { Bracket, ResolutionDocument } from '../../model/document.js';
import { scanBrackets } from '../../text/brackets.js';
import { unrelatedBecause } from '../unrelated-versions.js';
import { NegotiationRefusal } from '../refusal.js';
import { blameRuns, carryTags, freshTags } from './blame-tags.js';
import type { Thread } from './thread.js';
import type { DroppedParagraph, HistoryEvent, ParagraphHistory, TextHistory } from './types.js';
import { squeezeSpace } from '../../text/squeeze-space.js';

export interface Revision {
  name: string;
  document: ResolutionDocument;
}

const place = (side: ClauseSide) => `${side.part === 'preamble' ? 'pp' : 'op'} ${side.number ?? side.index + 1}`;
const key = (side: ClauseSide) => `${side.part}:${side.index}`;

function unitsByPlace(document: ResolutionDocument): Map<string, ClauseUnit> {
  return new Map(paragraphUnits(document).map((unit) => [key(unit.side), unit]));
}

/**
 * Who a bracket change concerns: for a bracket of several alternatives, each attributed, resolved
 * on one of them, that alternative's delegation; else all that proposed it.
 */
function bracketBy(change: BracketChange, options: readonly string[]): string[] {
  const bracket: Bracket | undefined = change.new ?? change.old;
  const proposers = bracket?.proposedBy ?? [];
  const kept = change.new?.agreedOption;
  const perAlternative = options.length > 1 && proposers.length === options.length;
  if (change.kind === 'resolved' && perAlternative && kept !== undefined && kept > 0) return [proposers[kept - 1]!];
  return proposers;
}

function bracketEvents(change: ClauseChange, revision: number, unit: ClauseUnit | undefined, oldUnit: ClauseUnit | undefined): HistoryEvent[] {
  return (change.brackets ?? []).map((b) => {
    const source = b.newIndex !== undefined ? unit : oldUnit;
    const index = b.newIndex ?? b.oldIndex ?? 0;
    const options = source ? (scanBrackets(source.labelledContent()).brackets[index]?.options.map((o) => squeezeSpace(o.text)) ?? []) : [];
    return { kind: 'bracket', revision, change: b.kind, options, by: bracketBy(b, options) };
  });
}

/** Threads of the paragraphs of the first revision. */
function firstThreads(document: ResolutionDocument): Map<string, Thread> {
  return new Map(paragraphUnits(document).map((unit) => [key(unit.side), { appeared: 0, events: [{ kind: 'appeared', revision: 0, how: 'first' }], wording: unit.labelledContent(), tags: freshTags(unit.labelledContent(), 0) }]));
}

/** The threads of the next revision, from the previous ones and the diff between the two. */
function advance(previous: Map<string, Thread>, diff: ResolutionDiff, before: ResolutionDocument, after: ResolutionDocument, revision: number, dropped: DroppedParagraph[]): Map<string, Thread> {
  const next = new Map<string, Thread>();
  const oldUnits = unitsByPlace(before);
  const newUnits = unitsByPlace(after);
  const language = after.language;
  for (const change of diff.clauses) {
    const olds = change.old.map((side) => previous.get(key(side))!);
    if (change.kind === 'removed') {
      const side = change.old[0]!;
      dropped.push({ id: side.id, was: place(side), text: olds[0]!.wording, lastIn: revision - 1, droppedIn: revision });
      continue;
    }
    change.new.forEach((side, piece) => {
      const wording = newUnits.get(key(side))!.labelledContent();
      const oldUnit = change.old[0] ? oldUnits.get(key(change.old[0])) : undefined;
      if (change.kind === 'added') {
        next.set(key(side), { appeared: revision, events: [{ kind: 'appeared', revision, how: 'added' }], wording, tags: freshTags(wording, revision) });
        return;
      }
      const oldWording = olds.length === 1 ? olds[0]!.wording : olds.map((t) => t.wording).join(' ');
      const oldTags = olds.length === 1 ? olds[0]!.tags : olds.flatMap((t) => t.tags);
      const events = [...olds[0]!.events];
      if (change.kind === 'split' || change.kind === 'merged') events.push({ kind: 'appeared', revision, how: change.kind, from: change.old.map(place) });
      // The diff says when a paragraph's wording (its subparagraphs' included) is the same: no need to compare it again.
      const changed = change.kind !== 'unchanged' && change.kind !== 'renumbered' && squeezeSpace(oldWording) !== squeezeSpace(wording);
      const lines = changed ? redline(oldWording, wording, language) : undefined;
      if (lines) events.push({ kind: 'reworded', revision, redline: lines });
      if (change.kind === 'moved') events.push({ kind: 'moved', revision, from: place(change.old[0]!), to: place(side) });
      if (piece === 0) events.push(...bracketEvents(change, revision, newUnits.get(key(side)), oldUnit));
      next.set(key(side), { appeared: Math.min(...olds.map((t) => t.appeared)), events, wording, tags: lines ? carryTags(oldTags, lines, revision) : oldTags });
    });
  }
  return next;
}

/**
 * The history of a text across its revisions, oldest first (docs/negotiation.md), read from the
 * n−1 pairwise `diffResolutions` of consecutive revisions: for each paragraph of the last
 * revision, where it appeared, each later rewording with its redline, where it moved, and when
 * its brackets were opened and resolved and by whom; which revision each word of the final text
 * came from; and the paragraphs dropped on the way, with the revision that dropped them.
 * Throws `NegotiationRefusal` where a revision is not a version of the one before (another regime or text).
 */
export function traceHistory(revisions: readonly Revision[]): TextHistory {
  if (revisions.length === 0) throw new NegotiationRefusal('give at least one revision');
  let threads = firstThreads(revisions[0]!.document);
  const dropped: DroppedParagraph[] = [];
  const labels = [documentLabel(revisions[0]!.document)];
  for (let i = 1; i < revisions.length; i++) {
    const before = revisions[i - 1]!;
    const after = revisions[i]!;
    const diff = diffResolutions(before.document, after.document);
    const reason = unrelatedBecause(before.document, after.document, diff, { earlier: before.name, later: after.name });
    if (reason) throw new NegotiationRefusal(reason);
    labels.push(diff.new);
    threads = advance(threads, diff, before.document, after.document, i, dropped);
  }
  const last = revisions.at(-1)!.document;
  const wordsByRevision = new Array<number>(revisions.length).fill(0);
  const paragraphs: ParagraphHistory[] = paragraphUnits(last).map((unit) => {
    const thread = threads.get(key(unit.side))!;
    const blame = blameRuns(thread.wording, thread.tags);
    for (const run of blame) wordsByRevision[run.revision]! += run.text.split(' ').length;
    return { id: unit.id, at: place(unit.side), appeared: thread.appeared, events: thread.events, blame };
  });
  return { revisions: revisions.map((r, i) => ({ name: r.name, document: labels[i]! })), paragraphs, dropped, wordsByRevision };
}
