import type { DataPath } from './locate.js';

/** The data path a JSON Pointer (as Ajv gives `instancePath`) designates: `/operative/2/id` → ['operative', 2, 'id']. */
export function pointerPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}
