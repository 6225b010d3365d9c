import type { RootContent } from 'mdast';
import { emphasis, paragraph } from './mdast.js';

/** How to read any report: where it comes from and what its quotations are. */
export function footer(): RootContent[] {
  return [
    { type: 'thematicBreak' },
    paragraph(emphasis('Made by bluedraft from the structured texts. Official wording is quoted exactly as it stands in the files; passages marked as summaries are editorial summaries of the sources, not the Council’s words.')),
  ];
}
