import type { Effect } from '../../../model/document.js';
import type { AnnexChange, BracketChange, ClauseChange, ClauseChangeKind, ClauseSide, DocumentLabel, ForceChange, MetadataChange, MetadataValue, PartChange, ResolutionDiff } from '../../../diff/types.js';
import { bracketCounts, bracketsOnlyWords, describeBracketChange } from '../../../diff/describe-brackets.js';
import { redlineText } from '../lib/redline-text.js';
import { counted } from '../lib/names.js';
import { paint, type TerminalStyle } from '../lib/terminal-style.js';


const KIND_ORDER: ClauseChangeKind[] = ['reworded', 'added', 'removed', 'moved', 'split', 'merged', 'renumbered'];
const KIND_COLOUR: Partial<Record<ClauseChangeKind, TerminalStyle>> = { added: 'added', removed: 'removed', split: 'moved', merged: 'moved', moved: 'moved' };

/** "S/RES/841 (1993) (1993-06-16, adopted)": a version as the terminal diff names it. */
function versionName(label: DocumentLabel): string {
  const name = label.symbol ?? `unsymbolled ${label.kind}`;
  const details = [label.revision, label.dates?.revised ?? label.dates?.circulated ?? label.dates?.adopted, label.status].filter((d): d is string => d !== undefined);
  return `${name} (${details.join(', ')})`;
}

function summaryLine(diff: ResolutionDiff): string {
  const { summary } = diff;
  const parts = KIND_ORDER.filter((kind) => summary.clauses[kind] > 0).map((kind) => `${summary.clauses[kind]} ${kind}`);
  if (summary.bracketsOnly) parts.push(bracketsOnlyWords(summary.bracketsOnly));
  const subparagraphs = KIND_ORDER.reduce((sum, kind) => sum + summary.subparagraphs[kind], 0);
  if (subparagraphs > 0) parts.push(`${counted(subparagraphs, 'subparagraph change')}`);
  if (summary.force.weakened > 0) parts.push(`${summary.force.weakened} weakened in force`);
  if (summary.force.strengthened > 0) parts.push(`${summary.force.strengthened} strengthened in force`);
  if (summary.force.changed > 0) parts.push(`${counted(summary.force.changed, 'other opening verb')} changed`);
  if (summary.metadata > 0) parts.push(counted(summary.metadata, 'document field'));
  const partChanges = (summary.parts?.added ?? 0) + (summary.parts?.removed ?? 0) + (summary.parts?.changed ?? 0);
  if (partChanges > 0) parts.push(counted(partChanges, 'part change'));
  const annexEntries = summary.annexEntries.added + summary.annexEntries.removed + summary.annexEntries.changed;
  if (annexEntries > 0) parts.push(counted(annexEntries, 'annex entry change'));
  const brackets = Object.values(summary.brackets ?? {}).reduce((sum, n) => sum + n, 0);
  if (brackets > 0) {
    const kinds = bracketCounts(summary.brackets).map(({ n, event }) => `${n} ${event}`);
    parts.push(`${counted(brackets, 'bracket change')} (${kinds.join(', ')})`);
  }
  return parts.length > 0 ? `Summary: ${parts.join(', ')}` : 'No differences (whitespace and line wrapping are not differences).';
}

/** "preambular paragraph 3", "paragraph 5", "paragraph 5 of part B", "10(b)". */
function place(side: ClauseSide, nested: boolean): string {
  if (nested) return side.path ?? (side.number !== undefined ? `(${side.number})` : `unnumbered text ${side.index + 1}`);
  const inPart = side.inPart === undefined ? '' : ` of part ${side.inPart}`;
  if (side.part === 'preamble') return `preambular paragraph ${side.index + 1}${inPart}`;
  return side.number !== undefined ? `paragraph ${side.number}${inPart}` : `unnumbered paragraph ${side.index + 1}${inPart}`;
}

/** "part C: added (title: Follow-up)", "part II: relabelled B -> II". */
function partLine(change: PartChange): string {
  const title = change.title ? `title: ${change.title.old ?? '(none)'} -> ${change.title.new ?? '(none)'}` : undefined;
  const own = change.title?.new ?? change.title?.old;
  const what = change.kind === 'changed' ? [change.relabelled && `relabelled ${change.relabelled.old} -> ${change.relabelled.new}`, title].filter(Boolean).join('; ') : `${change.kind}${own !== undefined ? ` (title: ${own})` : ''}`;
  return `part ${change.label}: ${what}`;
}

function changePlace(change: ClauseChange, nested: boolean): string {
  const olds = change.old.map((side) => place(side, nested)).join(' + ');
  const news = change.new.map((side) => place(side, nested)).join(' + ');
  const ids = [...new Set([...change.new, ...change.old].map((side) => side.id))].join(', ');
  const where = change.old.length === 0 ? news : change.new.length === 0 ? olds : olds === news ? news : `${olds} -> ${news}`;
  return `${where} (${ids})`;
}

function describeValue(value: MetadataValue | undefined): string {
  if (value === undefined) return '(none)';
  return Array.isArray(value) ? value.join(', ') || '(none)' : String(value);
}

function metadataLine(change: MetadataChange): string {
  if (change.added || change.removed) {
    const parts = [change.added?.length ? `added ${change.added.join(', ')}` : undefined, change.removed?.length ? `removed ${change.removed.join(', ')}` : undefined].filter(Boolean);
    return `${change.field}: ${parts.join('; ') || `${describeValue(change.old)} -> ${describeValue(change.new)}`}`;
  }
  return `${change.field}: ${describeValue(change.old)} -> ${describeValue(change.new)}`;
}

function forceLine(change: ForceChange): string {
  switch (change.kind) {
    case 'opening-verb':
      return `${place(change.new, false)} (${change.anchor}): opening verb "${change.from.text}" (${change.from.force}) -> "${change.to.text}" (${change.to.force}): ${change.direction}`;
    case 'part':
      return `${place(change.old, false)} moved to the ${change.to} part as ${place(change.new, false)} (${change.anchor}): ${change.direction}`;
    case 'chapter-vii':
      return `"Acting under Chapter VII" ${change.to ? 'added' : 'removed'}${change.anchor ? ` (${change.anchor})` : ''}: ${change.direction}`;
  }
}

function describeEffect(effect: Effect): string {
  const target = effect.target;
  const where = target && [target.resolution ?? target.resolutions?.join(', '), target.paragraphs && `paragraphs ${target.paragraphs.join(', ')}`, target.clauses && `clauses ${target.clauses.join(', ')}`, target.committee && 'committee'].filter(Boolean).join(' ');
  return `${effect.action}${where ? ` ${where}` : ''}${effect.measures?.length ? ` [${effect.measures.join(', ')}]` : ''}`;
}

function bracketLine(change: BracketChange): string {
  const { what, detail } = describeBracketChange(change, '->');
  return detail === undefined ? what : `${what}: ${detail}`;
}

function clauseLines(change: ClauseChange, nested: boolean, colour: boolean): string[] {
  const kind = change.kind.padEnd(10);
  const lines = [`${KIND_COLOUR[change.kind] ? paint(KIND_COLOUR[change.kind]!, kind, colour) : kind} ${changePlace(change, nested)}`];
  const body: string[] = [];
  if (change.inPart) body.push(`part: ${change.inPart.old ?? '(none)'} -> ${change.inPart.new ?? '(none)'}`);
  if (change.heading) body.push(`heading: ${change.heading.old ?? '(none)'} -> ${change.heading.new ?? '(none)'}`);
  if (change.redline) body.push(redlineText(change.redline, colour) + (change.redline.fallback ? '  (replaced whole: too different for a word-by-word comparison)' : ''));
  else if (change.kind === 'added' || change.kind === 'removed') {
    const side = change.kind === 'added' ? change.new[0]! : change.old[0]!;
    body.push(redlineText({ segments: [{ kind: change.kind === 'added' ? 'insert' : 'delete', text: side.text ?? '' }], fallback: false }, colour));
  }
  for (const effect of change.effects ?? []) body.push(`effect ${effect.kind}: ${describeEffect(effect.new ?? effect.old!)}`);
  if (change.measures) body.push(`measures: ${[...change.measures.added.map((m) => `+${m}`), ...change.measures.removed.map((m) => `-${m}`)].join(' ')}`);
  body.push(...(change.brackets ?? []).map(bracketLine));
  for (const sub of change.subparagraphs ?? []) if (sub.kind !== 'unchanged' || sub.brackets) body.push(...clauseLines(sub, true, colour));
  return [...lines, ...body.map((line) => `    ${line}`)];
}

function annexLines(change: AnnexChange, colour: boolean): string[] {
  const lines = [`${change.label ?? change.id}: ${change.kind}${change.title ? ` (title: ${change.title.old ?? '(none)'} -> ${change.title.new ?? '(none)'})` : ''}`];
  for (const entry of change.entries) {
    const name = entry.name ?? entry.label ?? entry.id;
    const what = entry.kind === 'changed' && entry.oldName !== undefined ? `${entry.oldName} -> ${name}` : name;
    const kind = entry.kind === 'added' ? paint('added', 'added', colour) : entry.kind === 'removed' ? paint('removed', 'removed', colour) : 'changed';
    lines.push(`    ${kind} ${what}${entry.entryKind ? ` (${entry.entryKind})` : ''}${entry.redline ? `: ${redlineText(entry.redline, colour)}` : ''}`);
  }
  return lines;
}

function section(title: string, lines: string[]): string[] {
  return lines.length > 0 ? ['', title, ...lines.map((line) => `  ${line}`)] : [];
}

/**
 * A diff for the terminal: the summary, force changes first (they matter most), document
 * fields, the parts A, B, C … added, removed, relabelled or retitled, each changed clause with its redline, renumbered clauses on one line, then annexes.
 */
export function formatDiffText(diff: ResolutionDiff, files: { old: string; new: string }, colour: boolean): string {
  const shown = diff.clauses.filter((change) => (change.kind !== 'unchanged' && change.kind !== 'renumbered') || change.effects || change.measures || change.brackets);
  const renumbered = diff.clauses.filter((change) => change.kind === 'renumbered').map((change) => `${change.old[0]!.number} -> ${change.new[0]!.number}`);
  const lines = [
    paint('title', `Comparing ${versionName(diff.old)} with ${versionName(diff.new)}`, colour),
    `  old: ${files.old}`,
    `  new: ${files.new}`,
    summaryLine(diff),
    ...section('FORCE', diff.force.map((change) => (change.direction === 'weakened' ? paint('weakened', forceLine(change), colour) : change.direction === 'strengthened' ? paint('strengthened', forceLine(change), colour) : forceLine(change)))),
    ...section('DOCUMENT', diff.metadata.map(metadataLine)),
    ...section('PARTS', (diff.parts ?? []).map(partLine)),
    ...section('CLAUSES', shown.flatMap((change) => clauseLines(change, false, colour))),
    ...section('RENUMBERED ONLY', renumbered.length > 0 ? [`paragraphs ${renumbered.join(', ')}`] : []),
    ...section('ANNEXES', diff.annexes.flatMap((change) => annexLines(change, colour))),
  ];
  return `${lines.join('\n')}\n`;
}
