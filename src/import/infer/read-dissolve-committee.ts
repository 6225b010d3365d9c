import type { Reader } from './reading.js';
import { asTarget, citationAfter, committee } from './targets.js';

const DISSOLVES = /\b(?:dissolve|disband|terminate\s+the\s+mandate\s+of)(?=\s+the\s+(?:Security\s+Council\s+)?Committee\b)/i;

/** "Further decides to dissolve the Committee established in pursuance of resolution 253 (1968)". */
export const readDissolveCommittee: Reader = ({ paragraph, chapeau, opening }) => {
  const match = DISSOLVES.exec(chapeau);
  if (!match || !opening?.binding) return [];
  const target = asTarget(citationAfter(paragraph, chapeau, match.index, committee));
  return [{ effect: { action: 'dissolve-committee', ...(target ? { target } : {}) }, cue: { offset: match.index, wording: match[0] } }];
};
