import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const DRAFT = `kind: draft
status: circulated
language: en
completeness: full
dates: { circulated: 2020-01-01 }
preamble:
  - id: pp_1
    text: Recalling its resolutions,
operative:
  - id: op_1
    number: 1
    text: Decides one thing;
  - id: op_2
    number: 2
    text: Decides that the measures in paragraphs 2 to 9 above shall apply;
`;

describe('fmt and a range of paragraphs the text does not have', () => {
  it('leaves "paragraphs 2 to 9" as written in a two-paragraph draft (it used to shrink it to "2 to 2") and says why', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-fmt-range-'));
    writeFileSync(path.join(folder, 'draft.yaml'), DRAFT);
    const run = await runCli(['fmt', 'draft.yaml'], { cwd: folder });
    expect(readFileSync(path.join(folder, 'draft.yaml'), 'utf8')).toContain('paragraphs 2 to 9 above');
    expect(run.stdout + run.stderr).toMatch(/draft\.yaml:15:\d+\s+error\s+.*the text has no paragraphs 3 to 9, so the range is left as written\s+\[dangling-reference\]/);
  });
});
