// A child process of the bench: diffs the two documents in a JSON file and reports its own peak
// memory, before and after the diff, in kilobytes (maxRSS). Measured in a process of its own so
// that the bench's other work does not count.
import { readFileSync } from 'node:fs';
import { diffResolutions } from '../src/diff/diff-resolutions.js';
import type { ResolutionDocument } from '../src/model/document.js';

const { old, revised } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { old: ResolutionDocument; revised: ResolutionDocument };
const loadedKB = process.resourceUsage().maxRSS;
diffResolutions(old, revised);
process.stdout.write(JSON.stringify({ loadedKB, peakKB: process.resourceUsage().maxRSS }));
