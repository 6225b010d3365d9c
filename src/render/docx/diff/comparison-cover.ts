import type { RootContent } from 'mdast';
import type { ResolutionDiff } from '../../../diff/types.js';
import { forceSection } from '../../report/diff/force-section.js';
import { summaryPhrases } from '../../report/diff/summary-line.js';
import { emphasis, heading, paragraph, strong } from '../../report/lib/mdast.js';
import { capitalise, documentName } from '../../report/lib/names.js';

/**
 * The cover of the comparison document, as the Markdown report's own tree pieces: its title,
 * the one-line summary and the changes of legal force (the report's wording, not a second copy),
 * labelled as bluedraft's summary, not the Council's words, and saying how to read what follows.
 */
export function comparisonCover(diff: ResolutionDiff, author: string): RootContent[] {
  const phrases = summaryPhrases(diff);
  const [oldName, newName] = [documentName(diff.old), documentName(diff.new)];
  return [
    heading(1, `Changes from ${oldName} to ${newName}`),
    paragraph(emphasis('Summary prepared by bluedraft from the two texts: it is not the Council’s words. The text of the draft follows it on the next page.')),
    paragraph(strong('Summary:'), ` ${phrases.length ? capitalise(phrases.join(', ')) : 'No change other than whitespace'}.`),
    ...forceSection(diff, () => false),
    paragraph(`On the next page, ${newName} is shown against ${oldName} with tracked changes by “${author}”: accepting all changes gives ${newName}, rejecting all changes gives ${oldName}. Paragraph numbers are Word numbering, so they follow either way.`),
  ];
}
