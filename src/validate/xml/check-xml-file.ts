import { readFile, stat } from 'node:fs/promises';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../../load/diagnostic.js';
import { pathProblem } from '../../load/path-problem.js';
import { MAX_FILE_BYTES } from '../../load/read-source.js';
import { checkAknSchema } from './check-akn-schema.js';

/** Reads an .xml file (UTF-8, within the size limit of resolution files) and checks it against the Akoma Ntoso 3.0 schema. */
export async function checkXmlFile(file: string): Promise<Diagnostic[]> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES) return [diagnostic(file, START_OF_FILE, 'error', 'file-too-large', `file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`)];
    bytes = await readFile(file);
  } catch (error) {
    return [pathProblem(file, error)];
  }
  let text: string;
  try {
    // The decoder drops a leading byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [diagnostic(file, START_OF_FILE, 'error', 'encoding', 'the file is not valid UTF-8 text', 'save it as UTF-8')];
  }
  return checkAknSchema(file, text);
}
