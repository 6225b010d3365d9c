import type { Reference } from '../../model/document.js';
import { measuresActedOn } from './measure-target.js';
import { exceptionTarget } from './exception-target.js';
import type { Reader, Reading, ReadingContext } from './reading.js';
import { asTarget, citationAfter, committee } from './targets.js';

/** The Committee may grant exceptions: "the Committee … may authorize on an exceptional case-by-case basis …", "shall have the authority … to grant exceptions", "shall be empowered to approve". */
const EXCEPTIONS = /\bCommittee\b[^;]*?\b(?:may|shall\s+(?:have\s+the\s+authority|be\s+(?:empowered|authorized))[^;]*?\bto|is\s+(?:hereby\s+)?(?:empowered|authorized)\s+to)\s+(?:\w+\s+){0,3}?(authorize|approve|grant|permit|allow)\b/i;
/** Other tasks given to a committee: "shall be entrusted with the responsibility of", "Instructs the Committee", "Entrusts the Committee", "requests the Committee … to examine", "… to consider on a case-by-case basis". */
const TASKS = /\bauthority\b|\bcase-by-case\b|\bentrust\w*|\bInstructs\b|\bto\s+examine\b|\bresponsibility\s+of\b|\bmandate\s+of\s+the\s+Committee\b/i;
const TASKING = /^(?:decides|instructs|entrusts|directs|authorizes|empowers|requests)$/;

/** The committee the paragraph names: a citation of it, or the committee this document establishes ("the Committee established by paragraph 10 below"). */
function committeeTarget({ paragraph, chapeau }: ReadingContext, at: number): Reference | undefined {
  const cited = citationAfter(paragraph, chapeau, 0, committee) ?? citationAfter(paragraph, chapeau, at, committee);
  if (cited) return asTarget(cited);
  const here = /\bCommittee\s+established\s+(?:by|under|pursuant\s+to|in\s+pursuance\s+of)\s+paragraph\s+(\d{1,3})\s+(?:below|above)\b/i.exec(chapeau);
  return here ? { paragraphs: [here[1]!], committee: true } : undefined;
}

/**
 * What a sanctions committee may do changes: it has new tasks, or it may grant exceptions case by
 * case, which is also an exemption from the prohibitions they loosen (and only those).
 */
export const readCommitteeMandate: Reader = (context) => {
  const { chapeau, opening, measures } = context;
  if (!opening || !TASKING.test(opening.verb) || !/\bCommittee\b/i.test(chapeau)) return [];
  if (opening.verb === 'requests' && !/^requests\s+the\s+(?:Security\s+Council\s+)?Committee\b/i.test(chapeau.slice(opening.offset)) && !/\brequests\s+the\s+(?:Security\s+Council\s+)?Committee\b[^;]*\bto\s+examine\b/i.test(chapeau)) return [];
  const exceptions = EXCEPTIONS.exec(chapeau);
  if (exceptions) {
    const offset = exceptions.index + exceptions[0].lastIndexOf(exceptions[1]!);
    const cue = { offset, wording: exceptions[1]! };
    const target = committeeTarget(context, exceptions.index);
    const acted = measuresActedOn(measures);
    const loosened = exceptionTarget(context, offset, acted ?? []);
    const mandate: Reading = { effect: { action: 'committee-mandate', ...(target ? { target } : {}), ...(acted ? { measures: acted } : {}) }, cue };
    if (!loosened) return [mandate];
    return [{ effect: { action: 'exempt', target: loosened, direction: 'loosen', ...(acted ? { measures: acted } : {}), note: 'Exceptions the Committee may grant case by case.' }, cue }, mandate];
  }
  const task = TASKS.exec(chapeau);
  const target = task ? committeeTarget(context, task.index) : undefined;
  if (!task || !target) return [];
  return [{ effect: { action: 'committee-mandate', target }, cue: { offset: task.index, wording: task[0] } }];
};
