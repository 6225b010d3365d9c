import type { Diagnostic } from '../../load/diagnostic.js';
import { counted } from '../../render/report/lib/names.js';
import { paint } from '../../render/report/lib/terminal-style.js';

export interface DiagnosticCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(files: number, diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  return {
    files,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
  };
}

export function summaryLine(counts: DiagnosticCounts): string {
  return `${counted(counts.files, 'file')} checked: ${counted(counts.errors, 'error')}, ${counted(counts.warnings, 'warning')}, ${counts.infos} info`;
}

/** `file:line:col` — or, for a binary input, `file (paragraph 14, "Decides that …")`. */
function placeOf(d: Diagnostic): string {
  return d.where === undefined ? `${d.file}:${d.line}:${d.col}` : `${d.file} (${d.where})`;
}

/** `file:line:col  severity  message  [code]`, then the fix on an indented line. */
export function formatText(diagnostics: readonly Diagnostic[], counts: DiagnosticCounts, colour: boolean): string {
  const lines = diagnostics.map((d) => {
    const severity = paint(d.severity, d.severity, colour);
    const main = `${placeOf(d)}  ${severity}  ${d.message}  [${d.code}]`;
    return d.hint ? `${main}\n    fix: ${d.hint}` : main;
  });
  return `${[...lines, summaryLine(counts)].join('\n')}\n`;
}

/**
 * The stable JSON shape, version 1 (docs/diagnostics.md):
 * `{ version, summary: {files, errors, warnings, infos}, diagnostics: [{file, line, col, severity, code, message, hint?, where?}] }`.
 */
export function formatJson(diagnostics: readonly Diagnostic[], counts: DiagnosticCounts): string {
  return `${JSON.stringify({ version: 1, summary: counts, diagnostics }, null, 2)}\n`;
}

/** GitHub Actions workflow commands; data and properties escaped as the runner expects. */
export function formatGithub(diagnostics: readonly Diagnostic[], counts: DiagnosticCounts): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
  const lines = diagnostics.map((d) => {
    const said = d.where === undefined ? d.message : `${d.where}: ${d.message}`;
    const message = d.hint ? `${said} [${d.code}] (fix: ${d.hint})` : `${said} [${d.code}]`;
    return `::${command[d.severity]} file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${escapeProperty(`bluedraft ${d.code}`)}::${escapeData(message)}`;
  });
  return `${[...lines, summaryLine(counts)].join('\n')}\n`;
}
