import type { Root } from 'hast';
import { regimeName } from '../../render/report/lib/names.js';
import type { Library, LibraryEntry, ShownDocument } from '../workspace.js';
import { h } from './h.js';
import { pageShell } from './page-shell.js';
import { problemCount } from './problem-count.js';
import { queryLink } from './query-link.js';
import { shownName } from './document-name.js';
import { comparePicker, pickerChoices } from './compare-picker.js';

function kindOf(entry: LibraryEntry): string {
  const document = entry.loaded?.document;
  if (!document) return 'unreadable';
  return document.kind === 'draft' ? `draft${document.status ? ` (${document.status})` : ''}` : 'resolution';
}

function entryRow(entry: LibraryEntry) {
  const document = entry.loaded?.document;
  const ref = entry.relative;
  const actions = [
    document ? h('a', { href: queryLink('/document', { doc: ref }) }, 'Read') : undefined,
    h('a', { href: queryLink('/file', { doc: ref }) }, entry.diagnostics.length ? 'Problems at their lines' : 'Source'),
    document?.kind === 'draft' && document.regime ? h('a', { href: queryLink('/impact', { draft: ref }) }, 'Impact on the regime') : undefined,
  ].filter((action) => action !== undefined);
  return h(
    'tr',
    {},
    h('td', {}, document ? h('a', { href: queryLink('/document', { doc: ref }) }, shownName(document)) : ref, document?.title ? h('div', { className: ['label-summary'] }, document.title) : undefined),
    h('td', {}, kindOf(entry)),
    h('td', {}, h('code', {}, ref)),
    h('td', {}, problemCount(entry.diagnostics)),
    h('td', {}, actions.flatMap((action, index) => (index === 0 ? [action] : [' · ', action]))),
  );
}

function regimeSection(regime: string | undefined, entries: LibraryEntry[]) {
  const title = regime === undefined ? 'Files with no regime' : `${regimeName(regime)} sanctions regime`;
  return h(
    'section',
    { ariaLabelledBy: `regime-${regime ?? 'none'}` },
    h('h2', { id: `regime-${regime ?? 'none'}` }, title),
    regime === undefined ? undefined : h('p', {}, h('a', { href: queryLink('/regime', { id: regime }) }, `The ${regimeName(regime)} regime as of a date, with its timeline`)),
    h('table', {}, h('thead', {}, h('tr', {}, ['Document', 'Kind', 'File', 'Check', 'Open'].map((name) => h('th', { scope: 'col' }, name)))), h('tbody', {}, entries.map(entryRow))),
  );
}

/** Regimes, resolutions and drafts in the folder, each with what `validate` says of it; a form to compare any two. */
export function libraryPage(dir: string, library: Library, uploads: readonly ShownDocument[]): Root {
  const groups = new Map<string | undefined, LibraryEntry[]>();
  for (const entry of library.entries) {
    const regime = entry.loaded?.document.regime;
    groups.set(regime, [...(groups.get(regime) ?? []), entry]);
  }
  const regimes = [...groups.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)));
  return pageShell({
    title: 'Library',
    current: 'library',
    main: [
      h('p', {}, `${library.entries.length} files in `, h('code', {}, dir), '. The page updates itself when a file there changes.'),
      library.entries.length >= 2 || uploads.length > 0 ? comparePicker(pickerChoices(library.entries, uploads)) : undefined,
      library.diagnostics.length > 0
        ? h('section', { ariaLabelledBy: 'folder-problems' }, h('h2', { id: 'folder-problems' }, 'Problems with the folder'), h('ul', {}, library.diagnostics.map((d) => h('li', { className: [d.severity] }, h('code', {}, d.file), `: ${d.message}`))))
        : undefined,
      regimes.map((regime) => regimeSection(regime, groups.get(regime)!)),
      uploads.length > 0 ? h('section', { ariaLabelledBy: 'imported' }, h('h2', { id: 'imported' }, 'Imported in this session (not saved)'), h('ul', {}, uploads.map((upload) => h('li', {}, h('a', { href: queryLink('/document', { doc: upload.ref }) }, upload.name))))) : undefined,
    ],
  });
}
