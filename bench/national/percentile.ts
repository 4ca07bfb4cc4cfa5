/**
 * The nearest-rank percentile of ascending `sorted`: the smallest sample with at least p % of the
 * samples at or below it (NaN when there are none). Of 20 samples, p95 is the 19th, not the largest.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}
