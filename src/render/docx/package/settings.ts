import type { Element } from 'xast';
import { NS, val, w } from '../ooxml.js';

/**
 * settings.xml. `trackRevisions`: Word records the reader's own edits as tracked changes too (the
 * comparison document, so that replies stay visible as such).
 */
export function settingsPart(options: { trackRevisions?: boolean } = {}): Element {
  return w('settings', { 'xmlns:w': NS.w }, options.trackRevisions && w('trackRevisions'), val('defaultTabStop', 720), val('characterSpacingControl', 'doNotCompress'), w('compat', {}, w('compatSetting', { name: 'compatibilityMode', uri: 'http://schemas.microsoft.com/office/word', val: 15 })));
}
