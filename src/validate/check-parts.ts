import type { ResolutionDocument, ResolutionPart } from '../model/document.js';
import type { DataPath } from '../model/paragraph-path.js';
import { closest } from '../text/closest.js';
import type { SchemaTrust } from './schema-trust.js';

type Report = (at: DataPath, severity: 'error' | 'warning', code: string, message: string, hint?: string) => void;

/** A part as messages name it: "part B" (`part_b`). */
function partName(part: ResolutionPart): string {
  return `part ${part.label} (\`${part.id}\`)`;
}

/**
 * The parts A, B, C … of a resolution divided into parts. Each paragraph's `part` names a
 * declared part; ids of parts are unique; paragraphs without a part come before the first part;
 * each part's paragraphs stand together, in the order of `parts` (in the preamble and in the
 * operative paragraphs alike: a part's preamble is read before its operative paragraphs, so the
 * two lists together give the reading order); a declared part holds at least one paragraph.
 */
export function checkParts(document: ResolutionDocument, trust: SchemaTrust, report: Report): void {
  const parts = document.parts ?? [];
  const order = new Map<string, number>();
  for (const [index, part] of parts.entries()) {
    if (!trust.vouchesFor(['parts', index, 'id'])) continue;
    if (order.has(part.id)) report(['parts', index, 'id'], 'error', 'duplicate-id', `the part id \`${part.id}\` is already used (at parts.${order.get(part.id)})`, 'give every part its own id: part_a, part_b …');
    else order.set(part.id, index);
  }
  const used = new Set<string>();
  for (const list of ['preamble', 'operative'] as const) {
    if (!trust.vouchesFor([list])) continue;
    checkList(document[list], list, parts, order, trust, report);
    for (const paragraph of document[list]) if (paragraph.part !== undefined) used.add(paragraph.part);
  }
  if (!trust.vouchesFor(['preamble']) || !trust.vouchesFor(['operative'])) return;
  for (const [index, part] of parts.entries()) {
    if (trust.vouchesFor(['parts', index, 'id']) && !used.has(part.id)) {
      report(['parts', index], 'warning', 'empty-part', `${partName(part)} holds no paragraph`, `name it with \`part: ${part.id}\` on its paragraphs, or remove it from \`parts\``);
    }
  }
  checkHeadingsAfterLabels(document, report);
}

/**
 * A part without a title that opens, with no preamble of its own, on an operative paragraph with
 * a heading: printed, the heading stands on the line after the part's label, where a part's title
 * stands, and `bluedraft import` reads it back as the title. Said, so that the drafter can give
 * the part its title, or know that the layout cannot tell the two apart.
 */
function checkHeadingsAfterLabels(document: ResolutionDocument, report: Report): void {
  for (const part of document.parts ?? []) {
    if (part.title !== undefined || document.preamble.some((paragraph) => paragraph.part === part.id)) continue;
    const index = document.operative.findIndex((paragraph) => paragraph.part === part.id);
    const heading = document.operative[index]?.heading;
    if (heading === undefined) continue;
    report(['operative', index, 'heading'], 'warning', 'heading-after-part-label', `the heading "${heading}" comes right after the label of ${partName(part)}, which has no title: printed, it reads as the part's title, and \`bluedraft import\` reads it back so`, `if it is the part's title, move it to the part as \`title:\`; if it heads this paragraph, give the part its title, or keep it knowing that the printed text cannot tell the two apart`);
  }
}

function checkList(
  paragraphs: ReadonlyArray<{ id: string; part?: string }>,
  list: 'preamble' | 'operative',
  parts: readonly ResolutionPart[],
  order: ReadonlyMap<string, number>,
  trust: SchemaTrust,
  report: Report,
): void {
  const kind = list === 'preamble' ? 'preambular paragraph' : 'operative paragraph';
  // The place in `parts` of the part read last: -1 before the first part.
  let current = -1;
  for (const [index, paragraph] of paragraphs.entries()) {
    const at = [list, index];
    if (!trust.vouchesFor([...at, 'part'])) continue;
    const name = trust.vouchesFor([...at, 'id']) ? `\`${paragraph.id}\`` : `#${index + 1}`;
    if (paragraph.part === undefined) {
      if (current >= 0) report(at, 'error', 'part-order', `${kind} ${name} has no \`part\`, but comes after paragraphs of ${partName(parts[current]!)}`, `paragraphs without a part come before the first part: give it \`part: ${parts[current]!.id}\`, or move it up`);
      continue;
    }
    const place = order.get(paragraph.part);
    if (place === undefined) {
      const like = closest(paragraph.part, order.keys());
      const declared = [...order.keys()].map((id) => `\`${id}\``).join(', ');
      report([...at, 'part'], 'error', 'unknown-part', `${kind} ${name} is in part \`${paragraph.part}\`, which \`parts\` does not declare`, like ? `did you mean \`${like}\`?` : declared ? `use one of ${declared}, or add the part to \`parts\`` : 'declare the part under `parts` (id, label), or remove `part`');
      continue;
    }
    if (place < current) {
      report([...at, 'part'], 'error', 'part-order', `${kind} ${name} is in ${partName(parts[place]!)}, but comes after paragraphs of ${partName(parts[current]!)}`, `keep each part's paragraphs together, in the order of \`parts\`: move it up to the other paragraphs of part ${parts[place]!.label}, or correct its \`part\``);
      continue;
    }
    current = place;
  }
}
