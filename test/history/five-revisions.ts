/**
 * Five revisions of a draft made from 841 (1993): the zero draft; revision 1, the merge of three
 * delegations' copies (test/merge/three-copies.ts: op 5 bracketed between France and the United
 * States, op 7 bracketed for deletion, op 9 moved); revision 2 drops op 7 and rewords pp 2;
 * revision 3 settles op 5 on the United States' wording; revision 4 (in blue) rewords op 1.
 */
import { mergeCopies } from '../../src/negotiate/merge/merge-copies.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { BASE, FRANCE, op, UK, US } from '../merge/three-copies.js';
import { copyOf, SCHEMA } from '../merge/zero-draft.js';

const REV1 = mergeCopies(
  BASE,
  [
    { name: 'France', document: FRANCE },
    { name: 'United Kingdom', document: UK },
    { name: 'United States of America', document: US },
  ],
  { schemaPath: SCHEMA },
).document;

const REV2 = copyOf(REV1, (d) => {
  d.revision = 'rev.2';
  d.operative.splice(d.operative.findIndex((p) => p.id === 'op_7'), 1);
  d.preamble[1]!.text = d.preamble[1]!.text!.replace('Having also heard', 'Having heard');
});

const REV3 = copyOf(REV2, (d) => {
  d.revision = 'rev.3';
  const p = op(d, 'op_5');
  p.text = p.text!.replace('[with immediate effect, | from 23 June 1993,]', 'from 23 June 1993,');
  delete p.brackets;
});

const REV4 = copyOf(REV3, (d) => {
  d.revision = 'blue';
  d.status = 'in-blue';
  op(d, 'op_1').text = op(d, 'op_1').text!.replace('Affirms', 'Reaffirms');
});

export const FIVE: Array<{ name: string; document: ResolutionDocument }> = [
  { name: 'zero.yaml', document: BASE },
  { name: 'rev1.yaml', document: REV1 },
  { name: 'rev2.yaml', document: REV2 },
  { name: 'rev3.yaml', document: REV3 },
  { name: 'rev4.yaml', document: REV4 },
];
