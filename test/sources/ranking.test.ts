import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankSource } from '../../src/model/sources/rank-source.js';
import { registrableDomain } from '../../src/model/sources/registrable-domain.js';
import { readRanking } from '../../src/validate/sources/read-ranking.js';
import { defaultRankingFile, loadRanking } from '../../src/validate/sources/ranking-files.js';

const ranking = (text: string) => readRanking('ranks.yaml', text);

describe('the ranking by address', () => {
  const { ranking: table } = ranking('un:\n  domains: [un.org]\n  references: ["S/"]\nother:\n  domains: [blogspot.com, evil.un.org]\n');

  it('ranks a site and its subdomains by domain, never a domain that merely ends alike', () => {
    expect(rankSource('https://press.un.org/en/2017/sc12853.doc.htm', table)).toMatchObject({ rank: 'un', by: 'ranking' });
    expect(rankSource('HTTP://WWW.UN.ORG/press', table).rank).toBe('un');
    expect(rankSource('https://sun.org/x', table)).toMatchObject({ rank: 'other', by: 'none' });
    expect(rankSource('https://un.org.example.com/x', table).by).toBe('none');
  });

  it('lets the longest matching entry win, so a subdomain can be ranked apart', () => {
    expect(rankSource('https://evil.un.org/page', table).rank).toBe('other');
  });

  it('ranks a document reference by how it starts, and a rank set where it is cited wins', () => {
    expect(rankSource('S/RES/1718 (2006)', table).rank).toBe('un');
    expect(rankSource('sources/dprk/register.md', table).by).toBe('none');
    expect(rankSource({ ref: 'https://un-report.blogspot.com/2017/', rank: 'press-research' }, table)).toMatchObject({ rank: 'press-research', by: 'cited' });
    expect(rankSource({ ref: 'https://un-report.blogspot.com/2017/' }, table)).toMatchObject({ rank: 'other', by: 'ranking' });
  });

  it('reads registrable domains under country codes that register at the third level', () => {
    expect(registrableDomain('m-en.yna.co.kr')).toBe('yna.co.kr');
    expect(registrableDomain('mofa.go.kr')).toBe('mofa.go.kr');
    expect(registrableDomain('in.reuters.com')).toBe('reuters.com');
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('de.wiki.li')).toBe('wiki.li');
  });
});

describe('ranking files', () => {
  it('point at each entry they cannot take, and keep the others', () => {
    const { ranking: table, problems } = ranking('un:\n  domains:\n    - un.org\n    - https://www.un.org/\nofficial:\n  domains: [gov.uk]\nother:\n  domains: [un.org]\n  sites: [x.org]\n');
    expect(problems.map((p) => [p.line, p.col, p.severity, p.code])).toEqual([
      [4, 7, 'error', 'bad-source-ranks'],
      [5, 1, 'error', 'bad-source-ranks'],
      [8, 13, 'error', 'bad-source-ranks'],
      [9, 3, 'error', 'bad-source-ranks'],
    ]);
    expect(problems[0]!.message).toContain('"https://www.un.org/" is not a domain');
    expect(problems[1]!.message).toContain('"official" is not a rank');
    expect(problems[2]!.message).toContain('"un.org" is ranked un already (line 3)');
    expect(table.domains.map((entry) => `${entry.rank} ${entry.pattern}`)).toEqual(['un un.org']);
  });

  it('say where YAML that does not parse goes wrong', () => {
    const { problems } = ranking('un:\n  domains: [un.org\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'ranks.yaml', severity: 'error', code: 'bad-source-ranks' });
  });

  it('a clean file, however it is written, gives each entry the line it is on', () => {
    const text = '# ranks\nun:\n  domains:\n    - un.org   # the UN\n\n    - "ohchr.org"\n  references: [\'S/\',\n    A/]\nother: {domains: [blogspot.com]}\n';
    const { ranking: table, problems } = ranking(text);
    expect(problems).toEqual([]);
    const lines = text.split('\n');
    const entries = [...table.domains, ...table.references];
    expect(entries.map((entry) => entry.pattern).sort()).toEqual(['A/', 'S/', 'blogspot.com', 'ohchr.org', 'un.org']);
    for (const entry of entries) expect(lines[entry.line - 1]).toContain(entry.pattern);
  });

  it('the default is shipped, complete and without problems', () => {
    const file = defaultRankingFile();
    expect(file).toBeDefined();
    const { ranking: table, problems } = loadRanking(mkdtempSync(path.join(tmpdir(), 'ranks-none-')), file);
    expect(problems).toEqual([]);
    for (const rank of ['un', 'government', 'press-research', 'other']) expect(table.domains.some((entry) => entry.rank === rank)).toBe(true);
  });

  it('a project file in the folder bluedraft runs from, or above it, extends the default and wins over it', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'ranks-project-'));
    writeFileSync(path.join(project, 'source-ranks.yaml'), 'press-research:\n  domains: [blogspot.com, example-institute.org]\n  references: [sources/]\n');
    mkdirSync(path.join(project, 'resolutions'));
    const { ranking: table, problems } = loadRanking(path.join(project, 'resolutions'));
    expect(problems).toEqual([]);
    expect(rankSource('https://example-institute.org/a', table).rank).toBe('press-research');
    expect(rankSource('https://un-report.blogspot.com/2017/', table).rank).toBe('press-research');
    expect(rankSource('sources/dprk/AP.txt', table).rank).toBe('press-research');
    expect(rankSource('https://press.un.org/en/x', table).rank).toBe('un');
  });

  it('a problem in the project file is located in it', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'ranks-bad-'));
    writeFileSync(path.join(project, 'source-ranks.yaml'), 'press-research:\n  domains: [Reuters]\n');
    const { problems } = loadRanking(project);
    expect(problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.col} ${p.code}`)).toEqual(['source-ranks.yaml:2:13 bad-source-ranks']);
  });
});
