import type { Diagnostic } from '../../load/diagnostic.js';
import type { DocumentKind, LanguageCode, OperativeParagraph, ResolutionDocument, ResolutionPart } from '../../model/document.js';
import { AKN_NAMESPACE, BLUEDRAFT_NAMESPACE, DEFAULT_OPENING, LANGUAGE_CODES, STATEMENT_NAMES } from '../../render/document/akn/akn-names.js';
import { AknReading, blocksText, dataOf, elements, find, first, isElement, textOf } from './akn-tree.js';
import type { ParsedElement } from './parse-xml.js';
import { readAnnexes } from './read-annexes.js';
import { labelOf, readOperative, readPreambular } from './read-clauses.js';
import { readEffects } from './read-effects.js';
import { readPeriods } from './read-periods.js';

export type AknRead = { ok: true; document: ResolutionDocument; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Document types other producers use for a resolution: a statement above all, a generic doc. */
const DOCUMENT_ELEMENTS = new Set(['statement', 'doc']);

function languageOf(code: string | undefined): LanguageCode | undefined {
  return (Object.entries(LANGUAGE_CODES) as Array<[LanguageCode, string]>).find(([short, long]) => long === code || short === code)?.[0];
}

/** bluedraft's own elements in meta/proprietary: there only if bluedraft wrote the document. */
function ownProprietary(meta: ParsedElement | undefined): ParsedElement[] {
  return meta ? elements(meta, 'proprietary').flatMap((p) => p.children.filter((c): c is ParsedElement => isElement(c) && c.namespace === BLUEDRAFT_NAMESPACE)) : [];
}

/** The document's own facts: kind, number, date and language from the FRBR identification, the rest from bluedraft's data. */
function header(statement: ParsedElement, meta: ParsedElement | undefined, own: readonly ParsedElement[], reading: AknReading): ResolutionDocument {
  const name = statement.attributes.get('name') ?? '';
  const kind: DocumentKind = name === STATEMENT_NAMES.draft || /draft/i.test(name) ? 'draft' : 'resolution';
  if (name !== STATEMENT_NAMES.resolution && name !== STATEMENT_NAMES.draft) reading.report(statement, 'warning', 'akn-document-name', `the <${statement.local}> is named "${name}", not "resolution" or "resolutionDraft" (AKN4UN): it is read as a ${kind}`, 'check `kind` and `status` in the YAML');
  const proprietary = own.find((c) => c.local === 'document');
  const data = proprietary ? dataOf(proprietary, reading) : {};
  const language = find(meta, 'FRBRlanguage');
  const code = languageOf(language?.attributes.get('language'));
  if (!code) reading.report(language ?? statement, 'warning', 'akn-language', `the language "${language?.attributes.get('language') ?? '(none)'}" is not one of the six official languages: English is assumed`, 'set `language` in the YAML');
  const document = { kind, status: kind === 'resolution' ? 'adopted' : 'circulated', language: code ?? 'en', completeness: 'full', preamble: [], operative: [], ...data } as ResolutionDocument;
  const number = find(first(meta, 'identification') ?? meta, 'FRBRnumber')?.attributes.get('value');
  if (kind === 'resolution' && number !== undefined && /^[1-9][0-9]*$/.test(number)) document.number = Number(number);
  return document;
}

/** The preface: number (the cover page's, where there is one: AKN4UN puts the symbol there), title, dates (each docDate by its class), the adoption line and the sponsors. */
function readPreface(cover: ParsedElement | undefined, preface: ParsedElement | undefined, document: ResolutionDocument, reading: AknReading): void {
  const number = find(cover, 'docNumber') ?? find(preface, 'docNumber');
  if (number) document.symbol = textOf(number, reading);
  if (!preface) return;
  const title = find(preface, 'docTitle');
  if (title) document.title = textOf(title, reading);
  for (const block of elements(preface)) {
    for (const date of block.local === 'docDate' ? [block] : elements(block, 'docDate')) {
      const value = date.attributes.get('date');
      if (!value) continue;
      const key = date.attributes.get('class') ?? (document.kind === 'resolution' ? 'adopted' : 'circulated');
      if (['adopted', 'circulated', 'revised', 'voted'].includes(key)) (document.dates ??= {})[key as 'adopted'] = value;
    }
    if (block.attributes.get('class') === 'adoption' || (!reading.exact && /^Adopted\b/.test(textOf(block, reading)))) (document.vote ??= {}).record = textOf(block, reading);
    const sponsors = elements(block, 'docProponent').map((p) => textOf(p, reading));
    if (sponsors.length > 0) document.sponsors = [...(document.sponsors ?? []), ...sponsors];
  }
  if (document.kind === 'resolution' && document.year === undefined) {
    const year = /\((\d{4})\)\s*$/.exec(document.symbol ?? '')?.[1] ?? document.dates?.adopted?.slice(0, 4);
    if (year) document.year = Number(year);
  }
}

/** What holds one preambular paragraph in the preamble: a recital, a citation, or a container (AKN4UN names it by its opening word). */
const PREAMBULAR = new Set(['recital', 'citation', 'container', 'blockContainer']);

/**
 * The conclusions, where other producers put the adoption (AKN4UN: an event with the meeting
 * and the date): its date and line, where the preface gave none.
 */
function readConclusions(conclusions: ParsedElement | undefined, document: ResolutionDocument, reading: AknReading): void {
  if (!conclusions) return;
  const date = find(conclusions, 'docDate')?.attributes.get('date');
  const key = document.kind === 'resolution' ? 'adopted' : 'voted';
  if (date && document.dates?.[key] === undefined) (document.dates ??= {})[key] = date;
  const line = blocksText(conclusions, reading);
  if (line !== '' && document.vote?.record === undefined) (document.vote ??= {}).record = line;
  if (document.kind === 'resolution' && document.year === undefined && date) document.year = Number(date.slice(0, 4));
}

/** The preamble: the enacting formula (the opening words) and the preambular paragraphs. */
function readPreamble(preamble: ParsedElement | undefined, document: ResolutionDocument, reading: AknReading): void {
  if (!preamble) return;
  for (const child of elements(preamble)) {
    if (child.local === 'formula') {
      const opening = blocksText(child, reading);
      if (opening !== DEFAULT_OPENING) document.opening = opening;
    } else if (child.local === 'recitals') {
      for (const recital of elements(child, 'recital')) document.preamble.push(readPreambular(recital, document.preamble.length, reading));
    } else if (child.local === 'citations') {
      for (const citation of elements(child, 'citation')) document.preamble.push(readPreambular(citation, document.preamble.length, reading));
    } else if (PREAMBULAR.has(child.local) || (child.local === 'p' && !reading.exact)) document.preamble.push(readPreambular(child, document.preamble.length, reading));
    else reading.report(child, 'warning', 'akn-unread', `<${child.local}> in the preamble is not read`, 'add what it says to the YAML by hand, if it is part of the resolution');
  }
}

function isRecital(node: ParsedElement): boolean {
  return node.local === 'recital' || ((node.local === 'hcontainer' || node.local === 'container') && /recital|preamb/i.test(node.attributes.get('name') ?? ''));
}

const OPERATIVE = new Set(['paragraph', 'article']);
/** Elements of a part or group read with it, not as clauses. */
const OWN_PARTS = new Set(['num', 'heading', 'subheading', 'content', 'intro']);
/** Groupings of operative paragraphs some producers write (ITU's AKN4UN: an hcontainer per operative word). */
const GROUPS = new Set(['hcontainer', 'container', 'section', 'chapter', 'division']);

function isPart(node: ParsedElement): boolean {
  return node.local === 'part' || (node.local === 'hcontainer' && node.attributes.get('name') === 'part');
}

/** Reads the main body: operative paragraphs, parts with their own preambular and operative paragraphs, groups of paragraphs. */
class BodyReader {
  /** Operative paragraphs by eId, for the modifications that name them as source. */
  readonly byEid = new Map<string, OperativeParagraph>();

  constructor(
    private readonly document: ResolutionDocument,
    private readonly reading: AknReading,
  ) {}

  read(nodes: readonly ParsedElement[], where: string, part?: string): void {
    for (const node of nodes) {
      if (OPERATIVE.has(node.local) || (node.local === 'point' && part === undefined)) this.operative(node, part);
      else if (isRecital(node) && part !== undefined) this.document.preamble.push(readPreambular(node, this.document.preamble.length, this.reading, part));
      else if (isPart(node) && part === undefined) this.part(node);
      else if (GROUPS.has(node.local) && elements(node).some((c) => OPERATIVE.has(c.local))) this.read(elements(node), where, part);
      else if (OWN_PARTS.has(node.local) || (node.local === 'p' && textOf(node, this.reading) === '')) continue;
      else this.reading.report(node, 'warning', 'akn-unread', `<${node.local}> in ${where} is not read: bluedraft reads operative paragraphs (<paragraph>) and parts (<part>)`, 'add what it says to the YAML by hand, if it is part of the resolution');
    }
  }

  private operative(node: ParsedElement, part?: string): void {
    const paragraph = readOperative(node, this.document.operative.length, this.reading, part);
    this.document.operative.push(paragraph);
    const eid = node.attributes.get('eId');
    if (eid) this.byEid.set(eid, paragraph);
  }

  private part(node: ParsedElement): void {
    const data = dataOf(node, this.reading);
    const label = labelOf(first(node, 'num'), this.reading) ?? String.fromCharCode(65 + (this.document.parts?.length ?? 0));
    const part: ResolutionPart = { id: typeof data.id === 'string' ? data.id : `part_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`, label };
    const heading = first(node, 'heading');
    if (heading) part.title = textOf(heading, this.reading);
    (this.document.parts ??= []).push(part);
    this.read(elements(node), `part ${label}`, part.id);
  }
}

/** Document notes: meta/notes entries no clause refers to. */
function readNotes(meta: ParsedElement | undefined, reading: AknReading): ParsedElement[] {
  const notes = meta ? elements(meta, 'notes').flatMap((n) => elements(n, 'note')) : [];
  for (const note of notes) if (note.attributes.has('eId')) reading.notes.set(note.attributes.get('eId')!, note);
  return notes;
}

/**
 * Reads an Akoma Ntoso document as a resolution or draft: what bluedraft writes (exactly, with
 * the data it keeps in `bd:data`), and the common shapes of other producers' statements
 * (paragraphs with num/content or intro and subparagraphs, points or blockList items; recitals;
 * parts; citations as <ref href>; active modifications), reporting at its line and column
 * whatever it cannot map. A root that is not Akoma Ntoso 3.0 is refused.
 */
export function readAkn(root: ParsedElement, file: string): AknRead {
  const reading = new AknReading(file);
  if (root.local !== 'akomaNtoso' || root.namespace !== AKN_NAMESPACE) {
    const what = root.namespace === '' ? 'no namespace' : `the namespace ${root.namespace}`;
    reading.report(root, 'error', 'akn-not-akoma-ntoso', `the root element is <${root.local}> in ${what}, not Akoma Ntoso 3.0's <akomaNtoso> in ${AKN_NAMESPACE}`, `give an Akoma Ntoso 3.0 document: <akomaNtoso xmlns="${AKN_NAMESPACE}">`);
    return { ok: false, diagnostics: reading.diagnostics };
  }
  const statement = elements(root).find((c) => DOCUMENT_ELEMENTS.has(c.local));
  if (!statement) {
    const other = elements(root)[0];
    reading.report(other ?? root, 'error', 'akn-not-statement', `the document is ${other ? `an <${other.local}>` : 'empty'}, not a <statement> (AKN4UN: a Security Council resolution is <statement name="resolution">)`, 'give a <statement> document');
    return { ok: false, diagnostics: reading.diagnostics };
  }
  const meta = first(statement, 'meta');
  const own = ownProprietary(meta);
  reading.exact = own.length > 0;
  const notes = readNotes(meta, reading);
  const document = header(statement, meta, own, reading);
  reading.language = document.language;
  readPreface(first(statement, 'coverPage'), first(statement, 'preface'), document, reading);
  readConclusions(first(statement, 'conclusions'), document, reading);
  readPreamble(first(statement, 'preamble'), document, reading);
  const body = new BodyReader(document, reading);
  const mainBody = first(statement, 'mainBody');
  if (mainBody) body.read(elements(mainBody), 'the main body');
  readEffects(first(meta, 'analysis'), body.byEid, readPeriods(meta), reading);
  const annexes = readAnnexes(first(statement, 'attachments'), reading);
  if (annexes.length > 0) document.annexes = annexes;
  const documentNotes = notes.filter((n) => !reading.notesTaken.has(n.attributes.get('eId') ?? '')).map((n) => blocksText(n, reading));
  if (documentNotes.length > 0) document.notes = documentNotes;
  return { ok: true, document, diagnostics: reading.diagnostics };
}
