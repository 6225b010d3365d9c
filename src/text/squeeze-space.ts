/** Text as negotiators read it: every run of whitespace one space, none at the ends. */
export function squeezeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
