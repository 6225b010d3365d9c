import type { Root } from 'hast';
import type { ShownDocument } from '../workspace.js';
import { resolutionToHast } from '../../render/html/resolution-to-hast.js';
import type { ResolutionDocument } from '../../model/document.js';
import { CitationLinks, type FindCited } from './citation-links.js';
import { shownName } from './document-name.js';
import { h } from './h.js';
import { pageShell } from './page-shell.js';
import { queryLink } from './query-link.js';
import { downloadLinks } from './download-links.js';
import { comparePicker } from './compare-picker.js';

/** The document in UN layout (src/render/html), its citations linked, the cited wording beside each link. */
export function documentBody(document: ResolutionDocument, find: FindCited) {
  const links = new CitationLinks(find);
  const result = resolutionToHast(document, { citationHref: links.citationHref });
  if (!result.ok) return h('p', {}, 'This text cannot be laid out.');
  links.addWording(result.tree);
  return result.tree;
}

/** One resolution or draft in the UN layout, its citations linked to the wording they cite. */
export function documentPage(shown: ShownDocument, find: FindCited, choices: ReadonlyArray<{ ref: string; name: string }>): Root {
  const { document } = shown.loaded;
  const title = shownName(document);
  return pageShell({
    title,
    main: [
      h('p', {}, 'File: ', h('code', {}, shown.name), shown.uploaded ? [' · ', saveForm(shown)] : [' · ', h('a', { href: queryLink('/file', { doc: shown.ref }) }, 'Source and problems')], document.kind === 'draft' && document.regime ? [' · ', h('a', { href: queryLink('/impact', { draft: shown.ref }) }, 'Impact on the regime')] : ''),
      shown.doubts?.length
        ? h('section', { ariaLabelledBy: 'doubts' }, h('h2', { id: 'doubts' }, 'What the import was not sure of'), h('ul', {}, shown.doubts.map((d) => h('li', { className: [d.severity] }, `${d.where ?? `line ${d.line}`}: ${d.message}`))))
        : undefined,
      downloadLinks('document', { doc: shown.ref }),
      comparePicker(choices, { old: shown.ref, new: choices.find((choice) => choice.ref !== shown.ref)?.ref }),
      documentBody(document, find),
    ],
  });
}

/** Saving an imported text into the folder: asked for, never done by itself, never over a file. */
function saveForm(shown: ShownDocument) {
  const suggested = (shown.uploaded ?? 'imported').replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '-') + '.yaml';
  return h(
    'form',
    { method: 'post', action: '/save', className: ['inline'] },
    h('input', { type: 'hidden', name: 'doc', value: shown.ref }),
    h('label', {}, 'Save into the folder as ', h('input', { type: 'text', name: 'name', value: suggested, required: true, pattern: '[\\w.\\-]+\\.ya?ml' })),
    ' ',
    h('button', { type: 'submit' }, 'Save'),
  );
}
