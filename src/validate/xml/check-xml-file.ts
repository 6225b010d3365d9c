import type { Diagnostic } from '../../load/diagnostic.js';
import { readTextFile } from '../../load/read-text-file.js';
import { checkAknSchema } from './check-akn-schema.js';

/** Reads an .xml file (UTF-8, within the size limit of resolution files) and checks it against the Akoma Ntoso 3.0 schema. */
export function checkXmlFile(file: string): Promise<Diagnostic[]> {
  // The decoder drops a leading byte-order mark.
  const read = readTextFile(file);
  return Promise.resolve(read.ok ? checkAknSchema(file, read.text) : [read.diagnostic]);
}
