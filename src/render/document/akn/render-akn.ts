import type { ResolutionDocument } from '../../../model/document.js';
import { dataAttribute, leftover } from './akn-data.js';
import { assignEids } from './akn-eids.js';
import { activeModifications } from './akn-effects.js';
import { EFFICACY_CONCEPT, EffectPeriods } from './akn-periods.js';
import { attachmentElement } from './akn-annexes.js';
import { operativeElement, preambularElement, type ClauseContext } from './akn-clauses.js';
import { identification } from './akn-identification.js';
import { AKN_NAMESPACE, BLUEDRAFT_NAMESPACE, BLUEDRAFT_PREFIX, DEFAULT_OPENING, STATEMENT_NAMES, workDate, workNumber } from './akn-names.js';
import { SUMMARY_CONCEPT } from './akn-text.js';
import { serializeXml } from './serialize-xml.js';
import { element, type XmlElement } from './xml-tree.js';
import { partGroups, type PartGroup } from '../part-groups.js';

export type AknRendering = { ok: true; xml: string } | { ok: false; problem: string; hint: string };

/** The document fields the markup carries; the rest go into the statement's `bd:data`. */
const CARRIED = ['kind', 'symbol', 'number', 'title', 'language', 'notes', 'opening', 'preamble', 'operative', 'parts', 'annexes', 'sponsors', 'dates', 'vote'] as const;
/** Elements whose content is text, written on one line. */
const MIXED_CONTENT = new Set(['p', 'num', 'heading', 'docNumber', 'docTitle', 'docDate', 'docProponent', 'ref', 'span']);

/**
 * meta/proprietary: the document's fields that have no Akoma Ntoso element (its status, regime,
 * source, vote counts …), as `bd:data` on a `bd:document` element (`statement` itself allows no
 * foreign attributes).
 */
function proprietary(document: ResolutionDocument): XmlElement {
  const data: Record<string, unknown> = leftover(document, CARRIED as unknown as Array<keyof ResolutionDocument>);
  const vote = document.vote ? leftover(document.vote, ['record']) : {};
  if (Object.keys(vote).length > 0) data.vote = vote;
  return element('proprietary', { source: '#bluedraft' }, [element(`${BLUEDRAFT_PREFIX}:document`, dataAttribute(data))]);
}

/** The preface: the document number, title, dates, the adoption line and the sponsors, as printed. */
function preface(document: ResolutionDocument): XmlElement | undefined {
  const sponsors = document.sponsors ?? [];
  const blocks = [
    document.symbol !== undefined && element('p', { class: 'docNumber' }, [element('docNumber', {}, [document.symbol])]),
    document.title !== undefined && element('p', { class: 'docTitle' }, [element('docTitle', {}, [document.title])]),
    ...Object.entries(document.dates ?? {}).map(([name, date]) => element('p', { class: name }, [element('docDate', { date, class: name }, [date])])),
    document.vote?.record !== undefined && element('p', { class: 'adoption' }, [document.vote.record]),
    sponsors.length > 0 && element('p', { class: 'sponsors' }, sponsors.flatMap((name, k) => [...(k > 0 ? ['; '] : []), element('docProponent', { as: '#sponsor' }, [name])])),
  ].filter((b): b is XmlElement => b !== false);
  return blocks.length > 0 ? element('preface', {}, blocks) : undefined;
}

function preamble(document: ResolutionDocument, groups: readonly PartGroup[], context: ClauseContext): XmlElement {
  const recitals = groups.filter((group) => !group.part).flatMap((group) => group.preamble.map((k) => preambularElement(document.preamble[k]!, context, false)));
  return element('preamble', {}, [element('formula', { name: 'enactingFormula' }, [element('p', {}, [document.opening ?? DEFAULT_OPENING])]), recitals.length > 0 && element('recitals', {}, recitals)]);
}

/**
 * The operative paragraphs; in a resolution divided into parts, each part with its own preambular
 * and operative paragraphs. The groups are those of the text renderings (partGroups): a paragraph
 * naming a part that is not declared is kept, in a part of its own, never left out.
 */
function mainBody(document: ResolutionDocument, groups: readonly PartGroup[], context: ClauseContext): XmlElement {
  const children: XmlElement[] = [];
  for (const { part, preamble, operative } of groups) {
    const paragraphs = operative.map((k) => operativeElement(document.operative[k]!, context));
    if (!part) {
      children.push(...paragraphs);
      continue;
    }
    const inner = [...preamble.map((k) => preambularElement(document.preamble[k]!, context, true)), ...paragraphs];
    children.push(
      element('part', { eId: context.eids.get(part.id), ...dataAttribute({ id: part.id }) }, [
        element('num', {}, [part.label]),
        part.title !== undefined && element('heading', {}, [part.title]),
        ...(inner.length > 0 ? inner : [element('content', {}, [element('p')])]),
      ]),
    );
  }
  return element('mainBody', {}, children.length > 0 ? children : [element('p')]);
}

function references(): XmlElement {
  return element('references', { source: '#bluedraft' }, [
    element('TLCOrganization', { eId: 'un-sc', href: '/akn/ontology/organizations/un/un-sc', showAs: 'United Nations Security Council' }),
    element('TLCOrganization', { eId: 'bluedraft', href: '/akn/ontology/organizations/bluedraft', showAs: 'bluedraft' }),
    element('TLCRole', { eId: 'sponsor', href: '/akn/ontology/roles/un/sponsor', showAs: 'Sponsor' }),
    element('TLCConcept', { eId: EFFICACY_CONCEPT, href: '/akn/ontology/concepts/efficacy', showAs: 'Efficacy' }),
    element('TLCConcept', { eId: SUMMARY_CONCEPT, href: '/akn/ontology/concepts/bluedraft/editorialSummary', showAs: 'Editorial summary, not the official text' }),
  ]);
}

/**
 * A resolution or draft as an Akoma Ntoso 3.0 `statement` (AKN4UN: `resolution`, or
 * `resolutionDraft`), built as an element tree and serialised. See docs/akn.md for where each
 * field goes. A document with no date cannot be addressed and is refused.
 */
export function renderAkn(document: ResolutionDocument): AknRendering {
  const dated = workDate(document);
  if (dated === undefined) return { ok: false, problem: 'the document has no date, and an Akoma Ntoso address needs one', hint: document.kind === 'resolution' ? 'add `dates: { adopted: YYYY-MM-DD }`' : 'add `dates: { circulated: YYYY-MM-DD }` (or `revised`)' };
  const context: ClauseContext = { eids: assignEids(document), notes: [] };
  const address = { date: dated.date, dateName: dated.name, number: workNumber(document), printed: document.symbol, language: document.language };
  const documentNotes = (document.notes ?? []).map((note, k) => element('note', { eId: `note_${k + 1}`, class: 'document' }, [element('p', {}, [note])]));
  const prefaceElement = preface(document);
  const groups = partGroups(document);
  const preambleElement = preamble(document, groups, context);
  const body = mainBody(document, groups, context);
  const attachments = (document.annexes ?? []).map((annex, k) => attachmentElement(annex, k, address));
  const periods = new EffectPeriods(dated.date);
  const modifications = activeModifications(document.operative, context.eids, periods);
  const notes = [...documentNotes, ...context.notes];
  const meta = element('meta', {}, [
    identification({ ...address, component: '!main' }),
    periods.lifecycle(),
    modifications && element('analysis', { source: '#bluedraft' }, [modifications]),
    periods.temporalData(),
    references(),
    notes.length > 0 && element('notes', { source: '#bluedraft' }, notes),
    proprietary(document),
  ]);
  const statement = element('statement', { name: STATEMENT_NAMES[document.kind], contains: 'originalVersion' }, [meta, prefaceElement, preambleElement, body, attachments.length > 0 && element('attachments', {}, attachments)]);
  const root = element('akomaNtoso', { xmlns: AKN_NAMESPACE, [`xmlns:${BLUEDRAFT_PREFIX}`]: BLUEDRAFT_NAMESPACE }, [statement]);
  return { ok: true, xml: serializeXml(root, MIXED_CONTENT) };
}
