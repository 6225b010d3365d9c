import type { Root } from 'mdast';
import { documentElement } from '../document-element.js';
import { coreProperties } from '../package/core-properties.js';
import { docxPackage } from '../package/docx-package.js';
import { settingsPart } from '../package/settings.js';
import { stylesPart } from '../package/styles.js';
import { blockElements } from './mdast-blocks.js';

/**
 * Any Markdown report as a Word document, from the same tree its Markdown is written from: so
 * the impact and regime reports (and any other) say in Word exactly what they say on GitHub.
 */
export function reportDocx(tree: Root): Uint8Array {
  const first = tree.children.find((node) => node.type === 'heading');
  const title = first && 'children' in first ? first.children.map((child) => ('value' in child ? child.value : '')).join('') : 'bluedraft report';
  return docxPackage({ document: documentElement(tree.children.flatMap((node) => blockElements(node))), styles: stylesPart(), settings: settingsPart(), core: coreProperties(title) });
}
