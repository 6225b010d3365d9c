import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` library, loaded when first needed. A clean file is read with js-yaml and never
 * needs it (see `parseWithJsYaml`); only a file with a problem is read again with `yaml` for
 * positions. Loading it on demand keeps a third of the validate bundle out of the start of every
 * run: `bluedraft validate` of one clean file starts that much sooner.
 */
export function yamlLibrary(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}
