import { EventEmitter } from 'node:events';
import type pg from 'pg';

/**
 * The live channel's fan-out (design-round-2.md "Live updates"): a change is published on a topic
 * (`workshop:12`, later `plan:7`) after its transaction has committed, and every server delivers
 * it to its own subscribers. With PostgreSQL the servers hear each other through LISTEN/NOTIFY on
 * one channel (a dedicated connection per server); on PGlite there is one process, so in-process.
 *
 * Events are small notices ("cards changed, sequence 41"), never the content: what a person may
 * see differs per viewer (silent writing, hidden votes), so each client re-reads its own view over
 * HTTP — which is also what it does after a reconnect, so a dropped connection loses nothing.
 */
export interface LiveEvent {
  /** What changed: 'card', 'cluster', 'vote', 'timer', 'reveal', 'definition', 'focus-area', 'workshop', 'plan'. */
  kind: string;
  /** The changed object, when there is one. */
  id?: number;
}

export interface LiveMessage extends LiveEvent {
  topic: string;
  /** Increasing per server process; lets a client see that it missed nothing it needs to fetch twice. */
  at: number;
}

export type LiveListener = (message: LiveMessage) => void;

export interface LiveHub {
  /** Publishes to every server's subscribers of `topic`. Call after the change has committed. */
  publish(topic: string, event: LiveEvent): Promise<void>;
  subscribe(topic: string, listener: LiveListener): () => void;
  close(): Promise<void>;
  readonly kind: 'in-process' | 'postgres';
}

/** NOTIFY carries at most 8000 bytes; a notice is far smaller, a longer one is a bug. */
const MAX_PAYLOAD = 7900;
export const TOPIC = /^[a-z-]+:\d+$/;

function localFanOut() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let seq = 0;
  return {
    deliver(topic: string, event: LiveEvent) {
      emitter.emit(topic, { ...event, topic, at: ++seq } satisfies LiveMessage);
    },
    subscribe(topic: string, listener: LiveListener) {
      emitter.on(topic, listener);
      return () => {
        emitter.off(topic, listener);
      };
    },
    clear() {
      emitter.removeAllListeners();
    },
  };
}

/** One process (PGlite, or a single server): subscribers hear publications directly. */
export function inProcessHub(): LiveHub {
  const local = localFanOut();
  return {
    kind: 'in-process',
    async publish(topic, event) {
      if (!TOPIC.test(topic)) throw new Error(`bad live topic ${topic}`);
      local.deliver(topic, event);
    },
    subscribe: local.subscribe,
    async close() {
      local.clear();
    },
  };
}

/**
 * Several servers on one PostgreSQL: each holds one dedicated connection that LISTENs on
 * `channel`; a publication is a NOTIFY that every server (this one included) receives and hands
 * to its subscribers. If the connection drops, it is reopened; clients that reconnect re-read.
 */
export async function postgresHub(databaseUrl: string, channel = 'ledstjarna_live', options: { onError?: (err: Error) => void } = {}): Promise<LiveHub> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad LISTEN channel ${channel}`);
  const { default: pg } = await import('pg');
  const local = localFanOut();
  let closed = false;
  let client: pg.Client | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on('notification', (n) => {
      if (n.channel !== channel || !n.payload) return;
      try {
        const { topic, ...event } = JSON.parse(n.payload) as LiveEvent & { topic: string };
        if (TOPIC.test(topic)) local.deliver(topic, event);
      } catch {
        // A payload that is not ours: ignore it.
      }
    });
    c.on('error', (err) => {
      options.onError?.(err);
      if (client === c) client = undefined;
      c.end().catch(() => undefined);
      if (!closed) setTimeout(() => void connect().catch((e: Error) => options.onError?.(e)), 1000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    client = c;
  };
  await connect();

  return {
    kind: 'postgres',
    async publish(topic, event) {
      if (!TOPIC.test(topic)) throw new Error(`bad live topic ${topic}`);
      const payload = JSON.stringify({ topic, ...event });
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) throw new Error('live notice too long');
      if (!client) throw new Error('live channel not connected');
      await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    subscribe: local.subscribe,
    async close() {
      closed = true;
      local.clear();
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
