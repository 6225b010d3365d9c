import type { Effect, EffectAction, OperativeParagraph, PreambularParagraph, Reference, ResolutionDocument, Subparagraph } from '../src/model/document.js';
import { MEASURE_KINDS, type MeasureCode } from '../src/model/measures.js';
import { parseCitations } from '../src/text/parse-citations.js';
import { expectedLabel } from '../src/model/numbering.js';
import type { Random } from './random.js';
import { operativeText, preambularText, reword, subparagraphText } from './wording.js';

/** An earlier resolution that generated effects may act on. */
export interface Target {
  /** "3001 (2001)" */
  citation: string;
  /** Its operative paragraphs are numbered 1 … this. */
  paragraphs: number;
}

export interface GenerateOptions {
  /** Clauses in all: preambular paragraphs, operative paragraphs and subparagraphs. */
  clauses: number;
  number: number;
  year: number;
  /** Earlier resolutions that effects may act on; without any, effects target outside resolutions. */
  targets?: readonly Target[];
}

/** Share of clauses that are preambular, as in the real sanctions resolutions. */
const PREAMBLE_SHARE = 0.22;
const ACTIONS: EffectAction[] = ['impose', 'extend', 'amend', 'suspend', 'reinstate', 'terminate', 'exempt', 'review'];
const PLAIN_MEASURES = MEASURE_KINDS.filter((kind) => !['export-ban', 'supply-ban', 'cap'].includes(kind)) as MeasureCode[];

/** A clause with the citations its text makes, as `bluedraft import` records them. */
function withCitations<T extends { id: string; text: string }>(fields: T): T & { references?: Reference[] } {
  const references = parseCitations(fields.text).map((citation) => citation.reference);
  return references.length > 0 ? { ...fields, references } : fields;
}

function effect(random: Random, targets: readonly Target[]): Effect {
  const action = random.pick(ACTIONS);
  const measures = [random.pick(PLAIN_MEASURES)];
  if (action === 'impose') return { action, measures };
  const target = targets.length > 0 ? random.pick(targets) : { citation: `${random.int(100, 999)} (1993)`, paragraphs: 20 };
  const from = random.int(1, target.paragraphs);
  const paragraphs = random.chance(0.3) && from < target.paragraphs ? [`${from}-${random.int(from + 1, target.paragraphs)}`] : [String(from)];
  const found: Effect = { action, target: { resolution: target.citation, paragraphs }, measures };
  if (random.chance(0.3)) found.effective = { immediately: true };
  if (action === 'amend' || action === 'exempt') found.direction = 'loosen';
  return found;
}

function subparagraphs(random: Random, parentId: string, count: number, depth: number, budget: { left: number }): Subparagraph[] {
  const list: Subparagraph[] = [];
  for (let i = 1; i <= count && budget.left > 0; i++) {
    const label = expectedLabel(depth === 1 ? 'letter' : 'roman', i);
    const sub: Subparagraph = withCitations({ id: `${parentId}__${label}`, number: label, text: subparagraphText(random) });
    budget.left--;
    if (depth === 1 && random.chance(0.1) && budget.left > 1) sub.subparagraphs = subparagraphs(random, sub.id, random.int(2, 3), 2, budget);
    list.push(sub);
  }
  return list;
}

/**
 * A schema-valid resolution of about `clauses` clauses that also passes `bluedraft validate`'s
 * own checks (numbering, ids, dates, symbol; effect targets exist in `targets`).
 */
export function generateResolution(random: Random, options: GenerateOptions): ResolutionDocument {
  const preambleCount = Math.max(1, Math.round(options.clauses * PREAMBLE_SHARE));
  const preamble: PreambularParagraph[] = Array.from({ length: preambleCount }, (_, i) => withCitations({ id: `pp_${i + 1}`, text: preambularText(random) }));
  const budget = { left: options.clauses - preambleCount };
  const operative: OperativeParagraph[] = [];
  while (budget.left > 0) {
    const number = operative.length + 1;
    budget.left--;
    const paragraph: OperativeParagraph = withCitations({ id: `op_${number}`, number, text: operativeText(random, budget.left === 0) });
    if (random.chance(0.25) && budget.left > 1) paragraph.subparagraphs = subparagraphs(random, paragraph.id, random.int(2, 5), 1, budget);
    if (random.chance(0.4)) {
      paragraph.effects = Array.from({ length: random.int(1, 2) }, () => effect(random, options.targets ?? []));
      paragraph.measures = [...new Set(paragraph.effects.flatMap((e) => e.measures ?? []))];
    }
    operative.push(paragraph);
  }
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  return {
    symbol: `S/RES/${options.number} (${options.year})`,
    kind: 'resolution',
    number: options.number,
    year: options.year,
    status: 'adopted',
    regime: 'generated',
    language: 'en',
    completeness: 'full',
    dates: { adopted: `${options.year}-${month}-${day}` },
    meeting: random.int(3000, 9999),
    preamble,
    operative,
  };
}

type ClauseList = Array<PreambularParagraph | OperativeParagraph | Subparagraph>;

function clauseLists(document: ResolutionDocument): Array<{ list: ClauseList; clause: PreambularParagraph | Subparagraph }> {
  const found: Array<{ list: ClauseList; clause: PreambularParagraph | Subparagraph }> = [];
  const walk = (list: Array<PreambularParagraph | Subparagraph>) => {
    for (const clause of list) {
      found.push({ list, clause });
      if ('subparagraphs' in clause && clause.subparagraphs) walk(clause.subparagraphs);
    }
  };
  walk(document.preamble);
  walk(document.operative);
  return found;
}

/** Numbers operative paragraphs 1, 2, 3 … and letters subparagraphs again, as `bluedraft fmt` would; ids stay. */
export function renumber(document: ResolutionDocument): ResolutionDocument {
  const reletter = (subs: Subparagraph[] | undefined, depth: number) => {
    for (const [i, sub] of (subs ?? []).entries()) {
      sub.number = expectedLabel(depth === 1 ? 'letter' : 'roman', i + 1);
      reletter(sub.subparagraphs, depth + 1);
    }
  };
  for (const [i, paragraph] of document.operative.entries()) {
    paragraph.number = i + 1;
    reletter(paragraph.subparagraphs, 1);
  }
  return document;
}

/**
 * A revision of `document` in which `share` of the clauses are edited: mostly reworded, some
 * inserted, deleted or moved (then renumbered, so that the numbers of many untouched clauses
 * change too, as in a real revision). The original is left as it was.
 */
export function reviseResolution(random: Random, document: ResolutionDocument, share: number): ResolutionDocument {
  const revised = structuredClone(document);
  const clauses = clauseLists(revised);
  let inserted = 0;
  for (const index of random.sample(clauses.length, Math.round(clauses.length * share))) {
    const { list, clause } = clauses[index]!;
    const at = list.indexOf(clause);
    if (at < 0) continue;
    const kind = random.next();
    if (kind < 0.7 || list.length < 2) {
      clause.text = reword(random, clause.text ?? '');
    } else if (kind < 0.8) {
      list.splice(at + 1, 0, { id: `${clause.id}_new${++inserted}`, text: reword(random, clause.text ?? '') });
    } else if (kind < 0.9) {
      list.splice(at, 1);
    } else {
      list.splice(at, 1);
      list.splice(random.int(0, list.length), 0, clause);
    }
  }
  renumber(revised);
  return revised;
}

/** The kinds of mistake a person makes by hand, each one a schema error that any JSON Schema validator finds. */
const MISTAKES: Array<(random: Random, document: Record<string, unknown> & ResolutionDocument) => void> = [
  (random, document) => {
    const paragraph = random.pick(document.operative) as unknown as Record<string, unknown>;
    paragraph.txt = paragraph.text;
    delete paragraph.text;
  },
  (random, document) => {
    (random.pick(document.operative) as unknown as Record<string, unknown>).number = 'seven';
  },
  (random, document) => {
    const paragraph = document.operative.find((p) => p.effects) ?? document.operative[0]!;
    paragraph.effects = [{ action: 'suspends' as EffectAction }];
  },
  (random, document) => {
    delete (random.pick(document.preamble) as Partial<PreambularParagraph>).id;
  },
  (_, document) => {
    document.status = 'passed' as ResolutionDocument['status'];
  },
];

/** A copy of `document` with one seeded schema error in it. */
export function breakResolution(random: Random, document: ResolutionDocument): unknown {
  const broken = structuredClone(document) as Record<string, unknown> & ResolutionDocument;
  random.pick(MISTAKES)(random, broken);
  return broken;
}
