/**
 * The workbench's own stylesheet, served as /assets/workbench.css after the reports' and
 * resolutions' (src/render/html/stylesheet.ts, /assets/bluedraft.css): navigation, toolbars,
 * the side-by-side rows, badges, the citation pop-ups, the source view. A string here, for the
 * same reason as APP_JS. System fonts only; nothing is fetched. Print drops the controls.
 */
export const STYLE_CSS = String.raw`
:root {
  --ink: #1b1f24; --muted: #555d66; --line: #c9d1d9; --paper: #ffffff; --band: #f4f6f8;
  --del: #8b0000; --del-bg: #fde8e8; --ins: #0b5a1f; --ins-bg: #e3f5e6; --accent: #0b4f8a; --warn: #7a4b00; --err: #a00000;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "PingFang SC", "Microsoft YaHei", "Source Han Sans", "WenQuanYi Micro Hei", "DejaVu Sans", Arial, sans-serif;
  color: var(--ink); background: var(--paper); line-height: 1.5;
}
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 10; }
header.top { display: flex; gap: 2rem; align-items: center; padding: .5rem 1.5rem; background: #0b2540; color: #fff; }
header.top a { color: #fff; }
header.top ul { display: flex; gap: 1.5rem; list-style: none; margin: 0; padding: 0; }
header.top .brand { font-weight: 700; margin: 0; }
[aria-current=page] { text-decoration-thickness: 3px; }
main { padding: 1rem 1.5rem 3rem; max-width: 90rem; margin: 0 auto; }
footer { padding: .5rem 1.5rem; color: var(--muted); border-top: 1px solid var(--line); font-size: .9rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: start; vertical-align: top; }
th { background: var(--band); }
.ok { color: var(--ins); } .warning { color: var(--warn); } .error { color: var(--err); }
.toolbar { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; padding: .5rem .75rem; background: var(--band); border: 1px solid var(--line); margin: .5rem 0 1rem; }
.toolbar form { display: flex; gap: .5rem; align-items: center; margin: 0; }
button, input[type=submit] { font: inherit; padding: .25rem .75rem; }
select, input { font: inherit; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .4rem; border-radius: .6rem; border: 1px solid currentColor; margin-inline-end: .3rem; white-space: nowrap; }
.badge.moved, .badge.renumbered { color: #5a2d8a; } .badge.split, .badge.merged { color: #7a4b00; }
.badge.added { color: var(--ins); } .badge.removed, .badge.weakened { color: var(--del); } .badge.reworded { color: var(--accent); } .badge.strengthened { color: #0b5a5a; }
.rows { border-top: 1px solid var(--line); }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; border-bottom: 1px solid var(--line); padding: .5rem 0; }
.row.inline { grid-template-columns: 1fr; }
.row.unchanged { color: var(--muted); }
.row[data-change]:focus { background: #fff8db; }
.row .meta { grid-column: 1 / -1; font-size: .9rem; }
.side p { margin: .2rem 0; }
.side.empty { color: var(--muted); font-style: italic; }
.sub { margin-inline-start: 2rem; }
.force { border-inline-start: 4px solid var(--del); padding-inline-start: .75rem; }
.cite { position: relative; }
.cite .wording { display: none; position: absolute; inset-inline-start: 0; top: 1.6em; z-index: 5; width: min(32rem, 80vw); padding: .5rem .75rem; background: #fffdf2; color: var(--ink); border: 1px solid #b9a650; box-shadow: 0 2px 8px rgba(0,0,0,.2); font-family: system-ui, sans-serif; font-size: .9rem; text-indent: 0; }
.cite:hover .wording, .cite:focus .wording, .cite:focus-within .wording { display: block; }
.source { font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; font-size: .85rem; width: 100%; }
.source td { border: none; padding: 0 .5rem; white-space: pre-wrap; }
.source td.n { color: var(--muted); text-align: end; width: 4rem; user-select: none; }
.source tr.problem { background: #fff1f0; }
.source .note { font-family: system-ui, sans-serif; font-weight: 600; }
.drop { border: 2px dashed var(--line); padding: 2rem; text-align: center; }
.drop.dragging { border-color: var(--accent); background: #eef5fc; }
.label-summary { color: var(--muted); font-style: italic; }
pre { white-space: pre-wrap; }
@media (max-width: 50rem) { .row { grid-template-columns: 1fr; } }
@media print {
  header.top, footer, .toolbar, .skip, nav { display: none; }
  main { max-width: none; padding: 0; }
  .row { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .cite .wording { display: none !important; }
}
`;
