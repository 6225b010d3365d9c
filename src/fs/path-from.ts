import path from 'node:path';

/** `target` as a YAML file in `folder` names it: relative, with forward slashes, as editors expect. */
export function pathFrom(folder: string, target: string): string {
  return path.relative(folder, target).split(path.sep).join('/');
}
