/**
 * A deadline day: `writers` owners enter values (each its own measure, through the API as the
 * measure page does) while `readers` read the plan's scorecard, for `seconds`; each person waits
 * `thinkMs` between one request's answer and their next (people read and type), so 50 readers and
 * 20 owners at 1 s ask about 50 reads and 20 changes a second. What counts is what the readers
 * see: their latency and any error, of either side.
 */
import { performance } from 'node:perf_hooks';
import { getOnce, type Latency } from './http';
import { percentile } from './percentile';

export interface DeadlineDay {
  reads: number;
  writes: number;
  read: Latency;
  /** Failed requests (network errors and non-2xx answers), reads and writes together. */
  errors: number;
}

export async function deadlineDay(
  baseUrl: string,
  scorecardUrl: string,
  cookie: string,
  measureIds: number[],
  opts: { writers: number; readers: number; seconds: number; thinkMs: number },
): Promise<DeadlineDay> {
  const until = performance.now() + opts.seconds * 1000;
  const reads: number[] = [];
  let writes = 0;
  let errors = 0;
  const think = () => new Promise((r) => setTimeout(r, opts.thinkMs * (0.5 + Math.random())));
  const reader = async () => {
    while (performance.now() < until) {
      await think();
      const t0 = performance.now();
      try {
        await getOnce(scorecardUrl, cookie);
        reads.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  const writer = async (measureId: number) => {
    for (let i = 0; performance.now() < until; i++) {
      await think();
      try {
        const res = await fetch(`${baseUrl}/api/measures/${measureId}/values`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ period: '2024', sex: 'T', value: 40 + (i % 50), status: 'preliminary' }),
        });
        await res.arrayBuffer();
        if (res.status !== 201) errors++;
        else writes++;
      } catch {
        errors++;
      }
    }
  };
  const owned = measureIds.slice(0, opts.writers);
  if (owned.length < opts.writers) throw new Error(`deadline day: ${opts.writers} writers need as many measures`);
  await Promise.all([...Array.from({ length: opts.readers }, reader), ...owned.map(writer)]);
  reads.sort((a, b) => a - b);
  return { reads: reads.length, writes, read: { p50: percentile(reads, 50), p95: percentile(reads, 95) }, errors };
}
