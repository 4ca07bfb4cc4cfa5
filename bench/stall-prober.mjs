/**
 * The /api/me prober of the stall bench (bench/stall.ts), in a thread of its own: the bench's own
 * thread builds and sends the attacks (a 45 MB body is copied and written there), and a sample
 * timed on that thread counted the bench's waits as the server's: the first one left 1,8 s late.
 * It says `ready`; from the message `go` it asks GET /api/me, then waits 50 ms, until the message
 * `stop`; it answers with the durations and when the slowest was asked (ms after `go`).
 */
import { parentPort, workerData } from 'node:worker_threads';

const { url, cookie } = workerData;
let stopped = false;
parentPort.on('message', async (message) => {
  if (message === 'stop') {
    stopped = true;
    return;
  }
  const samples = [];
  let slowest = { ms: 0, at: 0 };
  const started = performance.now();
  while (!stopped) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/me`, { headers: { cookie } });
    await res.arrayBuffer();
    const ms = performance.now() - t0;
    samples.push(ms);
    if (ms > slowest.ms) slowest = { ms, at: t0 - started };
    await new Promise((r) => setTimeout(r, 50));
  }
  parentPort.postMessage({ samples, slowest });
});
parentPort.postMessage('ready');
