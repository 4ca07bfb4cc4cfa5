import { describe, expect, it } from 'vitest';
import { CoalescedReads } from './coalesced-reads';

/** A read that ends when told to, and returns the data as it was when it began. */
function controlledRead(data: { version: number }) {
  const runs: { began: number; end: () => void; fail: () => void }[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      const began = data.version;
      runs.push({ began, end: () => resolve(began), fail: () => reject(new Error('read failed')) });
    });
  return { read, runs };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('CoalescedReads', () => {
  it('runs at once when nothing is being read, and separately for different keys', async () => {
    const reads = new CoalescedReads();
    const data = { version: 1 };
    const { read, runs } = controlledRead(data);
    const a = reads.run('plan:1:sv', read);
    const b = reads.run('plan:1:en', read);
    expect(runs).toHaveLength(2);
    runs[0]!.end();
    runs[1]!.end();
    expect([await a, await b]).toEqual([1, 1]);
  });

  it('lets the callers that come during a read share one next read, begun after they came', async () => {
    const reads = new CoalescedReads();
    const data = { version: 1 };
    const { read, runs } = controlledRead(data);
    const first = reads.run('k', read);
    data.version = 2; // a change saved after the first read began, before the others asked
    const later = Array.from({ length: 5 }, () => reads.run('k', read));
    expect(runs).toHaveLength(1);
    runs[0]!.end();
    await settle();
    expect(runs).toHaveLength(2);
    runs[1]!.end();
    expect(await first).toBe(1);
    expect(await Promise.all(later)).toEqual([2, 2, 2, 2, 2]);
    expect(reads.started).toBe(2);
  });

  it('keeps nothing once a read has ended: the next caller reads again', async () => {
    const reads = new CoalescedReads();
    const data = { version: 1 };
    const { read, runs } = controlledRead(data);
    const first = reads.run('k', read);
    runs[0]!.end();
    expect(await first).toBe(1);
    data.version = 2;
    const second = reads.run('k', read);
    expect(runs).toHaveLength(2);
    runs[1]!.end();
    expect(await second).toBe(2);
  });

  it('fails only the callers of a failed read; those waiting for it read again', async () => {
    const reads = new CoalescedReads();
    const { read, runs } = controlledRead({ version: 1 });
    const first = reads.run('k', read);
    const waiting = reads.run('k', read);
    runs[0]!.fail();
    await expect(first).rejects.toThrow('read failed');
    await settle();
    runs[1]!.end();
    expect(await waiting).toBe(1);
    // The failed read left nothing behind.
    const again = reads.run('k', read);
    expect(runs).toHaveLength(3);
    runs[2]!.end();
    expect(await again).toBe(1);
  });
});
