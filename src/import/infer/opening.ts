/**
 * How an operative paragraph opens: the Council's verb ("Decides", "Calls upon", "Reaffirms its
 * decision"), after any adverb ("Also", "Further", "Solemnly") or an opening "Acting under
 * Chapter VII of the Charter,". A decision or a demand binds; a call, an appeal, an invitation or
 * a request does not, and never creates a measure.
 */
export interface Opening {
  /** The verb as printed, lower-cased: "decides", "calls upon", "urges". */
  verb: string;
  /** "Decides" or "Demands": the paragraph is a decision of the Council. */
  binding: boolean;
  /** The verb restates a decision already taken: "Reaffirms its decision that …", "Confirms that the decision taken in …". */
  restatesDecision: boolean;
  offset: number;
  wording: string;
}

const ADVERB = String.raw`(?:(?:also|further|furthermore|again|once\s+again|solemnly|strongly|firmly|hereby|accordingly|moreover|therefore|urgently|formally|finally)\s*,?\s+)`;
const ACTING = String.raw`(?:acting\s+under\s+[^,;]{3,80},\s*)`;
const VERB = String.raw`((?:calls|called)\s+(?:upon|on)|\w+)`;
const OPENING = new RegExp(String.raw`^\s*${ACTING}?${ADVERB}*${VERB}`, 'i');
/** "Decides further", "Decides also": the verb as it opens most decisions. */
const BINDING = /^(?:decides|demands)$/;
const RESTATES = /^(?:reaffirms|reiterates|confirms|recalls)\s+(?:its|the)\s+decisions?\b|^confirms\s+that\s+the\s+decisions?\b/i;

export function readOpening(chapeau: string): Opening | undefined {
  const match = OPENING.exec(chapeau);
  if (!match) return undefined;
  const verb = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  const offset = match.index + match[0].length - match[1]!.length;
  return { verb, binding: BINDING.test(verb), restatesDecision: RESTATES.test(chapeau.slice(offset)), offset, wording: match[1]! };
}
