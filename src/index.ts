export type * from './model/document.js';
export * from './model/measures.js';
export * from './model/citation.js';
export * from './model/paragraph-path.js';
export type { Diagnostic, Severity } from './load/diagnostic.js';
export { loadDocument, loadText, type LoadedDocument, type LoadResult } from './load/load-document.js';
export { validateFiles, type ValidationResult, type ValidationOptions } from './validate/validate-files.js';
