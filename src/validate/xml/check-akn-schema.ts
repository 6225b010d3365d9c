import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../../load/diagnostic.js';
import { schemaFile } from '../../fs/schema-location.js';
import { parseXml, type ParsedElement } from '../../import/akn/parse-xml.js';
import { xmlProblemDiagnostic } from '../../import/akn/xml-problem-diagnostic.js';
import { AKN_NAMESPACE } from '../../render/document/akn/akn-names.js';

/** The official Akoma Ntoso 3.0 schema shipped with bluedraft (schemas/akn/). */
export function aknSchemaFile(): string {
  return path.join(path.dirname(schemaFile()), 'akn', 'akomantoso30.xsd');
}

/** xmllint's line for a schema error: `-:12: element paragraph: Schemas validity error : …`. */
const XMLLINT_LINE = /^-:(\d+): (?:element (\S+): )?(?:Schemas validity error|Schemas parser error|parser error)\s*:\s*(.*)$/;

/** The column of the first element (in document order) named `local` whose tag opens on `line`. */
function columnOf(root: ParsedElement, line: number, local: string | undefined): number {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.line === line && (local === undefined || node.local === local)) return node.col;
    if (node.line > line) continue;
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return 1;
}

/**
 * Checks an XML text against the official Akoma Ntoso 3.0 schema, with Debian's xmllint
 * (libxml2-utils): no network (`--nonet`), the text on standard input, and only once bluedraft's
 * own parser has found it well formed and free of any DOCTYPE, so that xmllint never sees an
 * entity to expand or a DTD to fetch. Each schema error is given at its line, and at the column
 * of the element it names. Without xmllint, that is one error saying how to install it: the
 * check is never skipped silently.
 */
export function checkAknSchema(file: string, text: string): Diagnostic[] {
  const parsed = parseXml(text);
  if (!parsed.ok) return [xmlProblemDiagnostic(file, parsed.problem)];
  const root = parsed.root;
  if (root.local !== 'akomaNtoso' || root.namespace !== AKN_NAMESPACE) {
    return [diagnostic(file, root, 'error', 'akn-not-akoma-ntoso', `the root element is <${root.local}>${root.namespace ? ` in ${root.namespace}` : ' in no namespace'}, not Akoma Ntoso 3.0's <akomaNtoso> in ${AKN_NAMESPACE}`, `declare xmlns="${AKN_NAMESPACE}" on an <akomaNtoso> root`)];
  }
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', aknSchemaFile(), '-'], { input: text, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) {
    return [diagnostic(file, START_OF_FILE, 'error', 'xml-validator-missing', `the Akoma Ntoso schema cannot be checked: xmllint could not be run (${(run.error as NodeJS.ErrnoException).code ?? run.error.message})`, 'install it: `apt-get install libxml2-utils` (Debian, Ubuntu), `brew install libxml2` (macOS)')];
  }
  const diagnostics: Diagnostic[] = [];
  for (const line of run.stderr.split('\n')) {
    const match = XMLLINT_LINE.exec(line);
    if (!match) continue;
    const at = Number(match[1]);
    const local = match[2]?.replace(/^\{[^}]*\}/, '');
    diagnostics.push(diagnostic(file, { line: at, col: columnOf(root, at, local) }, 'error', 'akn-schema', `not valid Akoma Ntoso 3.0: ${match[3]!.replace(/\{http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0\}/g, '')}`, 'see the Akoma Ntoso 3.0 schema (schemas/akn/akomantoso30.xsd) for what this element may hold'));
  }
  if (diagnostics.length === 0 && run.status !== 0) {
    diagnostics.push(diagnostic(file, START_OF_FILE, 'error', 'akn-schema', `xmllint refused the file (exit ${run.status}): ${run.stderr.trim().split('\n')[0] ?? ''}`, 'run `xmllint --noout --schema schemas/akn/akomantoso30.xsd FILE` to see why'));
  }
  return diagnostics;
}
