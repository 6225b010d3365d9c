/** `--format html` on the command line: diff (and its --base and --regime comparisons), impact, regime. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';

const ZERO = 'examples/haiti-hypothetical-draft/zero-draft.yaml';
const REV1 = 'examples/haiti-hypothetical-draft/rev1.yaml';

describe('--format html', () => {
  it.each([
    ['diff', ['diff', ZERO, REV1], 'Changes from the draft (zero draft) of 13 October 1993 to the draft (rev.1) of 13 October 1993'],
    ['diff --base', ['diff', '--base', ZERO, REV1, REV1], 'against their base'],
    ['diff --regime', ['diff', '--regime', 'haiti', ZERO, REV1], 'against the Haiti regime in force'],
    ['impact', ['impact', 'resolutions/haiti/S-RES-861-1993.yaml'], 'What resolution 861 (1993) of 27 August 1993 would do to the Haiti sanctions regime'],
    ['regime', ['regime', 'haiti', '--as-of', '1993-10-19'], 'The Haiti sanctions regime as of 19 October 1993'],
  ])('%s prints one HTML page, titled by its heading', async (_name, args, title) => {
    const run = await runCli([...args, '--format', 'html']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.startsWith('<!doctype html><html lang="en" dir="ltr">')).toBe(true);
    expect(run.stdout.endsWith('</html>\n')).toBe(true);
    const heading = /<h1[^>]*>(.*?)<\/h1>/.exec(run.stdout)![1]!.replace(/<[^>]+>/g, '');
    expect(heading).toContain(title);
    expect(run.stdout).toContain(`<title>${heading}</title>`);
  });

  it.each(['diff', 'impact', 'regime'])('%s --help offers it', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.stdout).toMatch(/html/);
  });

  it('refuses --redline, which is for the Markdown report', async () => {
    const run = await runCli(['diff', ZERO, REV1, '--format', 'html', '--redline', 'plain']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--redline applies to the Markdown report only/);
  });
});
