import { formatNumber, KNOWN_FORMATS } from './number-format.js';
import type { ListLevel, WordLists } from './word-numbering.js';

/** A paragraph's printed number, and what could not be read of its numbering. */
export interface PrintedNumber {
  label: string;
  doubt?: string;
}

const LEVELS = 9;

/**
 * Counts Word's automatic numbering paragraph by paragraph, as Word shows it: instances of one
 * list definition share its counters; an instance that overrides a level's start restarts that
 * level where it is first used; using a level restarts the levels below it (unless their
 * w:lvlRestart says otherwise); the label is the level's w:lvlText with each %n replaced by
 * level n's counter in that level's format (all decimal under w:isLgl).
 */
export class ListCounter {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly used = new Set<string>();

  constructor(private readonly lists: WordLists) {}

  /** The label of the next paragraph in instance `numId` at level `ilvl`, or undefined where it is not numbered (numId 0). */
  next(numId: string, ilvl: number): PrintedNumber | undefined {
    if (numId === '0') return undefined;
    const instance = this.lists.instance(numId);
    const definition = instance ? this.lists.definitionOf(instance) : undefined;
    if (!instance || !definition) return { label: '', doubt: `the paragraph is numbered by list ${numId}, which numbering.xml does not define; it was read without a number` };
    const level = Math.min(Math.max(ilvl, 0), LEVELS - 1);
    const counters = this.counters.get(definition.id) ?? new Array<number | undefined>(LEVELS).fill(undefined);
    this.counters.set(definition.id, counters);
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [l, override] of instance.overrides) if (l < LEVELS && (override.start !== undefined || override.level !== undefined)) counters[l] = undefined;
    }
    const levelOf = (l: number): ListLevel | undefined => instance.overrides.get(l)?.level ?? definition.levels.get(l);
    const startOf = (l: number): number => instance.overrides.get(l)?.start ?? levelOf(l)?.start ?? 0;
    counters[level] = counters[level] === undefined ? startOf(level) : counters[level]! + 1;
    for (let deeper = level + 1; deeper < LEVELS; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && level < restart)) counters[deeper] = undefined;
    }
    const own = levelOf(level);
    if (!own) return { label: '', doubt: `list ${numId} has no level ${level + 1}; the paragraph was read without a number` };
    return labelOf(own, (l) => ({ value: counters[l] ?? startOf(l), format: own.legal ? 'decimal' : (levelOf(l)?.format ?? 'decimal') }));
  }
}

/** The level's w:lvlText with each %n replaced. */
function labelOf(level: ListLevel, number: (l: number) => { value: number; format: string }): PrintedNumber {
  if (level.format === 'bullet') return { label: '•' };
  if (level.text === undefined || level.format === 'none') return { label: '' };
  let doubt: string | undefined;
  const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
    const { value, format } = number(Number(n) - 1);
    if (!KNOWN_FORMATS.has(format)) doubt = `the number format "${format}" is not read; the number was printed as a decimal`;
    return formatNumber(value, format);
  });
  return doubt === undefined ? { label: label.trim() } : { label: label.trim(), doubt };
}
