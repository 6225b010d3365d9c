import { h } from './h.js';

/** A plain GET form: pick any two documents and compare them. */
export function comparePicker(choices: ReadonlyArray<{ ref: string; name: string }>, selected: { old?: string; new?: string } = {}) {
  const select = (name: 'old' | 'new', label: string, fallback: number) =>
    h('label', {}, `${label} `, h('select', { name }, choices.map((choice) => h('option', { value: choice.ref, selected: (selected[name] ?? choices[Math.min(fallback, choices.length - 1)]?.ref) === choice.ref }, choice.name))));
  return h('form', { className: ['toolbar'], method: 'get', action: '/compare', ariaLabel: 'Compare two documents' }, select('old', 'Compare', 0), select('new', 'with', 1), h('button', { type: 'submit' }, 'Compare'));
}
