import type { Diagnostic } from '../../load/diagnostic.js';
import { counted } from '../../render/report/lib/names.js';
import { h } from './h.js';
import type { Element } from 'hast';

/** "valid", or "2 errors, 1 warning", coloured by the worst. */
export function problemCount(diagnostics: readonly Diagnostic[]): Element {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const notes = diagnostics.length - errors - warnings;
  if (diagnostics.length === 0) return h('span', { className: ['ok'] }, '✓ valid');
  const parts = [errors ? counted(errors, 'error') : '', warnings ? counted(warnings, 'warning') : '', notes ? counted(notes, 'note') : ''].filter(Boolean);
  return h('span', { className: [errors ? 'error' : warnings ? 'warning' : 'ok'] }, `${errors ? '✗' : '⚠'} ${parts.join(', ')}`);
}
