/**
 * The whole flow of bluedraft, stage by stage: the entry point of each stage, in the order the
 * data moves, with the types that go in and come out. `src/index.ts` exports this file as the
 * library; every command in `src/cli/commands/` is one or more of these stages behind options.
 *
 * ```ts
 * const loaded = await loadDocument('draft.yaml');                     // load: YAML → ResolutionDocument, every value located
 * const { diagnostics } = await validateFiles(['resolutions/']);      // validate: schema + checks → located Diagnostics
 * const { yaml } = importResolution(text, { file, format: 'text', schemaPath }); // import: an official text → YAML
 * const diff = diffResolutions(before.document, after.document);    // diff: two versions → clause changes and redlines
 * const { regime } = await loadRegime('dprk', 'resolutions/');      // consolidate: a regime's resolutions …
 * const state = consolidate(regime, '2024-01-01');                   //   … → what is in force on a date
 * const impact = assessImpact(loaded.loaded, regime);                 //   … → what a draft would change
 * const markdown = renderRegimeReport(state);                         // render: reports (Markdown) and documents
 * ```
 */

// load: a YAML file → the document, or located diagnostics
export { loadDocument, loadText, type LoadedDocument, type LoadResult } from './load/load-document.js';

// validate: files and folders → every problem, located
export { validateFiles, type ValidationResult, type ValidationOptions } from './validate/validate-files.js';

// import: an official text (plain text or Markdown) → a YAML document; Word and PDF files
// have their own readers in front of it (importDocx, importPdf: see index.ts)
export { importResolution, type ImportOptions, type ImportResult, type ImportFormat } from './import/import-resolution.js';

// diff: two versions of a resolution → what changed, clause by clause
export { diffResolutions, type DiffOptions } from './diff/diff-resolutions.js';
export { redline, type RedlineOptions } from './diff/redline.js';

// consolidate: a regime's resolutions → the regime at a date, and a draft's impact on it
export { loadRegime, type Regime, type LoadedRegime } from './consolidate/load-regime.js';
export { consolidate } from './consolidate/consolidate.js';
export { parseAsOf } from './consolidate/moment.js';
export { assessImpact, type ImpactResult } from './consolidate/impact.js';

// render: documents as text or Markdown, and the reports of diff, impact and regime
export { renderDocument, type RenderFormat, type RenderOptions, type RenderResult } from './render/document/render-document.js';
export { diffReport, impactReport, regimeReport, renderDiffReport, renderImpactReport, renderRegimeReport, stringifyReport, REDLINE_STYLES, type RedlineStyle, type DiffReportOptions, type ImpactReportOptions } from './render/report/index.js';
