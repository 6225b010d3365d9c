import { isDeepStrictEqual } from 'node:util';
import { checkSchema } from '../load/check-schema.js';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../load/diagnostic.js';
import { loadText, type LoadedDocument } from '../load/load-document.js';
import { Locator } from '../load/locate.js';
import { parseYaml } from '../load/parse-yaml.js';
import { locateInText } from '../load/locate-in-text.js';
import type { ResolutionDocument } from '../model/document.js';
import { checkDocument } from '../validate/check-document.js';
import { Corpus } from '../validate/corpus.js';
import { UnsafeEditError, applyToSource } from './apply-to-source.js';
import { applyToData, valueAt, type EditOperation } from './edit-plan.js';
import { mendSource } from './mend-source.js';
import { chooseIds, findMissingIds, placeholderIds } from './new-ids.js';
import { planNumbering, type Renumbering } from './plan-numbering.js';
import { planParts } from './plan-parts.js';
import { retargetCitations, type PendingDiagnostic } from './retarget-citations.js';

export interface FormattedSource {
  /** The text fmt would write; absent when the file cannot be formatted (see diagnostics). */
  text?: string;
  /** What fmt changed, in plain words, in the order it did it. */
  changes: string[];
  diagnostics: Diagnostic[];
}

const OFFICIAL_NUMBERING_HINT = 'an adopted resolution keeps its official numbering, so fmt does not renumber it: check the number against the source text';

function describeRenumbering(r: Renumbering): string {
  if (r.depth > 0) return `\`${r.id}\`: subparagraph (${r.from}) → (${r.to})`;
  return r.from === undefined ? `\`${r.id}\`: numbered ${r.to} (it had no number)` : `\`${r.id}\`: paragraph ${r.from} → ${r.to}`;
}

/** One line per renumbering, except that a run of paragraphs shifted alike is one line: "paragraphs 5–17 → 6–18". */
function describeNumbering(renumbered: readonly Renumbering[]): string[] {
  const lines: string[] = [];
  let run: Renumbering[] = [];
  const flush = () => {
    const [first, last] = [run[0], run.at(-1)];
    if (first && last && run.length > 2) lines.push(`\`${first.id}\` … \`${last.id}\`: paragraphs ${first.from}–${last.from} → ${first.to}–${last.to}`);
    else lines.push(...run.map(describeRenumbering));
    run = [];
  };
  for (const r of renumbered) {
    const previous = run.at(-1);
    const shifted = r.depth === 0 && r.from !== undefined;
    if (!shifted || (previous && (Number(r.from) !== Number(previous.from) + 1 || Number(r.to) !== Number(previous.to) + 1))) flush();
    if (shifted) run.push(r);
    else lines.push(describeRenumbering(r));
  }
  flush();
  return lines;
}

/** Places pending findings in `source`, moving offsets past the replacements made before them. */
function placeDiagnostics(file: string, pending: readonly PendingDiagnostic[], source: string, locate: Locator, operations: readonly EditOperation[]): Diagnostic[] {
  return pending.map((p) => {
    const edit = operations.find((o) => o.kind === 'replace-in-text' && o.path.join('.') === p.path.join('.'));
    const before = edit?.kind === 'replace-in-text' ? edit.replacements.filter((r) => p.offset !== undefined && r.end <= p.offset) : [];
    const shift = before.reduce((sum, r) => sum + r.text.length - (r.end - r.start), 0);
    const position = p.offset === undefined ? locate.value(p.path) : locateInText(source, locate, p.path, p.offset + shift);
    return diagnostic(file, position, p.severity, p.code, p.message, p.hint);
  });
}

/**
 * Formats one resolution file's text: mends its line endings, gives new clauses ids, and — in a
 * complete draft — renumbers operative paragraphs and subparagraphs and brings the document's
 * citations of its own paragraphs up to date. An adopted resolution's text and numbers are
 * official: there fmt only reports what is out of order. The result is checked to parse to
 * exactly the data intended before it is returned, so a fault in fmt can never reach the file.
 */
export function formatSource(file: string, original: string): FormattedSource {
  const mended = mendSource(original);
  const changes = [...mended.changes];
  const source = mended.text;
  const parsed = parseYaml(file, source);
  if (!parsed.ok) return { changes: [], diagnostics: parsed.diagnostics };
  const locate = new Locator(parsed.parsed.document, parsed.parsed.lineCounter);
  const missing = findMissingIds(parsed.parsed.data);
  const { data, placeholders } = placeholderIds(parsed.parsed.data, missing);
  const schema = checkSchema(file, data, locate);
  if (schema.length > 0) return { changes: [], diagnostics: schema };

  const document = data as ResolutionDocument;
  const loaded: LoadedDocument = { file, text: source, document, locate };
  const checked = checkDocument(loaded, new Corpus([loaded]));
  const duplicates = checked.filter((d) => d.code === 'duplicate-id');
  if (duplicates.length > 0) return { changes: [], diagnostics: duplicates.map((d) => ({ ...d, hint: `${d.hint ?? ''}; fmt finds what each paragraph number meant through ids, so it renumbers only once ids are unique` })) };

  const diagnostics: Diagnostic[] = [];
  const complete = document.completeness === 'full';
  // New paragraphs go into their parts first: in a draft numbered from 1 in each part, their numbers depend on it.
  const parted = planParts(document, (id) => placeholders.has(id));
  const numbering = document.kind === 'draft' && complete ? planNumbering(parted.document) : undefined;
  const numbered = numbering?.document ?? parted.document;
  const ids = chooseIds(numbered, placeholders);
  const finalId = new Map(ids.assigned.map((a) => [a.placeholder, a.id]));
  for (const { id, at } of ids.assigned) {
    for (const version of new Set([document, numbered])) (valueAt(version, at) as { id: string }).id = id;
    changes.push(`\`${id}\`: id given to the new clause at line ${locate.value(at).line}`);
  }
  // Ids go in first: a new clause's `number` is placed after its `id`.
  const plan: EditOperation[] = [...ids.operations, ...parted.operations, ...(numbering?.operations ?? [])];
  changes.push(...parted.placed.map((p) => `\`${finalId.get(p.id) ?? p.id}\`: the new ${p.kind} paragraph put in part ${p.label} (\`${p.part}\`), as the paragraph before it`));
  changes.push(...describeNumbering((numbering?.renumbered ?? []).map((r) => ({ ...r, id: finalId.get(r.id) ?? r.id }))));
  const pending: PendingDiagnostic[] = [];
  if (document.kind === 'resolution') {
    diagnostics.push(...checked.filter((d) => d.code === 'numbering' || d.code === 'missing-number').map((d) => ({ ...d, hint: OFFICIAL_NUMBERING_HINT })));
  }
  if (complete) {
    const newIds = new Set(finalId.values());
    const retargeted = retargetCitations(document, numbered, (id) => newIds.has(id));
    plan.push(...retargeted.operations);
    changes.push(...retargeted.changes);
    pending.push(...retargeted.diagnostics);
  }

  if (plan.length === 0) {
    diagnostics.push(...placeDiagnostics(file, pending, source, locate, []));
    return { text: source, changes, diagnostics };
  }
  let text: string;
  try {
    text = applyToSource(source, locate, plan);
  } catch (error) {
    if (!(error instanceof UnsafeEditError)) throw error;
    const at = error.path.length > 0 ? locate.value(error.path) : START_OF_FILE;
    return { changes: [], diagnostics: [...diagnostics, diagnostic(file, at, 'error', 'fmt-unsafe-edit', `fmt cannot make its change here safely: ${error.message}`, 'make this change by hand, then run fmt again')] };
  }
  const reread = loadText(file, text);
  if (!reread.ok || !isDeepStrictEqual(reread.loaded.document, applyToData(parsed.parsed.data, plan))) {
    return { changes: [], diagnostics: [...diagnostics, diagnostic(file, START_OF_FILE, 'error', 'fmt-internal', 'fmt produced a text that does not read back as intended, so the file was left untouched', 'this is a fault in bluedraft: please report it with the file')] };
  }
  diagnostics.push(...placeDiagnostics(file, pending, text, reread.loaded.locate, plan));
  return { text, changes, diagnostics };
}
