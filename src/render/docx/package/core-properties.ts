import type { Element } from 'xast';
import { plain } from '../ooxml.js';

/** docProps/core.xml: the document's title, as Word shows it in File > Info. */
export function coreProperties(title: string): Element {
  return plain(
    'cp:coreProperties',
    {
      'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:dcterms': 'http://purl.org/dc/terms/',
    },
    plain('dc:title', {}, { type: 'text', value: title }),
    plain('dc:creator', {}, { type: 'text', value: 'bluedraft' }),
  );
}
