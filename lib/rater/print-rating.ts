import type { Rating } from '../contracts/rating.js';

function bar(score: number): string {
  const full = Math.round(score);
  return `${'█'.repeat(full)}${'░'.repeat(10 - full)}`;
}

/**
 * Formats a rating for people: the verdict, each dimension with a bar, the raters, caps and feedback.
 * @param rating - the rating
 * @param written - where it was written, if anywhere
 * @returns text
 */
export function formatRating(rating: Rating, written: string | null = null): string {
  const lines = [
    `Plan ${rating.plan_id}: ${rating.score}/10 — ${rating.passed ? 'PASSED' : 'BELOW THE MINIMUM'} (minimum ${rating.minimum}, attempt ${rating.attempt}${rating.max_attempts === undefined ? '' : ` of ${rating.max_attempts}`})`,
    '',
    ...rating.dimensions.map((d) => `  ${d.name.padEnd(16)} ${bar(d.score)} ${d.score.toFixed(1).padStart(4)}  ${d.reasons[0] ?? ''}`),
  ];
  if (rating.caps.length > 0) lines.push('', 'Capped because:', ...rating.caps.map((c) => `  - ${c.requirement} (max ${c.cap}): ${c.reason}`));
  lines.push('', `Raters: ${rating.raters.map((r) => `${r.kind}${r.model === undefined ? '' : ` ${r.model}`} ${r.status}${r.detail === undefined ? '' : ` (${r.detail})`}`).join('; ')}`);
  if (rating.feedback.length > 0) lines.push('', 'Feedback for the planner:', ...rating.feedback.map((f) => `  - ${f}`));
  if (written !== null) lines.push('', `Written to ${written}`);
  return lines.join('\n');
}
