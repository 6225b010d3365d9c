/** A footnote marker set small and raised in a line ("1" after "Korea"), taken out of the line's text. */
export interface LineMarker {
  /** Offset in the line's text where the marker stood. */
  offset: number;
  text: string;
}

/** One line of text on a PDF page, its items joined in reading order. */
export interface PdfLine {
  page: number;
  /** 1-based, from the top of the page, counting every line of text on it (running header included). */
  index: number;
  text: string;
  /** Where the line starts and ends across the page, and its baseline (up from the foot), in points. */
  x: number;
  xEnd: number;
  y: number;
  /** The size of most of its letters. */
  size: number;
  markers: LineMarker[];
}
