// pdf.js's worker module, loaded in the main thread (Node has no need of a worker thread for reading text).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
