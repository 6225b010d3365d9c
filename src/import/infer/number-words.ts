const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90 };
const TENS_ORDINAL: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, ninetieth: 90 };

/** A count of days as the Council writes it: "10", "ten", "thirty", "twenty-one", "10th", "tenth", "thirtieth". */
export const COUNT_WORD = String.raw`\d{1,3}(?:st|nd|rd|th)?|(?:twenty|thirty|forty|fifty|sixty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|twentieth|thirtieth|fortieth|fiftieth|sixtieth|ninetieth|${[...CARDINALS.slice(1), ...ORDINALS.slice(1)].sort((a, b) => b.length - a.length).join('|')}`;

/** The number a count word stands for, or undefined. */
export function countOf(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  const compound = /^(\w+)[-\s](\w+)$/.exec(w);
  if (compound && TENS[compound[1]!] !== undefined) {
    const unit = Math.max(CARDINALS.indexOf(compound[2]!), ORDINALS.indexOf(compound[2]!));
    return unit > 0 && unit < 10 ? TENS[compound[1]!]! + unit : undefined;
  }
  const simple = Math.max(CARDINALS.indexOf(w), ORDINALS.indexOf(w));
  if (simple > 0) return simple;
  return TENS[w] ?? TENS_ORDINAL[w];
}
