import fc from 'fast-check';

/**
 * Pieces of text that mean something to Markdown, GFM, HTML or Mermaid, and that a clause, a
 * summary or a name may nevertheless contain.
 */
const NASTY = [
  '|', '*', '**', '_', '__', '<', '>', '`', '```', '~', '~~', '~~~', '[', ']', '(', ')', '!', '#', '# ', '## ', '\\', '&', '+ ', '- ', '1. ', '1) ', '> ',
  '\n', '\n\n', '\n# ', '\n- ', '\n* ', '\n1. ', '\n> ', '\n---\n', '\n===\n', '\n    indented', '\n```\n', '\t', '    ',
  '&amp;', '&lt;', '&#60;', '&#x3C;', '&copy;', '&nbsp;',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="https://evil.example">', '</a>', '<b>', '<del>', '</del>', '<ins>', '</ins>', '<br>', '<p>', '</p>',
  '<div>', '<table>', '<textarea>', '<style>', '<iframe src=x>', '<!--', '-->', '<!-- comment -->', '<?php ?>', '<![CDATA[x]]>', '<xmp>', '<plaintext>',
  '[link](https://evil.example)', '![image](https://evil.example/x.png)', '[ref]', '[ref]: https://evil.example', '[^1]', '[^1]: note', '<https://evil.example>',
  'https://evil.example/path?q=1', 'http://evil.example', 'www.evil.example', 'ftp://evil.example', 'javascript:alert(1)', 'user@evil.example', 'mailto:user@evil.example',
  '- [ ] task', '| --- |', '|a|b|', ':', ';', '%%', '%', '$', '{', '}', '^', '"', "'", '=', '@', '.', ',', '…', '«', '»', '“', '”', '\u00a0', '\u2028',
  'Decides', 'Calls upon', '8 (a) (iii)', 'S/RES/841 (1993)', '2359 hours EST', '[optional | alternative]',
];

/** No C0 controls other than tab and line feed: YAML cannot carry them, so no clause holds them. */
const YAML_PRINTABLE = /^[\t\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.constantFrom('the', 'measures', 'paragraph', 'States', 'shall', 'prevent', 'Haiti', 'Décide', '决定', 'постановляет', 'يقرر', ' ') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
);

/** Arbitrary clause text: anything a YAML file can hold, with at least one visible character. */
export const clauseText = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.join(''))
  .filter((text) => YAML_PRINTABLE.test(text) && /[^ \t\n\u00a0\u2028]/.test(text));
