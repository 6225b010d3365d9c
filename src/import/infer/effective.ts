import type { Effective } from '../../model/document.js';
import { isoDate } from '../header.js';
import { COUNT_WORD, countOf } from './number-words.js';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** "at 00.01 EST", "as of 2359 hours eastern standard time", "at 0001 hours EST". */
const TIME = /\b(?:at|as\s+of|from)\s+(\d{2})[.:]?(\d{2})\s+(?:hours\s+)?(EST|EDT|GMT|eastern\s+standard\s+time|eastern\s+daylight\s+time|Greenwich\s+mean\s+time)\b/i;
const DATE = new RegExp(String.raw`\b(?:on|as\s+of|from|with\s+effect\s+from)\s+(?:[^,;]*?\s)?(\d{1,2})\s+${MONTH}\s+(\d{4})\b`);
/** "ten days after the date of adoption of this resolution", "on the tenth day following the adoption of the present resolution". */
const AFTER_ADOPTION = new RegExp(String.raw`\b(?:(${COUNT_WORD})\s+days\s+(?:after|following|from)|on\s+the\s+(${COUNT_WORD})\s+day\s+(?:after|following|from))\s+(?:the\s+(?:date\s+of\s+(?:the\s+)?)?)?adoption\s+of\s+(?:this|the\s+present)\s+resolution\b`, 'i');
/** "unless the Secretary-General … reports …", to the end of the words; an "unless the particular flight has been approved" is part of a measure, not a condition on it. */
const UNLESS = /\bunless\s+(?:the\s+)?(?:Security\s+Council|Council|Secretary-General)\b[\s\S]*$/;
/** "which shall apply until the Security Council decides …", "until the Council decides otherwise". */
const UNTIL_DECISION = /\b(?:which\s+shall\s+apply\s+)?until\s+the\s+(?:Security\s+)?Council\s+(?:decides|determines|agrees)\b[^;]*/i;

const ZONES: Record<string, string> = { 'eastern standard time': 'EST', 'eastern daylight time': 'EDT', 'greenwich mean time': 'GMT' };

/** Trims the punctuation that closes a paragraph from a quoted condition. */
export function trimClause(text: string): string {
  return text.replace(/[\s;,.:]+$/, '');
}

/**
 * When an effect takes hold, read from the words that set it: date, time and zone, "with
 * immediate effect", a delay after adoption ("ten days after the date of adoption of this
 * resolution"), and an "unless …" quoted as printed (`condition`).
 */
export function readEffective(text: string): Effective | undefined {
  const effective: Effective = {};
  const date = DATE.exec(text);
  if (date) {
    const iso = isoDate(date[1]!, date[2]!, date[3]!);
    if (iso) effective.date = iso;
  }
  const time = TIME.exec(text);
  if (time) {
    effective.time = `${time[1]}:${time[2]}`;
    effective.zone = ZONES[time[3]!.toLowerCase().replace(/\s+/g, ' ')] ?? time[3]!.toUpperCase();
  }
  const after = AFTER_ADOPTION.exec(text);
  const days = after ? countOf(after[1] ?? after[2]!) : undefined;
  if (days !== undefined) effective.after = { days, from: 'adoption' };
  if (/\bwith\s+immediate\s+effect\b|\beffective\s+immediately\b|\bshall\s+come\s+into\s+force\s+immediately\b/i.test(text)) effective.immediately = true;
  const unless = UNLESS.exec(text);
  if (unless) effective.condition = trimClause(unless[0]);
  return Object.keys(effective).length > 0 ? effective : undefined;
}

/**
 * "which shall apply until the Security Council decides that …": when a later decision will end
 * the effect. It is no condition of the effect taking hold, so it is kept as a note, quoted.
 */
export function untilNote(text: string): string | undefined {
  const until = UNTIL_DECISION.exec(text);
  return until ? `Applies "${trimClause(until[0])}": a later decision ends it; not a condition of its taking hold.` : undefined;
}
