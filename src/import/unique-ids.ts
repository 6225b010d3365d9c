import type { Position } from '../model/location.js';
import type { ImportReport } from './located-input.js';

/** The ids given so far in one import: a taken id is given again with a suffix, and the reader told. */
export class UniqueIds {
  private readonly used = new Set<string>();

  constructor(private readonly report: ImportReport) {}

  take(id: string, at: number | Position): string {
    if (!this.used.has(id)) {
      this.used.add(id);
      return id;
    }
    let k = 2;
    while (this.used.has(`${id}_${k}`)) k++;
    this.report.add(at, 'warning', 'import-duplicate-id', `the id \`${id}\` is already taken (a duplicate number?); this clause gets \`${id}_${k}\``, 'check the numbering, then rename the id if you like: ids never change once others refer to them');
    this.used.add(`${id}_${k}`);
    return `${id}_${k}`;
  }
}
