import type { Figure } from './figure.js';

export function formatValue(value: number, unit: Figure['unit']): string {
  if (unit === 'MB') return `${Math.round(value)} MB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
}

function peerValue(figure: Figure): string {
  const peer = figure.peer;
  if (!peer) return '';
  if (peer.value === undefined) return 'not run';
  return `${peer.atLeast ? '> ' : ''}${formatValue(peer.value, figure.unit)}`;
}

function ratio(figure: Figure): string {
  if (figure.ratio === undefined) return '';
  return `${figure.peer?.atLeast ? '< ' : ''}${figure.ratio.toFixed(figure.ratio < 0.1 ? 3 : 2)}×`;
}

function verdict(figure: Figure): string {
  if (figure.met === undefined) return figure.target ?? '';
  return `${figure.met ? 'met' : 'NOT met'}: ${figure.target}`;
}

/** The figures as an aligned plain-text table, then the notes and what was not run. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'bluedraft', 'peer', 'peer figure', 'ratio', 'target'];
  const rows = figures.map((f) => [f.label, formatValue(f.value, f.unit), f.peer?.name ?? '', peerValue(f), ratio(f), verdict(f)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const notes = figures.flatMap((f) => [
    ...(f.note ? [`- ${f.label}: ${f.note}`] : []),
    ...(f.peer?.missing ? [`- ${f.label}: peer ${f.peer.name} not run: ${f.peer.missing}`] : []),
  ]);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', 'ratio = bluedraft ÷ peer (below 1: bluedraft is faster).', ...notes, ''].join('\n');
}
