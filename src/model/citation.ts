/** A resolution as cited in running text: "841 (1993)". */
export interface ResolutionCitation {
  number: number;
  year: number;
}

const CITATION = /^([1-9][0-9]*) \(([0-9]{4})\)$/;

export function parseCitation(text: string): ResolutionCitation | undefined {
  const match = CITATION.exec(text.trim());
  return match ? { number: Number(match[1]), year: Number(match[2]) } : undefined;
}

export function formatCitation(citation: ResolutionCitation): string {
  return `${citation.number} (${citation.year})`;
}

/** The citation a document is known by: "841 (1993)" for S/RES/841 (1993). */
export function citationOf(document: { kind: string; number?: number; year?: number }): string | undefined {
  return document.kind === 'resolution' && document.number !== undefined && document.year !== undefined ? formatCitation({ number: document.number, year: document.year }) : undefined;
}

/** The resolutions a reference names: its one resolution, or its list. */
export function citedResolutions(reference: { resolution?: string; resolutions?: string[] }): string[] {
  return reference.resolution ? [reference.resolution] : (reference.resolutions ?? []);
}
