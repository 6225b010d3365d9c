import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import type { Confirmation, SourceRef } from '../model/document.js';
import type { DataPath } from '../model/paragraph-path.js';
import { rankSource, type RankedSource } from '../model/sources/rank-source.js';
import type { SourceRanking } from '../model/sources/source-ranking.js';
import { claimsMore, supportedStatus } from '../model/sources/source-support.js';
import { webHost } from '../model/sources/web-host.js';
import { SchemaTrust } from './schema-trust.js';
import { describeSupport } from './sources/describe-support.js';
import { currentRanking } from './sources/ranking-files.js';
import { sourcedClauses } from './sources/sourced-clauses.js';
import type { Position } from '../model/location.js';

const RULE = 'a fact is confirmed by a UN or government source, or by two press-research sources of different publishers; one press-research source makes it at most partly confirmed, and sources of rank other leave it unconfirmed';

/** What a status of a clause rests on, and where the status is written. */
interface Claim {
  status: Confirmation;
  at: DataPath;
  /** "the summary's status", "the number's status", "the status of effect 1". */
  what: string;
  sources: RankedSource[];
  /** How to state the status the sources support, where it is not by changing the value pointed at. */
  fix?: (supported: Confirmation) => string;
}

function unranked(source: RankedSource, file: string, at: Position): Diagnostic {
  const host = webHost(source.address);
  const what = host === undefined ? `the reference "${source.address}"` : `the site ${host}`;
  return diagnostic(file, at, 'warning', 'unranked-source', `no rank is known for ${what}, so it counts as an unverified source (rank other)`, `rank it in source-ranks.yaml in the project folder (${host === undefined ? '`references:`' : '`domains:`'} under un, government, press-research or other; see docs/format.md), or cite it as \`{ ref: …, rank: … }\``);
}

function unsupported(claim: Claim, file: string, at: Position): Diagnostic {
  const supported = supportedStatus(claim.sources);
  return diagnostic(
    file,
    at,
    'warning',
    'status-not-supported',
    `${claim.what} is "${claim.status}", but its sources (${describeSupport(claim.sources)}) support at most "${supported}": ${RULE}`,
    `cite a better source that states it, first; or ${claim.fix ? claim.fix(supported) : `set the status to "${supported}"`} and say in \`notes\` what would confirm it`,
  );
}

/**
 * Checks the sources a file cites against the ranking: a source no entry ranks is pointed out,
 * and so is a status (of a summary, a paragraph number or an effect) that its sources do not
 * support. A summary's status rests on its own sources; a clause's number and effects rest on the
 * sources of its summary and of its subparagraphs' summaries. A clause citing no source at all is
 * taken from the official text and not checked.
 */
export function checkSources(loaded: LoadedDocument, trust = SchemaTrust.WHOLE, given?: SourceRanking): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { file, locate } = loaded;
  // Read only when the file cites a source: most files are the official text and cite none.
  let ranking = given;
  const rank = (source: SourceRef, at: DataPath): RankedSource => {
    ranking ??= currentRanking().ranking;
    const ranked = rankSource(source, ranking);
    if (ranked.by === 'none') found.push(unranked(ranked, file, locate.value(at)));
    return ranked;
  };
  const own = new Map<object, RankedSource[]>();
  const clauses = sourcedClauses(loaded.document).filter(({ at }) => trust.vouchesFor(at));
  for (const { clause, at } of clauses) {
    if (clause.wordingFrom !== undefined) rank(clause.wordingFrom, [...at, 'wordingFrom']);
    if (clause.summary) own.set(clause, clause.summary.sources.map((source, index) => rank(source, [...at, 'summary', 'sources', index])));
  }
  for (const { clause, at, descendants } of clauses) {
    const claims: Claim[] = [];
    const sources = own.get(clause);
    if (clause.summary?.status !== undefined && sources) claims.push({ status: clause.summary.status, at: [...at, 'summary', 'status'], what: 'the summary’s status', sources });
    const evidence = [clause, ...descendants].flatMap((part) => own.get(part) ?? []);
    if (evidence.length > 0 && 'numberStatus' in clause && clause.numberStatus !== undefined) claims.push({ status: clause.numberStatus, at: [...at, 'numberStatus'], what: 'the number’s status (`numberStatus`)', sources: evidence });
    else if (evidence.length > 0 && 'number' in clause && clause.number !== undefined && at[0] === 'operative') {
      claims.push({ status: 'confirmed', at: [...at, 'number'], what: 'the number (confirmed by default, as no `numberStatus` is given)', sources: evidence, fix: (supported) => `add \`numberStatus: ${supported}\`` });
    }
    if (evidence.length > 0 && 'effects' in clause) {
      for (const [index, effect] of (clause.effects ?? []).entries()) {
        if (effect.status !== undefined) claims.push({ status: effect.status, at: [...at, 'effects', index, 'status'], what: `the status of effect ${index + 1} (${effect.action})`, sources: evidence });
      }
    }
    for (const claim of claims) if (claimsMore(claim.status, supportedStatus(claim.sources))) found.push(unsupported(claim, file, locate.value(claim.at)));
  }
  return found;
}
