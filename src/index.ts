// The library: the pipeline's entry points (src/pipeline.ts shows the flow), the model's types,
// and the helpers a program working on the YAML format needs. Internals stay in their modules.
export * from './pipeline.js';

// the model: every type of a document, and the format's vocabularies
export type * from './model/document.js';
export { MEASURE_KINDS, COMMODITY_MEASURES, COMMODITIES, describeMeasure, type MeasureKind, type Commodity, type MeasureCode } from './model/measures.js';
export { parseCitation, formatCitation, citationOf, type ResolutionCitation } from './model/citation.js';
export { parseParagraphPath, formatParagraphPath, type ParagraphPath } from './model/paragraph-path.js';
export type { Diagnostic, Severity } from './load/diagnostic.js';
export { MEASURE_STATUSES, IMPACT_CATEGORIES } from './consolidate/types.js';
export type * from './consolidate/types.js';
export { DIFF_VERSION, CLAUSE_CHANGE_KINDS } from './diff/types.js';
export type * from './diff/types.js';

// text: citations and negotiation brackets
export { parseCitations, type ParsedCitation, type CitationDoubt } from './text/parse-citations.js';
export { scanBrackets, type BracketSpan, type BracketScan } from './text/brackets.js';
export { cleanBrackets, agreedChoice } from './text/clean-brackets.js';

// edit: formatting and new drafts
export { formatSource, type FormattedSource } from './edit/format-source.js';
export { formatFile, type FileFormatting, type FormatOptions, type FormatStatus } from './edit/format-file.js';
export { newDraft, type DraftOptions } from './edit/new-draft.js';

// render as HTML: reports and resolutions as web pages (docs/html.md)
export { reportHtml } from './render/html/report-html.js';
export { reportToHast } from './render/html/report-to-hast.js';
export { resolutionToHast, type ResolutionHastOptions, type ResolutionHastResult } from './render/html/resolution-to-hast.js';
export { htmlPage, type HtmlPageOptions } from './render/html/html-page.js';
export { stringifyHtml } from './render/html/stringify-html.js';
export { HTML_STYLESHEET } from './render/html/stylesheet.js';
export type { CitationInText, CitationHref } from './render/html/citation-link.js';

// render as Word: resolutions, comparisons with tracked changes, reports (docs/word-output.md)
export { resolutionDocx, type DocxResult } from './render/docx/resolution-docx.js';
export { comparisonDocx, type ComparisonOptions } from './render/docx/diff/comparison-docx.js';
export { reportDocx } from './render/docx/report/report-docx.js';

// import a Word file: numbering as printed, tracked changes, comments (docs/import-docx.md)
export { importDocx } from './import/docx/import-docx.js';
// import a PDF in the published UN layout: furniture and footnotes into notes, doubts at page and line (docs/import-pdf.md)
export { importPdf } from './import/pdf/import-pdf.js';
export { ImportRefusal } from './import/import-refusal.js';
export type { TrackedChanges } from './import/import-resolution.js';
