import type { Figure } from './figure.js';

export function formatValue(value: number, unit: Figure['unit']): string {
  if (unit === 'MB') return `${Math.round(value)} MB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'count') return value.toLocaleString('en');
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
  const paired = figure.pairedRuns ? ` (${figure.pairedRuns} pairs)` : '';
  return `${figure.peer?.atLeast ? '< ' : ''}${figure.ratio.toFixed(figure.ratio < 0.1 ? 3 : 2)}×${paired}`;
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
  const about = [
    'ratio = bluedraft ÷ peer (below 1: bluedraft is faster). Where the two ran interleaved, one run of each per round, it is the median of the rounds\' ratios, so that a round slowed by other work on the machine slows both and drops out.',
  ];
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...about, ...notes, ''].join('\n');
}

/** What the machine was and how busy (load average over 1, 5 and 15 minutes) when the bench started and ended. */
export interface MachineLoad {
  cores: number;
  cpu?: string;
  node: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
}

/** The line above the table: the machine, and its load at start and end (above the core count, every figure is slowed). */
export function formatHeader(machine: MachineLoad): string {
  const end = machine.loadAverageAtEnd ? `, at end ${machine.loadAverageAtEnd.join(' ')}` : '';
  const busy = Math.max(machine.loadAverageAtStart[0] ?? 0, machine.loadAverageAtEnd?.[0] ?? 0) > machine.cores ? ' — busier than its cores: times are slowed, ratios less so' : '';
  return `bluedraft bench (${machine.cores} cores, ${machine.cpu}, Node ${machine.node}; load average (1, 5, 15 min) at start ${machine.loadAverageAtStart.join(' ')}${end}${busy})`;
}
