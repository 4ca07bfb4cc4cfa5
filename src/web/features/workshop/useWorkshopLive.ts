import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { WorkshopState } from '../../../shared/workshop-types';
import { api } from '../../api/client';

export const workshopKey = (id: number) => ['workshop', id] as const;

/**
 * The workshop as this person sees it, kept live: one WebSocket to /api/live subscribed to
 * `workshop:ID`. A notice makes the page re-read its own view (what may be seen differs per
 * person); a dropped connection is reopened with back-off and the view re-read on every
 * (re)subscription, so nothing written meanwhile is missed.
 */
export function useWorkshopLive(id: number) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: workshopKey(id),
    queryFn: ({ signal }) => api.call('GET /api/workshops/:id', { params: { id } }, { signal, redirectOn401: false }),
    retry: false,
  });
  const [connected, setConnected] = useState(false);
  const allowed = query.isSuccess;

  useEffect(() => {
    if (!allowed) return;
    let socket: WebSocket | undefined;
    let stopped = false;
    let attempt = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let refetchTimer: ReturnType<typeof setTimeout> | undefined;
    const reread = () => {
      clearTimeout(refetchTimer);
      // Several notices in a burst (a room writing at once) make one re-read.
      refetchTimer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: workshopKey(id) }), 60);
    };
    const connect = () => {
      const ws = new WebSocket(`${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/live`);
      socket = ws;
      ws.onopen = () => {
        attempt = 0;
        ws.send(JSON.stringify({ type: 'subscribe', topic: `workshop:${id}` }));
      };
      ws.onmessage = (e) => {
        const m = JSON.parse(String(e.data)) as { type: string };
        if (m.type === 'subscribed') {
          setConnected(true);
          reread();
        } else if (m.type === 'event') reread();
      };
      ws.onclose = () => {
        setConnected(false);
        if (stopped) return;
        retryTimer = setTimeout(connect, Math.min(10_000, 500 * 2 ** attempt++));
      };
    };
    connect();
    // Keep the connection warm through proxies that close idle sockets.
    const ping = setInterval(() => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify({ type: 'ping' })), 25_000);
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(refetchTimer);
      clearInterval(ping);
      socket?.close();
    };
  }, [id, allowed, queryClient]);

  return { query, connected };
}

/** Cards that arrived since the last view, written by someone else: what a screen reader hears. */
export function useArrivals(state: WorkshopState | undefined, describe: (card: WorkshopState['cards'][number]) => string): string {
  const seen = useRef<Set<number> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!state) return;
    const ids = new Set(state.cards.map((c) => c.id));
    if (seen.current) {
      const fresh = state.cards.filter((c) => !seen.current!.has(c.id) && !c.mine);
      if (fresh.length > 0) setMessage(fresh.map(describe).join('. '));
    }
    seen.current = ids;
  }, [state, describe]);
  return message;
}

/** Seconds left on the workshop's timer, counted against the server's clock. */
export function useCountdown(timer: WorkshopState['timer'] | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  const offset = useRef(0);
  useEffect(() => {
    if (timer) offset.current = new Date(timer.serverNow).getTime() - Date.now();
  }, [timer]);
  useEffect(() => {
    if (!timer?.endsAt) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [timer?.endsAt]);
  if (!timer?.endsAt) return null;
  return Math.max(0, Math.round((new Date(timer.endsAt).getTime() - (now + offset.current)) / 1000));
}
