/**
 * Pairs of texts for the comparison document's tests: the golden diff cases of the reports
 * (test/report/golden/diff-*), the demo's hypothetical draft, and real resolutions with the
 * edits a drafting team makes (a paragraph inserted at the top, paragraphs reordered, one
 * deleted and one reworded), and a text divided into parts against its revision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolutionDocument } from '../../../../src/model/document.js';
import { loadedDocument } from '../../../support/loaded-document.js';
import { renumber } from '../../../diff/generate.js';

export interface Pair {
  name: string;
  old: ResolutionDocument;
  new: ResolutionDocument;
}

const GOLDEN = 'test/report/golden';

function goldenPairs(): Pair[] {
  return readdirSync(GOLDEN)
    .filter((name) => name.startsWith('diff-'))
    .map((name) => {
      const args = (JSON.parse(readFileSync(path.join(GOLDEN, name, 'case.json'), 'utf8')) as { args: string[] }).args;
      const [oldFile, newFile] = args.slice(1, 3) as [string, string];
      return { name, old: loadedDocument(oldFile), new: loadedDocument(newFile) };
    });
}

function edited(name: string, file: string, edit: (copy: ResolutionDocument) => void): Pair {
  const old = loadedDocument(file);
  const copy = structuredClone(old);
  edit(copy);
  return { name, old, new: renumber(copy) };
}

/** The same text with its operative paragraphs numbered from `first` (as an extract of a longer text is), one of them reworded: no run of numbers is shared. */
function numberedFrom(name: string, file: string, first: number): Pair {
  const old = loadedDocument(file);
  const copy = structuredClone(old);
  copy.operative.forEach((paragraph, i) => (paragraph.number = first + i));
  copy.operative[0]!.text = `${copy.operative[0]!.text!} and decides to remain seized`;
  return { name, old, new: copy };
}

export function comparisonPairs(): Pair[] {
  return [
    ...goldenPairs(),
    { name: 'parts: running-on draft and its revision', old: loadedDocument('test/fixtures/parts/draft-parts-running-on.yaml'), new: loadedDocument('test/fixtures/parts/draft-parts-running-on-rev1.yaml') },
    edited('841 (1993): a paragraph inserted at the top', 'resolutions/haiti/S-RES-841-1993.yaml', (d) => d.operative.unshift({ id: 'op_monitoring', number: 0, text: 'Decides to establish a panel of experts to assist the Committee in monitoring the measures below;' })),
    edited('841 (1993): paragraphs 2 and 9 exchanged, paragraph 4 deleted, paragraph 3 reworded', 'resolutions/haiti/S-RES-841-1993.yaml', (d) => {
      [d.operative[1], d.operative[8]] = [d.operative[8]!, d.operative[1]!];
      d.operative.splice(3, 1);
      d.operative[2]!.text = d.operative[2]!.text!.replace('23 June 1993', '30 June 1993');
    }),
    numberedFrom('841 (1993) as an extract numbered from 5, against the text numbered from 1, one paragraph reworded', 'resolutions/haiti/S-RES-841-1993.yaml', 5),
    edited('873 (1993): preamble reordered, subparagraph deleted', 'resolutions/haiti/S-RES-873-1993.yaml', (d) => {
      d.preamble.reverse();
      const withList = d.operative.find((p) => (p.subparagraphs?.length ?? 0) > 1);
      withList?.subparagraphs!.splice(0, 1);
    }),
  ];
}
