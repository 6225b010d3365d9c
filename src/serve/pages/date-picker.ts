import { h } from './h.js';

/** A plain GET form with a date field: the same page, as of another date. */
export function datePicker(action: string, hidden: Record<string, string>, value: string | undefined, label: string) {
  return h(
    'form',
    { className: ['toolbar'], method: 'get', action },
    Object.entries(hidden).map(([name, v]) => h('input', { type: 'hidden', name, value: v })),
    h('label', {}, `${label} `, h('input', { type: 'date', name: 'asOf', value: value ?? '', required: true })),
    h('button', { type: 'submit' }, 'Show'),
  );
}
