import { describe, expect, it } from 'vitest';
import type { SourceRank } from '../../src/model/document.js';
import type { RankedSource } from '../../src/model/sources/rank-source.js';
import { claimsMore, supportedStatus } from '../../src/model/sources/source-support.js';

const source = (address: string, rank: SourceRank): RankedSource => ({ address, rank, by: 'cited' });

describe('what the sources support', () => {
  it('a UN or a government source confirms a fact on its own', () => {
    expect(supportedStatus([source('https://press.un.org/a', 'un')])).toBe('confirmed');
    expect(supportedStatus([source('https://5ch.net/t', 'other'), source('https://mofa.go.kr/x', 'government')])).toBe('confirmed');
  });

  it('two press-research sources confirm it only when they are of different publishers', () => {
    expect(supportedStatus([source('https://www.reuters.com/a', 'press-research'), source('https://m-en.yna.co.kr/b', 'press-research')])).toBe('confirmed');
    expect(supportedStatus([source('https://www.reuters.com/a', 'press-research'), source('http://in.reuters.com/b', 'press-research')])).toBe('partly');
    expect(supportedStatus([source('https://www.reuters.com/a', 'press-research')])).toBe('partly');
  });

  it('sources of rank other, however many, leave it unconfirmed', () => {
    expect(supportedStatus([source('https://5ch.net/t', 'other'), source('https://profilpelajar.com/a', 'other'), source('https://bbs.wforum.com/b', 'other')])).toBe('unconfirmed');
    expect(supportedStatus([])).toBe('unconfirmed');
  });

  it('a status claims more only when it is stronger than the support', () => {
    expect(claimsMore('confirmed', 'partly')).toBe(true);
    expect(claimsMore('partly', 'unconfirmed')).toBe(true);
    expect(claimsMore('partly', 'partly')).toBe(false);
    expect(claimsMore('unconfirmed', 'confirmed')).toBe(false);
  });
});
