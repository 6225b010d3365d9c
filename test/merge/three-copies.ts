/** The golden merge case: a zero draft made from 841 (1993) and three delegations' copies of it. */
import type { ResolutionDocument } from '../../src/model/document.js';
import { copyOf, zeroDraft } from './zero-draft.js';

export const op = (doc: ResolutionDocument, id: string) => doc.operative.find((p) => p.id === id)!;

export const BASE = zeroDraft('resolutions/haiti/S-RES-841-1993.yaml');

/**
 * Three delegations' copies of the zero draft: France and the United Kingdom make the same edit
 * to op 3 (agreeing); France and the United States word op 5 differently (conflicting); the
 * United Kingdom moves op 9 to the end; the United States deletes op 7, which France rewords.
 */
export const FRANCE = copyOf(BASE, (d) => {
  op(d, 'op_3').text = op(d, 'op_3').text!.replace('Decides', 'Further decides');
  op(d, 'op_5').text = op(d, 'op_5').text!.replace('Decides', 'Decides, with immediate effect,');
  op(d, 'op_7').text = `${op(d, 'op_7').text!.replace(/[;.]$/, '')}, without delay;`;
});
export const UK = copyOf(BASE, (d) => {
  op(d, 'op_3').text = op(d, 'op_3').text!.replace('Decides', 'Further decides');
  const [moved] = d.operative.splice(d.operative.findIndex((p) => p.id === 'op_9'), 1);
  d.operative.splice(d.operative.length - 1, 0, moved!);
});
export const US = copyOf(BASE, (d) => {
  op(d, 'op_5').text = op(d, 'op_5').text!.replace('Decides', 'Decides, from 23 June 1993,');
  d.operative.splice(d.operative.findIndex((p) => p.id === 'op_7'), 1);
});

