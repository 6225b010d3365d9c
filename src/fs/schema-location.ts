import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathFrom } from './path-from.js';

/** The schema shipped with bluedraft: found upwards from this module, wherever the build put it. */
export function schemaFile(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(folder, 'schemas', 'resolution.schema.json');
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) return path.resolve('schemas', 'resolution.schema.json');
    folder = parent;
  }
}

/** The `$schema` path for a YAML file in `folder`. */
export function schemaPathFrom(folder: string): string {
  return pathFrom(folder, schemaFile());
}
