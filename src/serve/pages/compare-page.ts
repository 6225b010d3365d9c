import type { Root } from 'hast';
import type { ClauseChange, ForceChange, ResolutionDiff } from '../../diff/types.js';
import { openingVerb } from '../../diff/opening-verb.js';
import { forceWords, isChanged } from '../../render/report/diff/labels.js';
import { summaryPhrases } from '../../render/report/diff/summary-line.js';
import type { ShownDocument } from '../workspace.js';
import { clauseIndex } from './clause-index.js';
import { compareRow, type CompareSides, type CompareView } from './compare-rows.js';
import { comparePicker } from './compare-picker.js';
import { shownName } from './document-name.js';
import { downloadLinks } from './download-links.js';
import { h } from './h.js';
import { pageShell } from './page-shell.js';
import { queryLink } from './query-link.js';

export interface CompareRequest {
  old: ShownDocument;
  new: ShownDocument;
  view: CompareView;
  /** Only the changes to paragraphs that bind (Decides, Demands …) or to their force. */
  bindingOnly: boolean;
}

function binds(change: ClauseChange, force: readonly ForceChange[], sides: CompareSides): boolean {
  if (force.some((f) => 'anchor' in f && f.anchor === change.anchor)) return true;
  const bindingIn = (list: ClauseChange['old'], clauses: CompareSides['old'], language: string) =>
    list.some((side) => side.part === 'operative' && openingVerb(clauses.get(side.id)?.text ?? side.text ?? '', language as never)?.force === 'binding');
  return bindingIn(change.old, sides.old, sides.oldLanguage) || bindingIn(change.new, sides.new, sides.newLanguage);
}

function forceSection(diff: ResolutionDiff) {
  if (diff.force.length === 0) return h('p', {}, 'No change of legal force.');
  return h(
    'ol',
    {},
    diff.force.map((f) => {
      const what = f.kind === 'chapter-vii' ? 'the document' : `paragraph ${f.new.number ?? f.new.index + 1}${f.kind === 'opening-verb' ? `: “${f.from.text}” → “${f.to.text}”` : ''}`;
      const anchor = 'anchor' in f ? f.anchor : undefined;
      return h('li', { className: ['force'] }, h('strong', {}, `${f.direction}: ${forceWords(f)}`), ' — ', anchor ? h('a', { href: `#${anchor}` }, what) : what);
    }),
  );
}

function toolbar(request: CompareRequest, shownCount: number) {
  const base = { old: request.old.ref, new: request.new.ref };
  const viewLink = (view: CompareView, label: string) => h('a', { href: queryLink('/compare', { ...base, view, ...(request.bindingOnly ? { binding: '1' } : {}) }), ariaCurrent: request.view === view ? 'true' : undefined }, label);
  return h(
    'div',
    { className: ['toolbar'] },
    h('span', {}, 'View: ', viewLink('side', 'Side by side'), ' · ', viewLink('inline', 'Inline')),
    h(
      'form',
      { method: 'get', action: '/compare' },
      h('input', { type: 'hidden', name: 'old', value: request.old.ref }),
      h('input', { type: 'hidden', name: 'new', value: request.new.ref }),
      h('input', { type: 'hidden', name: 'view', value: request.view }),
      h('label', {}, h('input', { type: 'checkbox', name: 'binding', value: '1', checked: request.bindingOnly }), ' Only changes that bind'),
      h('button', { type: 'submit' }, 'Apply'),
    ),
    h('span', {}, h('button', { type: 'button', dataGo: '-1', hidden: true }, '◀ Previous change'), ' ', h('button', { type: 'button', dataGo: '1', hidden: true }, 'Next change ▶'), ' ', h('span', { className: ['label-summary'] }, `${shownCount} changes; keys j / k move between them`)),
  );
}

/**
 * Two documents compared: changes of legal force first, then every paragraph aligned side by
 * side (or inline) with its word redline and its badges; optionally only the changes that bind.
 */
export function comparePage(diff: ResolutionDiff, request: CompareRequest, choices: ReadonlyArray<{ ref: string; name: string }>): Root {
  const sides: CompareSides = { old: clauseIndex(request.old.loaded.document), new: clauseIndex(request.new.loaded.document), oldLanguage: request.old.loaded.document.language, newLanguage: request.new.loaded.document.language };
  const rows = diff.clauses.filter((change) => !request.bindingOnly || (isChanged(change) && binds(change, diff.force, sides)));
  const oldName = shownName(request.old.loaded.document);
  const newName = shownName(request.new.loaded.document);
  const title = `Compare: ${oldName} → ${newName}`;
  return pageShell({
    title,
    heading: ['Compare ', h('span', {}, oldName), ' with ', h('span', {}, newName)],
    main: [
      h('p', {}, 'Old: ', h('a', { href: queryLink('/document', { doc: request.old.ref }) }, h('code', {}, request.old.name)), ' · New: ', h('a', { href: queryLink('/document', { doc: request.new.ref }) }, h('code', {}, request.new.name))),
      h('p', {}, diff.identical ? 'The two texts are the same.' : `Summary: ${summaryPhrases(diff).join(', ')}.`),
      downloadLinks('compare', { old: request.old.ref, new: request.new.ref }),
      comparePicker(choices, { old: request.old.ref, new: request.new.ref }),
      h('h2', { id: 'force' }, 'Changes of legal force'),
      forceSection(diff),
      diff.metadata.length > 0 ? [h('h2', { id: 'fields' }, 'Document fields'), h('table', {}, h('thead', {}, h('tr', {}, ['Field', 'Old', 'New'].map((name) => h('th', { scope: 'col' }, name)))), h('tbody', {}, diff.metadata.map((m) => h('tr', {}, h('td', {}, m.field), h('td', {}, m.old === undefined ? '(none)' : String(m.old)), h('td', {}, m.new === undefined ? '(none)' : String(m.new))))))] : undefined,
      h('h2', { id: 'paragraphs' }, request.bindingOnly ? 'Changes that bind' : 'Paragraphs'),
      toolbar(request, rows.filter(isChanged).length),
      request.view === 'side' ? h('div', { className: ['row', 'heads'], ariaHidden: 'true' }, h('div', {}, h('strong', {}, oldName)), h('div', {}, h('strong', {}, newName))) : undefined,
      h('div', { className: ['rows'] }, rows.length ? rows.map((change) => compareRow(change, diff.force, request.view, sides)) : h('p', {}, 'No paragraph here.')),
    ],
  });
}
