import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/websocket';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { LiveHub, LiveMessage } from './live-hub';
import { TOPIC } from './live-hub';

/**
 * Who may follow a topic: one check per topic kind (`workshop`, later `plan`), given the request
 * that opened the socket (its session or invitation cookie). Modules register their own.
 */
export type TopicAccess = (request: FastifyRequest, id: number) => Promise<boolean>;

export interface LiveTopics {
  register(kind: string, access: TopicAccess): void;
  access(kind: string): TopicAccess | undefined;
}

export function liveTopics(): LiveTopics {
  const kinds = new Map<string, TopicAccess>();
  return {
    register(kind, access) {
      if (kinds.has(kind)) throw new Error(`live topic kind ${kind} registered twice`);
      kinds.set(kind, access);
    },
    access: (kind) => kinds.get(kind),
  };
}

/** What a client sends: follow or stop following a topic, or a ping to keep the connection open. */
const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topic: z.string().regex(TOPIC) }),
  z.object({ type: z.literal('unsubscribe'), topic: z.string().regex(TOPIC) }),
  z.object({ type: z.literal('ping') }),
]);

/** What the server sends. */
export type ServerMessage =
  | { type: 'subscribed'; topic: string }
  | { type: 'refused'; topic: string; reason: 'forbidden' | 'unknown-topic' }
  | { type: 'event'; message: LiveMessage }
  | { type: 'pong' }
  | { type: 'error'; message: string };

const MAX_TOPICS_PER_SOCKET = 20;

/**
 * The one live endpoint, `GET /api/live` (WebSocket). A client subscribes to topics it may read and
 * then hears a notice per change; it fetches the content over HTTP. Access is checked per topic,
 * with the socket's session or invitation, so the route itself is open like a public page.
 */
export async function liveRoutes(app: FastifyInstance, deps: { live: LiveHub; topics: LiveTopics }): Promise<void> {
  app.get('/live', { websocket: true, config: { public: true, access: 'token' } }, (socket: WebSocket, request) => {
    const subscriptions = new Map<string, () => void>();
    const send = (m: ServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(m));
    };
    socket.on('message', async (raw: Buffer) => {
      let parsed: z.infer<typeof ClientMessage>;
      try {
        parsed = ClientMessage.parse(JSON.parse(raw.toString('utf8')));
      } catch {
        send({ type: 'error', message: 'Okänt meddelande.' });
        return;
      }
      if (parsed.type === 'ping') return send({ type: 'pong' });
      const { topic } = parsed;
      if (parsed.type === 'unsubscribe') {
        subscriptions.get(topic)?.();
        subscriptions.delete(topic);
        return;
      }
      if (subscriptions.has(topic)) return send({ type: 'subscribed', topic });
      const [kind, id] = topic.split(':') as [string, string];
      const access = deps.topics.access(kind);
      if (!access) return send({ type: 'refused', topic, reason: 'unknown-topic' });
      if (subscriptions.size >= MAX_TOPICS_PER_SOCKET || !(await access(request, Number(id)))) return send({ type: 'refused', topic, reason: 'forbidden' });
      if (socket.readyState !== socket.OPEN) return;
      subscriptions.set(topic, deps.live.subscribe(topic, (message) => send({ type: 'event', message })));
      send({ type: 'subscribed', topic });
    });
    socket.on('close', () => {
      for (const off of subscriptions.values()) off();
      subscriptions.clear();
    });
  });
}
