/**
 * The verbs by which the Council obliges States to stop something: "shall prevent", "prohibit",
 * "freeze", "deny permission", "cease forthwith", "implement a general and complete embargo",
 * "shall not make available", "sever", "reduce the level of the staff".
 */
export const PROHIBITION = /\b(?:prevent(?:ed)?|prohibit(?:ed)?|banned|frozen|denied|permitted\s+only|freeze|deny|refrain|not\s+make\s+available|sever|interrupt|withdraw|reduce|cease|embargo|impound|close|restrict|expel|detain|boycott|halt|(?:do\s+)?not\s+insure)\b/i;

/** A duty laid on States: "all States shall …", "Member States shall …", the Council's own "Decides to prohibit …", or a prohibition in the passive ("shall be prohibited", "shall be permitted only if … authorized"). */
export const STATES_SHALL = /\bStates\b[\s\S]*?\bshall\b|\bDecides\s+(?:\w+\s+)?(?:to\s+)?(?:prohibit|prevent|impose)\b|\bshall\s+be\s+(?:prohibited|prevented|frozen|banned|denied|permitted\s+only)\b/i;
