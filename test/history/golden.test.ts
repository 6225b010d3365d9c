import { describe, expect, it } from 'vitest';
import { traceHistory } from '../../src/negotiate/history/trace-history.js';
import { NegotiationRefusal } from '../../src/negotiate/refusal.js';
import { shipped, zeroDraft } from '../merge/zero-draft.js';
import { FIVE } from './five-revisions.js';
import { historyReport } from '../../src/render/report/history-report.js';
import { formatHistoryText } from '../../src/render/report/history/history-text.js';
import { stringifyReport } from '../../src/render/report/lib/stringify.js';

describe('the history of five revisions of a draft made from 841 (1993)', () => {
  const history = traceHistory(FIVE);
  const paragraph = (id: string) => history.paragraphs.find((p) => p.id === id)!;

  it('says when the bracket of op 5 was opened, by whom, and when it was resolved, for whom', () => {
    const brackets = paragraph('op_5').events.filter((e) => e.kind === 'bracket');
    expect(brackets).toEqual([
      { kind: 'bracket', revision: 1, change: 'added', options: ['with immediate effect,', 'from 23 June 1993,'], by: ['France', 'United States of America'] },
      { kind: 'bracket', revision: 3, change: 'resolved', options: ['with immediate effect,', 'from 23 June 1993,'], by: ['United States of America'] },
    ]);
  });

  it('lists each rewording with its redline, and the move', () => {
    expect(paragraph('op_1').events.filter((e) => e.kind === 'reworded').map((e) => e.revision)).toEqual([4]);
    expect(paragraph('pp_2').events.filter((e) => e.kind === 'reworded').map((e) => e.revision)).toEqual([2]);
    expect(paragraph('op_9').events.filter((e) => e.kind === 'moved')).toEqual([{ kind: 'moved', revision: 1, from: 'op 9', to: 'op 16' }]);
  });

  it('lists the paragraph dropped on the way with the revision that dropped it', () => {
    expect(history.dropped.map((d) => [d.id, d.lastIn, d.droppedIn])).toEqual([['op_7', 1, 2]]);
    expect(history.dropped[0]!.text).toMatch(/^\[Decides that the Committee/);
  });

  it('blames each word of the final text on the revision that brought it in', () => {
    expect(paragraph('op_1').blame[0]).toEqual({ revision: 4, text: 'Reaffirms' });
    expect(paragraph('op_5').blame.filter((run) => run.revision === 1).map((run) => run.text)).toEqual(['Decides, from 23 June 1993,']); // "Decides,": its comma came in at 1
    expect(paragraph('op_3').blame.map((run) => run.revision)).toEqual([1, 0]);
    expect(history.wordsByRevision.reduce((a, b) => a + b, 0)).toBe(history.paragraphs.flatMap((p) => p.blame.flatMap((r) => r.text.split(' '))).length);
  });

  it('matches the golden history, as data, text and a Markdown report', async () => {
    await expect(`${JSON.stringify(history, null, 2)}\n`).toMatchFileSnapshot('./golden/five-revisions.json');
    await expect(formatHistoryText(history, false)).toMatchFileSnapshot('./golden/five-revisions.txt');
    await expect(stringifyReport(historyReport(history))).toMatchFileSnapshot('./golden/five-revisions.md');
  });
});

describe('files that are not revisions of one text', () => {
  it('refuses a revision of another regime, naming both files', () => {
    const libya = zeroDraft('resolutions/libya/S-RES-748-1992.yaml');
    expect(() => traceHistory([FIVE[0]!, { name: 'libya.yaml', document: libya }])).toThrow(NegotiationRefusal);
    expect(() => traceHistory([FIVE[0]!, { name: 'libya.yaml', document: libya }])).toThrow(/^libya\.yaml is for the libya regime and zero\.yaml for haiti/);
  });

  it('refuses an unrelated resolution of the same regime', () => {
    expect(() => traceHistory([FIVE[0]!, { name: '873.yaml', document: shipped('resolutions/haiti/S-RES-873-1993.yaml') }])).toThrow(/^873\.yaml shares \d+ of the 32 paragraphs of zero\.yaml/);
  });
});

describe('who a resolved bracket is for', () => {
  it('names every proposer of a single-option bracket, not only the first', () => {
    const [zero] = FIVE;
    const open = structuredClone(zero!.document);
    const p = open.operative[0]!;
    p.text = `${p.text!.replace(/;$/, '')} [without delay];`;
    p.brackets = [{ state: 'open', proposedBy: ['France', 'China'] }];
    const settled = structuredClone(open);
    settled.operative[0]!.text = settled.operative[0]!.text!.replace('[without delay]', 'without delay');
    delete settled.operative[0]!.brackets;
    const history = traceHistory([{ name: 'a', document: open }, { name: 'b', document: settled }]);
    expect(history.paragraphs[15]!.events.filter((e) => e.kind === 'bracket')).toEqual([{ kind: 'bracket', revision: 1, change: 'resolved', options: ['without delay'], by: ['France', 'China'] }]);
  });
});
