import type { Node } from 'yaml';
import { JsYamlPositions } from '../../load/js-yaml-positions.js';
import { parseWithJsYaml } from '../../load/parse-with-js-yaml.js';
import { yamlLibrary } from '../../load/yaml-library.js';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../../load/diagnostic.js';
import type { SourceRank } from '../../model/document.js';
import { SOURCE_RANKS } from '../../model/sources/rank-words.js';
import type { RankingEntry, SourceRanking } from '../../model/sources/source-ranking.js';

const CODE = 'bad-source-ranks';
const LISTS = ['domains', 'references'] as const;
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const FORM = 'each rank (un, government, press-research, other) holds `domains:` and/or `references:`, each a list of strings';

/**
 * A ranking file (schemas/source-ranks.yaml, or a project's source-ranks.yaml) read into a
 * ranking, with a located problem for each entry it cannot take. An entry it cannot take is left
 * out; the rest of the file still counts.
 */
export function readRanking(file: string, text: string): { ranking: SourceRanking; problems: Diagnostic[] } {
  const clean = cleanRanking(file, text);
  return clean ? { ranking: clean, problems: [] } : readRankingWithYaml(file, text);
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A ranking file with nothing to report, read the cheap way (js-yaml, and positions only for
 * each entry's line; see `parseWithJsYaml`); undefined at the first thing out of the plain
 * form, and the file is then read with `yaml` (`readRankingWithYaml`), which locates every
 * problem. A project's source-ranks.yaml is read on every run: this keeps `yaml` out of it.
 */
function cleanRanking(file: string, text: string): SourceRanking | undefined {
  const data = parseWithJsYaml(text);
  const positions = data && JsYamlPositions.read(text);
  if (!data || !positions) return undefined;
  const ranking: SourceRanking = { domains: [], references: [] };
  const seen = new Map<string, string>();
  for (const [rank, lists] of Object.entries(data)) {
    if (!(SOURCE_RANKS as readonly string[]).includes(rank) || !isPlainMap(lists)) return undefined;
    for (const [name, items] of Object.entries(lists)) {
      if (!(LISTS as readonly string[]).includes(name) || !Array.isArray(items)) return undefined;
      for (const [index, item] of items.entries()) {
        const pattern = typeof item === 'string' ? item.trim() : '';
        if (pattern === '' || (name === 'domains' && !DOMAIN.test(pattern))) return undefined;
        const earlier = seen.get(`${name} ${pattern}`);
        if (earlier !== undefined && earlier !== rank) return undefined;
        seen.set(`${name} ${pattern}`, rank);
        ranking[name as (typeof LISTS)[number]].push({ rank: rank as SourceRank, pattern, file, line: positions.value([rank, name, index]).line });
      }
    }
  }
  return ranking;
}

/** A ranking file read with `yaml`, every problem located. */
function readRankingWithYaml(file: string, text: string): { ranking: SourceRanking; problems: Diagnostic[] } {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]) : START_OF_FILE);
  const problems: Diagnostic[] = document.errors.map((error) => diagnostic(file, lineCounter.linePos(error.pos[0]), 'error', CODE, `this is not valid YAML (${error.message.split('\n')[0]})`, 'check the indentation and quotes'));
  const ranking: SourceRanking = { domains: [], references: [] };
  if (problems.length > 0 || document.contents === null) return { ranking, problems };
  const root = document.contents;
  if (!isMap(root)) return { ranking, problems: [diagnostic(file, at(root), 'error', CODE, 'a ranking file is a mapping from ranks to lists', FORM)] };
  const seen = new Map<string, RankingEntry>();
  for (const pair of root.items) {
    const rank = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(SOURCE_RANKS as readonly string[]).includes(rank)) {
      problems.push(diagnostic(file, at(pair.key as Node), 'error', CODE, `"${rank}" is not a rank`, `use one of ${SOURCE_RANKS.join(', ')}`));
      continue;
    }
    if (!isMap(pair.value)) {
      if (pair.value !== null) problems.push(diagnostic(file, at(pair.value as Node), 'error', CODE, `the rank ${rank} should hold \`domains:\` and/or \`references:\``, FORM));
      continue;
    }
    for (const list of pair.value.items) {
      const name = isScalar(list.key) ? String(list.key.value) : '';
      if (!(LISTS as readonly string[]).includes(name)) {
        problems.push(diagnostic(file, at(list.key as Node), 'error', CODE, `"${name}" is not a list a rank holds`, 'use `domains:` (web sites) or `references:` (the start of a document reference)'));
        continue;
      }
      if (list.value === null) continue;
      if (!isSeq(list.value)) {
        problems.push(diagnostic(file, at(list.value as Node), 'error', CODE, `\`${name}\` should be a list`, FORM));
        continue;
      }
      for (const item of list.value.items) {
        const position = at(item as Node);
        const pattern = isScalar(item) && typeof item.value === 'string' ? item.value.trim() : '';
        if (pattern === '') {
          problems.push(diagnostic(file, position, 'error', CODE, `each entry of \`${name}\` is a non-empty string`, name === 'domains' ? 'write the domain alone, e.g. `- reuters.com`' : 'write the start of the reference, e.g. `- S/RES/`'));
          continue;
        }
        if (name === 'domains' && !DOMAIN.test(pattern)) {
          problems.push(diagnostic(file, position, 'error', CODE, `"${pattern}" is not a domain`, 'write the domain alone, lower-case, without "https://" or a path, e.g. `- reuters.com`'));
          continue;
        }
        const key = `${name} ${pattern}`;
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier.rank !== rank) {
          problems.push(diagnostic(file, position, 'error', CODE, `"${pattern}" is ranked ${earlier.rank} already (line ${earlier.line})`, 'rank each domain or reference once in a file'));
          continue;
        }
        const entry: RankingEntry = { rank: rank as SourceRank, pattern, file, line: position.line };
        seen.set(key, entry);
        ranking[name as (typeof LISTS)[number]].push(entry);
      }
    }
  }
  return { ranking, problems };
}
