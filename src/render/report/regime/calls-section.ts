import type { RootContent } from 'mdast';
import { describeProvision } from '../../../consolidate/describe.js';
import type { CallClause } from '../../../consolidate/types.js';
import { sameProvision } from '../../../consolidate/same-provision.js';
import { heading, paragraph } from '../lib/mdast.js';
import { capitalise } from '../lib/names.js';
import { wordingBlocks } from './wording.js';

/**
 * The paragraphs the files name as measures whose words bind no one ("Calls upon", "Requests"):
 * listed as calls, never as measures, so that nothing is silently left out. Nothing where there are none.
 */
export function callsSection(calls: readonly CallClause[], level: 2 | 3 = 2): RootContent[] {
  if (calls.length === 0) return [];
  return [
    heading(level, `Calls, not measures (${calls.length})`),
    paragraph('These paragraphs are named among the provisions brought into force, or declared as measures, but their words bind no State: they call upon, request or urge. They are listed here, not as measures.'),
    ...calls.flatMap((call): RootContent[] => {
      const named = call.namedBy.filter((by) => !sameProvision(by, call.by));
      return [
        heading((level + 1) as 3 | 4, `${capitalise(describeProvision(call.by))}: a call (“${call.opening}”)`),
        ...(named.length ? [paragraph(`Named by ${named.map(describeProvision).join('; ')}.`)] : []),
        ...wordingBlocks(call.wording),
      ];
    }),
  ];
}
