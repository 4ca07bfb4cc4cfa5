import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { constants as zlib } from 'node:zlib';
import { join } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import websocket from '@fastify/websocket';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client';
import { LANG_COOKIE } from '../domain/i18n/lang';
import type { Config } from './config';
import { clientErrorBody, registerErrorHandler } from './http/errors';
import { notFoundMessage } from './http/messages';
import { registerRequestGuards } from './http/guards';
import { pageHints } from './http/page-hints';
import { responseSerializer } from './http/endpoint-route';
import type { LoginThrottle } from './http/login-throttle';
import { registerSecurityHeaders } from './http/security-headers';
import { registerSession } from './http/session';
import { registerLanguage } from './http/language';
import { consultationRoutes } from './modules/consultations/consultations.routes';
import { invitationRoutes } from './modules/consultations/invitation.routes';
import { languageRoutes } from './modules/auth/language.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { oidcRoutes } from './modules/oidc/oidc.routes';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { equalityRoutes } from './modules/equality/equality.routes';
import { extractionRoutes } from './modules/extraction/extraction.routes';
import { budgetRoutes } from './modules/budget/budget.routes';
import { followupRoutes } from './modules/followup/followup.routes';
import { forecastRoutes } from './modules/forecasts/forecasts.routes';
import { documentRoutes } from './modules/documents/documents.routes';
import { koladaRoutes } from './modules/kolada/kolada.routes';
import type { KoladaClient } from './modules/kolada/kolada.client';
import { measureRoutes } from './modules/measures/measures.routes';
import { organisationRoutes } from './modules/organisations/organisations.routes';
import { planRoutes } from './modules/plans/plans.routes';
import { planEditorRoutes } from './modules/plan-editor/plan-editor.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { orgExportRoutes } from './modules/org-export/org-export.routes';
import { riskRoutes } from './modules/risks/risks.routes';
import { roadmapRoutes } from './modules/roadmap/roadmap.routes';
import { userRoutes } from './modules/users/users.routes';
import { valueImportRoutes } from './modules/value-import/value-import.routes';
import { WorkerPool } from './workers/pool';
import type { ImportQueue } from './modules/value-import/value-import.service';
import { activityRoutes } from './modules/activities/activities.routes';
import { assignmentRoutes } from './modules/assignments/assignments.routes';
import { planContentRoutes } from './modules/plan-content/plan-content.routes';
import { createMailer, type Mailer } from './mail/mailer';
import { outboxRoutes } from './mail/outbox.routes';
import { publicationRoutes, publicRoutes } from './modules/publication/publication.routes';
import { inProcessHub, type LiveHub } from './live/live-hub';
import { liveRoutes, liveTopics } from './live/live.routes';
import { federationRoutes } from './modules/federations/federations.routes';
import { workshopRoutes } from './modules/workshops/workshops.routes';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with whether it answers without a session, and by which kind of access. */
    routeTable: { method: string; url: string; public: boolean; access?: string }[];
  }
}

export interface AppDeps {
  db: Db;
  config: Pick<Config, 'secureCookies'> & Partial<Pick<Config, 'hsts' | 'trustProxy' | 'publicUrl' | 'uploadRetentionDays' | 'reminderDays'>>;
  /** Folder of the built web app; served with an SPA fallback when it exists. */
  webDir?: string;
  /** Pino log level; silent when absent (tests). */
  logLevel?: string;
  /** The sign-in throttle; tests pass one with their own limits. */
  loginThrottle?: LoginThrottle;
  /** Kolada's API; by default the one KOLADA_BASE_URL names. */
  kolada?: KoladaClient;
  /** The one mailer; by default one without SMTP, whose mails wait in the outbox as not configured. */
  mailer?: Mailer;
  /** Worker threads for uploads and documents; by default a pool of the app's own, closed with it. */
  workers?: WorkerPool;
  /** The live channel's fan-out; by default in-process (one server). With PostgreSQL, main.ts passes one over LISTEN/NOTIFY. */
  live?: LiveHub;
  /** The job queue (pg-boss) that value imports run on; without one they run in the request's process. */
  queue?: ImportQueue;
  /** The installation's key for secrets stored sealed (secrets/secret-box.ts); by default a random one for this app (tests). */
  secretKey?: Buffer;
  /**
   * Check every JSON answer against its contract's response schema (a mismatch is a 500).
   * By default on under tests (NODE_ENV=test) and with LEDSTJARNA_VALIDATE_RESPONSES=on; off in production.
   */
  validateResponses?: boolean;
}

/** What routes are given: the dependencies with the defaults filled in. */
export interface AppContext extends AppDeps {
  mailer: Mailer;
  /** The address people reach Ledstjärna at, for links in mails. */
  publicUrl: string;
  workers: WorkerPool;
  live: LiveHub;
  secretKey: Buffer;
}

// Validation messages reach people through the UI: Swedish, like the rest of the server's messages.
z.config(z.locales.sv());

/** Builds the HTTP app without listening, so tests can call it with `app.inject()`. */
export async function buildApp(appDeps: AppDeps): Promise<FastifyInstance> {
  const deps: AppContext = {
    ...appDeps,
    mailer: appDeps.mailer ?? createMailer(appDeps.db, { from: 'Ledstjärna <ledstjarna@localhost>' }),
    publicUrl: appDeps.config.publicUrl ?? 'http://localhost:3000',
    workers: appDeps.workers ?? new WorkerPool(),
    live: appDeps.live ?? inProcessHub(),
    secretKey: appDeps.secretKey ?? randomBytes(32),
  };
  const topics = liveTopics();
  const app = Fastify({
    logger: deps.logLevel ? { level: deps.logLevel } : false,
    bodyLimit: 20 * 1024 * 1024,
    // The client's address (sign-in throttling) and host (the Origin check) from the proxy's headers.
    ...(deps.config.trustProxy !== undefined ? { trustProxy: deps.config.trustProxy } : {}),
    // A request head Node cannot parse (431: headers too large, 400: malformed) never reaches
    // Fastify's error handler; it still gets the API's one error shape.
    // Errors the router raises before any route (a path parameter over 100 characters, a URL that
    // cannot be decoded) get the one error shape too.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const body = { error: { code: tooLong ? 'uri-too-long' : 'validation', message: tooLong ? 'Adressen är för lång.' : 'Felaktig adress.', details: [] } };
      (reply as unknown as { status(n: number): { send(b: unknown): void } }).status(tooLong ? 414 : 400).send(body);
    },
    clientErrorHandler: (err: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return socket.destroy(err);
      const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
      const body = clientErrorBody(status, err.code);
      socket.end(
        `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
          `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(deps.validateResponses ?? (process.env.NODE_ENV === 'test' || process.env.LEDSTJARNA_VALIDATE_RESPONSES === 'on')));
  registerErrorHandler(app);
  await registerSecurityHeaders(app, { hsts: deps.config.hsts === true });
  // JSON and pages compressed on the fly (a fast brotli level: the scorecard's JSON is large and
  // asked for often); the web app's files are compressed once at build time and served as they are.
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } });
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 4096 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Ledstjärna API', version: '0.1.0', description: 'Strategistyrning för regioner: planer, mått, mål, värden och måluppfyllelse.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ls_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  // A hub the app made is the app's to close; one passed in belongs to the caller.
  if (!appDeps.live) app.addHook('onClose', async () => deps.live.close());
  // Every route with its access (route-access.int.test.ts holds the list of routes open without a session).
  const routeTable: FastifyInstance['routeTable'] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url, public: route.config?.public === true, access: route.config?.access });
  });
  registerSession(app, deps.db);
  registerLanguage(app);
  registerRequestGuards(app);

  if (!appDeps.workers) app.addHook('onClose', () => deps.workers.close());

  await app.register(
    async (api) => {
      await authRoutes(api, deps);
      await organisationRoutes(api, deps);
      await planRoutes(api, deps);
      await planEditorRoutes(api, deps);
      await extractionRoutes(api, deps);
      await auditRoutes(api, deps);
      await orgExportRoutes(api, deps);
      await measureRoutes(api, deps);
      await userRoutes(api, deps);
      await equalityRoutes(api, deps);
      await dashboardRoutes(api, deps);
      await riskRoutes(api, deps);
      await budgetRoutes(api, deps);
      await followupRoutes(api, deps);
      await forecastRoutes(api, deps);
      await documentRoutes(api, deps);
      await valueImportRoutes(api, deps);
      await koladaRoutes(api, deps);
      await assignmentRoutes(api, deps);
      await activityRoutes(api, deps);
      await planContentRoutes(api, deps);
      await roadmapRoutes(api, deps);
      await outboxRoutes(api, deps);
      await publicationRoutes(api, deps);
      await publicRoutes(api, deps);
      await federationRoutes(api, deps);
      await workshopRoutes(api, { ...deps, topics });
      await liveRoutes(api, { live: deps.live, topics });
      await languageRoutes(api, deps);
      await consultationRoutes(api, deps);
      await invitationRoutes(api, deps);
      await oidcRoutes(api, deps);
    },
    { prefix: '/api' },
  );

  if (deps.webDir && existsSync(join(deps.webDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: deps.webDir,
      wildcard: false,
      // vite.config.ts writes .br and .gz beside every file; the browser gets the one it accepts.
      preCompressed: true,
      // Files under /assets/ have a content hash in their name: they never change. The page does.
      setHeaders: (reply, path) => {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes (/plans/1, /measures/7) get the app, with hints for what its first view asks for; unknown /api paths stay 404 JSON.
    const hints = pageHints(deps.webDir);
    app.get('/*', (request, reply) => {
      // A missing API path or built file (an old hash, a source map) is a 404, never the app's page.
      if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) {
        reply.status(404).send({ error: { code: 'not-found', message: notFoundMessage(request.url)[request.lang ?? 'sv'], details: [] } });
        return;
      }
      const url = new URL(request.url, 'http://page');
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(hints.html(url.pathname, url.searchParams, request.cookies[LANG_COOKIE]));
    });
  }
  return app;
}
