/**
 * Every source the shipped files cite has a rank: by the default ranking (schemas/source-ranks.yaml),
 * the project's source-ranks.yaml, or where it is cited. None is left for `validate` to warn about.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SourceRank, SourceRef } from '../../src/model/document.js';
import { rankSource } from '../../src/model/sources/rank-source.js';
import { sourceAddress } from '../../src/model/sources/source-address.js';
import { loadRanking } from '../../src/validate/sources/ranking-files.js';
import { yamlFiles } from '../support/yaml-files.js';

/** Every source a value cites: the entries of its summaries' `sources` and its `wordingFrom`s, at any depth. */
function citedIn(value: unknown, into: SourceRef[] = []): SourceRef[] {
  if (Array.isArray(value)) for (const item of value) citedIn(item, into);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.wordingFrom !== undefined) into.push(record.wordingFrom as SourceRef);
    const summary = record.summary as { sources?: SourceRef[] } | undefined;
    if (summary?.sources) into.push(...summary.sources);
    for (const [key, child] of Object.entries(record)) if (key !== 'wordingFrom') citedIn(child, into);
  }
  return into;
}

const ranking = loadRanking('.').ranking;
const cited = yamlFiles('resolutions').flatMap((file) => citedIn(parse(readFileSync(file, 'utf8'))));
const addresses = [...new Set(cited.map(sourceAddress))].sort();

describe('the sources cited in resolutions/', () => {
  it('are many, from every rank', () => {
    const ranks = new Set(addresses.map((address) => rankSource(address, ranking).rank));
    expect(addresses.length).toBeGreaterThan(50);
    expect([...ranks].sort()).toEqual(['government', 'other', 'press-research', 'un']);
  });

  it.each(addresses)('%s has a rank', (address) => {
    expect(rankSource(address, ranking).by).not.toBe('none');
  });

  it.each<[string, SourceRank]>([
    ['https://press.un.org/en/2017/sc12853.doc.htm', 'un'],
    ['https://www.un.org/securitycouncil/s/res/2270-%282016%29', 'un'],
    ['https://mofa.go.kr/eng/brd/m_5676/view.do?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=319086', 'government'],
    ['https://kr.usembassy.gov/113016-fact-sheet-resolution-2321-2016-strengthening-sanctions-dprk/', 'government'],
    ['https://www.reuters.com/article/us-korea-north-un-sanctions-idUSBRE9260TK20130307', 'press-research'],
    ['https://m-en.yna.co.kr/view/AEN20191217000400325', 'press-research'],
    ['https://sipri.org/node/1421', 'press-research'],
    ['https://unsanctionsapp.com/types-of-sanctions/additional-arms', 'press-research'],
    ['https://profilpelajar.com/article/UN_Security_Council_Sanctions_Committee_on_North_Korea', 'other'],
    ['https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/United_Nations_Security_Council_Resolution_1718.html', 'other'],
    ['https://bbs.wforum.com/guns/bbsviewer.php?trd_id=214296', 'other'],
    ['sources/dprk/DPRK-REGIME-FACTS.md', 'other'],
  ])('%s is ranked %s', (address, rank) => {
    expect(addresses).toContain(address);
    expect(rankSource(address, ranking).rank).toBe(rank);
  });
});
