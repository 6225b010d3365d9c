import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { clauseText } from '../../report/support/nasty-text.js';
import { ROOT } from './served-folder.js';

/** Pieces that would become markup, script, links or requests if they were ever read as HTML. */
const FIXED = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">click</a>',
  '<iframe src=x>',
  '<style>body{display:none}</style>',
  '</p><p>',
  '<!-- comment -->',
  '<textarea>',
  '&amp; &lt; &#60; &copy;',
  '[link](https://evil.example)',
  '![image](https://evil.example/x.png)',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  "'; alert(1); '",
  '决定 постановляет يقرر',
];

/** The hostile texts: the fixed ones, and a few drawn (with a fixed seed) from the report safety test's generator. */
export const HOSTILE: string[] = [...FIXED, ...fc.sample(clauseText, { seed: 1313, numRuns: 6 }).map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '')];

interface Clause {
  id: string;
  text?: string;
}

/**
 * The example revision pair, each clause ending with hostile texts (the same in both, so the
 * comparison shows them unchanged and whole), written to `folder/hostile/`.
 */
export function writeHostileDrafts(folder: string): { old: string; new: string } {
  const out = path.join(folder, 'hostile');
  mkdirSync(out, { recursive: true });
  const names = { old: 'zero-draft.yaml', new: 'rev1.yaml' };
  const read = (name: string) => parse(readFileSync(path.join(ROOT, 'examples/haiti-hypothetical-draft', name), 'utf8')) as { title?: string; preamble: Clause[]; operative: Clause[] };
  const ids = [...read(names.old).preamble, ...read(names.old).operative].filter((clause) => clause.text !== undefined).map((clause) => clause.id);
  for (const name of Object.values(names)) {
    const data = read(name);
    const clauses = [...data.preamble, ...data.operative];
    HOSTILE.forEach((text, index) => {
      const clause = clauses.find((c) => c.id === ids[index % ids.length])!;
      clause.text = `${clause.text} ${text}`;
    });
    data.title = `Hostile ${HOSTILE[0]} ${HOSTILE[2]}`;
    writeFileSync(path.join(out, name), stringify(data, { lineWidth: 0 }));
  }
  return { old: `hostile/${names.old}`, new: `hostile/${names.new}` };
}
