import { diagnostic, type Diagnostic } from '../../load/diagnostic.js';
import type { XmlProblem } from './parse-xml.js';

/** Why `parseXml` refused a text, as an error located in `file`. */
export function xmlProblemDiagnostic(file: string, problem: XmlProblem): Diagnostic {
  const { line, col, code, message, hint } = problem;
  return diagnostic(file, { line, col }, 'error', code, message, hint);
}
