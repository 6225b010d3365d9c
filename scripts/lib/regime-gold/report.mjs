// Prints a regime's score against its gold: the totals, then per date the gold measures in force
// that were missed and the measures wrongly shown in force, each with the reason.

/** @typedef {Awaited<ReturnType<typeof import('./run.mjs').scoreFolder>>} RegimeScore */

const percent = (/** @type {number} */ share) => `${(share * 100).toFixed(1)}%`;

/**
 * One line of totals: "haiti: 21/21 found (100.0%), 0 wrongly in force …".
 * @param {RegimeScore} score
 */
export function summaryLine(score) {
  const t = score.totals;
  return [
    `${score.regime}: ${t.found}/${t.inForce} in force found with the right holding paragraph (${percent(t.share)})`,
    `${t.wrong} wrongly in force`,
    `pending ${t.pending.shown}/${t.pending.expected}`,
    `suspended ${t.suspended.shown}/${t.suspended.expected}`,
    `ended ${t.ended.shown}/${t.ended.expected}`,
    `exemptions ${t.exemptions.found}/${t.exemptions.expected} (${t.exemptions.misapplied} misapplied)`,
    t.meetsGoal ? 'goal met' : 'GOAL NOT MET',
  ].join(', ');
}

/**
 * The totals, then every miss and false positive, date by date.
 * @param {RegimeScore} score
 */
export function formatScore(score) {
  const lines = [`${score.title}: ${score.documents} resolutions in the regime`, `  ${summaryLine(score)}`];
  if (score.skipped.length > 0) lines.push(`  files that could not be read (left out of the regime): ${score.skipped.join(', ')}`);
  for (const date of score.dates) {
    const problems = [
      ...date.missed.map((m) => `    missed           ${m.key.padEnd(10)} ${m.reason}`),
      ...date.wrong.map((w) => `    wrongly in force ${w.shown.padEnd(10)} [${w.codes.join(', ')}] ${w.reason}`),
      ...date.pending.off.map((m) => `    not pending      ${m.key.padEnd(10)} ${m.reason}`),
      ...date.suspended.off.map((m) => `    not suspended    ${m.key.padEnd(10)} ${m.reason}`),
      ...date.ended.off.map((m) => `    not ended        ${m.key.padEnd(10)} ${m.reason}`),
      ...date.exemptions.missing.map((m) => `    exemption missed ${m.key.padEnd(10)} ${m.reason}`),
      ...date.exemptions.misapplied.map((text) => `    exemption wrong  ${text}`),
    ];
    lines.push(`  as of ${date.asOf}: ${date.found.length}/${date.inForce} found, ${date.wrong.length} wrongly in force`);
    lines.push(...problems);
  }
  return lines.join('\n');
}
