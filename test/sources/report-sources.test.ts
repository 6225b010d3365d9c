/**
 * Reports show each source with its rank, UN sources first, and a source of rank `other` as
 * "unverified source"; official wording copied from a site that is not the UN says whose copy it is.
 * Both the Markdown reports and the text output (the golden reports show the shipped DPRK files).
 */
import { describe, expect, it } from 'vitest';
import type { Wording } from '../../src/consolidate/types.js';
import { wordingLines } from '../../src/render/report/regime/consolidation-lines.js';
import { stringifyReport } from '../../src/render/report/lib/stringify.js';
import { wordingBlocks } from '../../src/render/report/regime/wording.js';

const summary: Wording = {
  kind: 'summary',
  text: 'Establishes the Committee.',
  sources: ['https://lavender.5ch.net/test/read.cgi/x', 'https://www.reuters.com/a', { ref: 'https://example.org/gazette', rank: 'government' }, 'https://press.un.org/en/2006/sc8853.doc.htm'],
  status: 'confirmed',
};
const copied: Wording = { kind: 'text', text: 'Decides that:', from: 'https://profilpelajar.com/article/x' };

describe('sources in the Markdown reports', () => {
  it('are listed UN first, then by rank, each with its rank; rank other as unverified', () => {
    const markdown = stringifyReport({ type: 'root', children: wordingBlocks(summary) });
    expect(markdown).toContain('Sources: [press.un.org](https://press.un.org/en/2006/sc8853.doc.htm) (UN source); [example.org](https://example.org/gazette) (government source); [reuters.com](https://www.reuters.com/a) (press or research source); [lavender.5ch.net](https://lavender.5ch.net/test/read.cgi/x) (unverified source).');
  });

  it('label official wording taken from a copy that is not the UN', () => {
    expect(stringifyReport({ type: 'root', children: wordingBlocks(copied) })).toContain('_Official wording as reproduced by profilpelajar.com (unverified source):_');
    expect(stringifyReport({ type: 'root', children: wordingBlocks({ kind: 'text', text: 'Decides that:', from: 'https://www.un.org/x' }) })).toContain('_Official wording:_');
  });
});

describe('sources in the text output', () => {
  it('are listed UN first, each with its rank; rank other as unverified', () => {
    expect(wordingLines(summary).at(-1)).toBe('  sources: https://press.un.org/en/2006/sc8853.doc.htm (UN source); https://example.org/gazette (government source); https://www.reuters.com/a (press or research source); https://lavender.5ch.net/test/read.cgi/x (unverified source)');
  });

  it('label official wording taken from a copy that is not the UN', () => {
    expect(wordingLines(copied)[0]).toBe('official wording as reproduced by profilpelajar.com (unverified source): Decides that:');
  });
});
