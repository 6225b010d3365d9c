import type { LibraryEntry, ShownDocument } from '../workspace.js';
import { shownName } from './document-name.js';
import { h } from './h.js';

/** What the picker offers: the folder's readable files, then the imported texts. */
export function pickerChoices(entries: readonly LibraryEntry[], uploads: readonly ShownDocument[]): Array<{ ref: string; name: string }> {
  const files = entries.flatMap((entry) => (entry.loaded ? [{ ref: entry.relative, name: `${shownName(entry.loaded.document)} — ${entry.relative}` }] : []));
  return [...files, ...uploads.map((upload) => ({ ref: upload.ref, name: upload.name }))];
}

/** A plain GET form: pick any two documents and compare them. */
export function comparePicker(choices: ReadonlyArray<{ ref: string; name: string }>, selected: { old?: string; new?: string } = {}) {
  const select = (name: 'old' | 'new', label: string, fallback: number) =>
    h('label', {}, `${label} `, h('select', { name }, choices.map((choice) => h('option', { value: choice.ref, selected: (selected[name] ?? choices[Math.min(fallback, choices.length - 1)]?.ref) === choice.ref }, choice.name))));
  return h('form', { className: ['toolbar'], method: 'get', action: '/compare', ariaLabel: 'Compare two documents' }, select('old', 'Compare', 0), select('new', 'with', 1), h('button', { type: 'submit' }, 'Compare'));
}
