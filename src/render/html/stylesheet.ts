/**
 * The stylesheet of bluedraft's HTML: the reports (diff, impact, regime) and a resolution in UN
 * layout. A TS module, so a bundle carries it with nothing to copy: a report file inlines it in a
 * <style> element, the workbench serves it as a file (its Content-Security-Policy forbids
 * inline styles). No web fonts: the stacks name fonts a reader's system has, with ones for
 * Chinese, Russian (Cyrillic) and Arabic. The redline is marked by line and colour both, so it
 * shows in black and white; the print rules keep rows and paragraphs whole, number the pages and
 * show where links lead.
 */
export const HTML_STYLESHEET = `:root {
  --text: #1a1a1a;
  --muted: #555;
  --rule: #c8c8c8;
  --band: #f3f4f6;
  --accent: #1d4f8a;
  --delete: #a3161a;
  --delete-bg: #fde8e8;
  --insert: #0b5d1e;
  --insert-bg: #e3f4e6;
  --serif: "Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Naskh Arabic", "Amiri", "Traditional Arabic", serif;
  --sans: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans Arabic", "Noto Naskh Arabic", "Arabic Typesetting", sans-serif;
  color-scheme: light;
}
html { color: var(--text); background: #fff; font-family: var(--sans); font-size: 16px; line-height: 1.5; }
body { margin: 0; padding: 1.5rem; }
main, .resolution { max-width: 60rem; margin: 0 auto; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
p, li, td, th, blockquote, figcaption { overflow-wrap: break-word; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-inline-start: 4px solid var(--rule); background: var(--band); }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.95rem; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: start; vertical-align: top; }
thead th { background: var(--band); }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0 1rem; }
code, pre { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; background: var(--band); padding: 0.75rem; }
del, .redline-delete { color: var(--delete); background: var(--delete-bg); text-decoration: line-through; text-decoration-thickness: 2px; }
ins, .redline-insert { color: var(--insert); background: var(--insert-bg); text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.footnotes { margin-top: 2rem; font-size: 0.9rem; border-top: 1px solid var(--rule); }
figure.timeline { margin: 1rem 0; }
figure.timeline figcaption { font-weight: bold; margin-bottom: 0.5rem; }
svg.timeline-chart { display: block; max-width: 100%; height: auto; direction: ltr; font-family: var(--sans); }
details.timeline-data { margin-top: 0.5rem; font-size: 0.9rem; }
/* A resolution in UN layout. */
.resolution { font-family: var(--serif); font-size: 1.05rem; }
.resolution header { text-align: center; margin-bottom: 1.5rem; }
.resolution .symbol { text-align: end; font-family: var(--sans); font-size: 0.95rem; margin: 0 0 1rem; }
.resolution h1 { font-size: 1.4rem; font-weight: bold; margin: 0 0 0.25rem; }
.resolution .adopted, .resolution .header-line { margin: 0.25rem 0; font-style: italic; }
.resolution .document-title { font-family: var(--sans); font-size: 1rem; font-weight: normal; color: var(--muted); border: 0; margin: 0.5rem 0 0; }
.resolution .notice { font-family: var(--sans); font-size: 0.9rem; margin: 1rem 0; }
.resolution .opening { margin: 1.5rem 0 1rem; text-indent: 2.5rem; }
.resolution .preamble { text-indent: 2.5rem; margin: 0 0 0.8rem; }
.resolution .paragraph { display: flex; gap: 0; margin: 0 0 0.8rem; }
.resolution .paragraph > .num { flex: 0 0 2.5rem; }
.resolution .paragraph > .words { flex: 1 1 auto; min-width: 0; }
.resolution .subparagraph { margin-inline-start: calc(2.5rem * var(--depth, 1)); }
.resolution .depth-1 { --depth: 1; }
.resolution .depth-2 { --depth: 2; }
.resolution .depth-3 { --depth: 3; }
.resolution .depth-4 { --depth: 4; }
.resolution .subparagraph > .num { flex-basis: 2.5rem; }
.resolution .part, .resolution .annex { text-align: center; border: 0; font-size: 1.15rem; margin: 2rem 0 0.5rem; }
.resolution .part-title, .resolution .annex-title, .resolution .clause-heading { text-align: center; font-size: 1.05rem; margin: 0.5rem 0 1rem; }
.resolution .annex-item { margin: 0 0 0.6rem; }
.resolution .annex-item.depth-1 { margin-inline-start: 2.5rem; }
.resolution .annex-item.depth-2 { margin-inline-start: 5rem; }
.resolution .vote { margin-top: 1.5rem; font-style: italic; }
.resolution .summary-mark, .resolution .clause-mark { font-family: var(--sans); font-size: 0.9em; color: var(--muted); }
.resolution a.citation { color: inherit; text-decoration: underline dotted; }
.resolution .bracket-note { font-size: 0.75em; vertical-align: super; }
@media (max-width: 40rem) {
  body { padding: 0.75rem; }
  .resolution .paragraph > .num { flex-basis: 2rem; }
}
@media print {
  @page {
    size: A4;
    margin: 18mm 16mm 20mm;
    @bottom-center { content: counter(page) " / " counter(pages); font-family: var(--sans); font-size: 9pt; color: #444; }
  }
  html { font-size: 11pt; }
  body { padding: 0; }
  main, .resolution { max-width: none; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: break-word; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  tr, li, blockquote, figure, .preamble, .paragraph, .annex-item { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  thead { display: table-header-group; }
  del, .redline-delete, ins, .redline-insert { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  del, .redline-delete { text-decoration: line-through double; }
  ins, .redline-insert { text-decoration: underline; text-decoration-thickness: 1.5px; }
  svg.timeline-chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details.timeline-data { display: none; }
}
`;
