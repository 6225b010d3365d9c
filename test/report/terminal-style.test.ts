import { describe, expect, it } from 'vitest';
import { paint } from '../../src/render/report/lib/terminal-style.js';

describe('paint', () => {
  it('styles text only when colour is wanted, whatever stream Node would check', () => {
    expect(paint('error', 'error', true)).toBe('\x1b[31merror\x1b[39m');
    expect(paint('deleted', 'shall', true)).toBe('\x1b[31m\x1b[9mshall\x1b[29m\x1b[39m');
    expect(paint('title', 'Comparing', false)).toBe('Comparing');
  });
});
