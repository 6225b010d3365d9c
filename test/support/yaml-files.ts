import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every YAML file under `folder`, at any depth, in a stable order. */
export function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}
