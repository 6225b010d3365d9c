/** A run of text pdf.js found on a page, in PDF points, y measured up from the page's foot (the baseline). */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  /** The font size: the height of the text's em square on the page. */
  size: number;
  width: number;
}

/** One page of a PDF as its text: its items, and its size in points. */
export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** Items left out because they are not set horizontally (a watermark, a rotated table). */
  rotated: number;
  /** pdf.js could not read the page's text (a damaged content stream): why. Its items are then empty. */
  unreadable?: string;
}

/** A PDF's text, page by page, and the language it declares (its /Lang), if any. */
export interface PdfText {
  pages: PdfPage[];
  lang?: string;
}
