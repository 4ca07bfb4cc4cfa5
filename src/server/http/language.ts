import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLang, type Lang } from '../../domain/i18n/lang';

declare module 'fastify' {
  interface FastifyRequest {
    /** The reader's language: their own setting, else the browser's Accept-Language, else Swedish. */
    lang: Lang;
  }
}

/** The best of sv/da/en in an Accept-Language header (`da-DK,da;q=0.9,en;q=0.8`), by weight; Norwegian reads as Danish. */
export function acceptedLang(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q[1]) : 1, i };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0]!;
    if (isLang(primary)) return primary;
    if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'da';
  }
  return undefined;
}

/** Sets `request.lang` after the session is loaded (session.ts), so the user's own setting wins. */
export function registerLanguage(app: FastifyInstance): void {
  app.decorateRequest('lang', 'sv');
  app.addHook('onRequest', async (request: FastifyRequest) => {
    request.lang = request.actor?.language ?? acceptedLang(request.headers['accept-language']) ?? 'sv';
  });
}

/** A document's language: `?lang=` when given, else the owner's language. */
export function documentLang(query: unknown, fallback: Lang): Lang {
  const lang = typeof query === 'string' ? query : undefined;
  return isLang(lang) ? lang : fallback;
}
