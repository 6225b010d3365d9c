import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Element } from 'xast';
import { NS, plain, xmlPart } from '../ooxml.js';

const TYPES = {
  main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  comments: 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
} as const;

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** The parts of a Word document, each an XML tree; `document`, `styles` and `settings` are always written. */
export interface DocxParts {
  document: Element;
  styles: Element;
  settings: Element;
  numbering?: Element;
  comments?: Element;
  /** Dublin Core properties: the title Word shows in File > Info. */
  core?: Element;
}

type WordPart = Exclude<keyof DocxParts, 'document' | 'core'>;

const WORD_PARTS: readonly WordPart[] = ['styles', 'settings', 'numbering', 'comments'];

function contentTypes(parts: DocxParts): Element {
  const override = (name: string, type: string) => plain('Override', { PartName: name, ContentType: type });
  return plain(
    'Types',
    { xmlns: NS.contentTypes },
    plain('Default', { Extension: 'rels', ContentType: 'application/vnd.openxmlformats-package.relationships+xml' }),
    plain('Default', { Extension: 'xml', ContentType: 'application/xml' }),
    override('/word/document.xml', TYPES.main),
    WORD_PARTS.flatMap((part) => (parts[part] ? [override(`/word/${part}.xml`, TYPES[part])] : [])),
    parts.core && override('/docProps/core.xml', TYPES.core),
  );
}

function packageRelationships(parts: DocxParts): Element {
  return plain(
    'Relationships',
    { xmlns: NS.relationships },
    plain('Relationship', { Id: 'rId1', Type: `${RELATIONSHIP}officeDocument`, Target: 'word/document.xml' }),
    parts.core && plain('Relationship', { Id: 'rId2', Type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', Target: 'docProps/core.xml' }),
  );
}

function documentRelationships(parts: DocxParts): Element {
  const present = WORD_PARTS.filter((part) => parts[part]);
  return plain(
    'Relationships',
    { xmlns: NS.relationships },
    present.map((part, i) => plain('Relationship', { Id: `rId${i + 1}`, Type: `${RELATIONSHIP}${part}`, Target: `${part}.xml` })),
  );
}

/**
 * The .docx file: an Open Packaging Convention zip of the parts with their content types and
 * relationships. The zip's entries carry a fixed date, so the same input gives the same bytes.
 */
export function docxPackage(parts: DocxParts): Uint8Array {
  const entry = (element: Element): Zippable[string] => [strToU8(xmlPart(element)), { mtime: new Date(Date.UTC(1980, 0, 1, 12)) }];
  const files: Zippable = {
    '[Content_Types].xml': entry(contentTypes(parts)),
    '_rels/.rels': entry(packageRelationships(parts)),
    'word/document.xml': entry(parts.document),
    'word/_rels/document.xml.rels': entry(documentRelationships(parts)),
  };
  for (const part of WORD_PARTS) {
    const element = parts[part];
    if (element) files[`word/${part}.xml`] = entry(element);
  }
  if (parts.core) files['docProps/core.xml'] = entry(parts.core);
  return zipSync(files, { level: 1 });
}
