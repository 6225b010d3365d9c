import { trimClause } from './effective.js';

/** The words that open a condition precedent: "once the Council agrees that", "upon Council agreement that", "if at any time … reports". */
const OPENER = /(?<!\b(?:call|calls|called|calling|incumbent|based|depend\w*|rely|relies)\s)\b(?:once|upon|when|as\s+soon\s+as|if(?:,)?(?:\s+at\s+any\s+time)?|after|following|on\s+the\s+(?:\w+\s+)?day\s+(?:after|following)|from\s+the\s+(?:\w+\s+)?day\s+(?:after|following))\s+/gi;
/** A condition precedent is a future act, finding or report of the Council or the Secretary-General, or an event a person will record. */
const ACT = /\b(?:Council|Secretary-General|Committee|reports?|reported|informs?|agrees?|agreement|decides?|decision|determines?|determination|approval|approves|certif\w*|verif\w*|confirms?|return|elections?|completed?|receipt|submission|notif\w*)\b/i;
/** The subject of the main clause after a leading condition: ", the prohibitions …", ", the provisions set forth in paragraphs …". */
const MAIN_SUBJECT = /,\s+(?:the|all|any|such|these|those|its)\s+(?:\w+\s+){0,2}(?:provisions|measures|prohibitions|restrictions|sanctions|embargo|paragraphs?|obligations|suspension|decisions?)\b/gi;

/**
 * The condition precedent of the effect whose verb stands at `verbAt` in `text`, quoted as printed:
 * before the verb ("Decides that, once the Council agrees that …, the prohibitions … shall have no
 * further force or effect") up to the main clause's subject, or after it ("shall have no further
 * force or effect once the Council agrees that …") to the end of the paragraph's words. A
 * condition that names no act, report or event ("after the date of this resolution") is none.
 */
export function conditionPrecedent(text: string, verbAt: number): string | undefined {
  for (const opener of text.matchAll(OPENER)) {
    const at = opener.index;
    if (/^(?:after|following|from)\s+the\s+(?:date\s+of\s+(?:the\s+)?)?(?:adoption\b|(?:this|the\s+present)\s+resolution\b)/i.test(text.slice(at))) continue;
    let quoted: string;
    if (at < verbAt) {
      const subject = [...text.slice(at, verbAt).matchAll(MAIN_SUBJECT)].at(-1);
      if (!subject) continue;
      quoted = text.slice(at, at + subject.index);
    } else {
      quoted = text.slice(at).split(/;\s|\bunless\b/)[0]!;
    }
    quoted = trimClause(quoted);
    if (ACT.test(quoted)) return quoted;
  }
  return undefined;
}
