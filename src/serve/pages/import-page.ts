import type { Root } from 'hast';
import type { Diagnostic } from '../../load/diagnostic.js';
import { h } from './h.js';
import { pageShell } from './page-shell.js';

/**
 * Import: a plain form that posts one file (or, with the script, a file dropped on it). What
 * is imported is shown and can be compared; nothing is written into the folder unless saved.
 */
export function importPage(accepts: string, problems: { file: string; summary: string; diagnostics: readonly Diagnostic[] } | undefined): Root {
  return pageShell({
    title: 'Import a text',
    current: 'import',
    main: [
      h('p', {}, 'Read the official text of a resolution or draft as bluedraft does (', h('code', {}, 'bluedraft import'), '). It is shown here and can be compared; nothing is written into the folder unless you save it.'),
      problems
        ? h('section', { className: ['error'], ariaLabelledBy: 'import-problems' }, h('h2', { id: 'import-problems' }, `${problems.file}: ${problems.summary}; nothing was imported`), h('ul', {}, problems.diagnostics.map((d) => h('li', {}, `${d.where ?? `line ${d.line}, column ${d.col}`}: ${d.message}`, d.hint ? ` (fix: ${d.hint})` : ''))))
        : undefined,
      h(
        'form',
        { method: 'post', action: '/import', encType: 'multipart/form-data', className: ['drop'], dataDrop: '' },
        h('p', {}, h('label', {}, 'File to import (', accepts, '): ', h('input', { type: 'file', name: 'file', accept: accepts, required: true }))),
        h('p', {}, h('label', {}, 'Regime (optional): ', h('input', { type: 'text', name: 'regime', pattern: '[a-z][a-z0-9-]*', placeholder: 'haiti' }))),
        h('p', {}, h('button', { type: 'submit' }, 'Import'), ' — or drop a file here.'),
      ),
    ],
  });
}
