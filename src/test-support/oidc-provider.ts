/// <reference path="./oidc-provider-module.d.ts" />
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test provider knows: their login name and the claims it vouches for. */
export interface TestAccount {
  email: string;
  name: string;
  email_verified?: boolean;
  groups?: string[];
  org?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A real OpenID Provider (the oidc-provider package, certified) on a free port of 127.0.0.1, with
 * one confidential client for `redirectUri` and the given accounts. Its login page asks for the
 * account's login name and the level of assurance (acr) to sign in with, or cancels; consent is given at once.
 */
export async function startTestProvider(accounts: Record<string, TestAccount>, redirectUri: string): Promise<TestProvider> {
  const clientId = 'ledstjarna';
  const clientSecret = 'test-client-secret-0123456789';
  let provider: Provider | undefined;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? '');
      if (!match) return provider!.callback()(req, res);
      try {
        if (req.method === 'POST' && match[2]) {
          const form = await formBody(req);
          if (form.get('cancel')) {
            await provider!.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled.' }, { mergeWithLastSubmission: false });
            return;
          }
          const login = form.get('login') ?? '';
          if (!accounts[login]) {
            res.writeHead(400, { 'content-type': 'text/plain' }).end('unknown account');
            return;
          }
          await provider!.interactionFinished(req, res, { login: { accountId: login, acr: form.get('acr') || undefined } }, { mergeWithLastSubmission: false });
          return;
        }
        const details = await provider!.interactionDetails(req, res);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><title>Test provider: sign in</title></head><body><main>
<h1>Test provider</h1>
<form method="post" action="/interaction/${escapeHtml(details.uid)}/login">
<label for="login">Login</label> <input id="login" name="login" autocomplete="off">
<label for="acr">Level of assurance</label> <select id="acr" name="acr"><option value="loa2">loa2</option><option value="loa3">loa3</option></select>
<button type="submit">Sign in at provider</button> <button type="submit" name="cancel" value="1">Cancel</button>
</form></main></body></html>`);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email_verified: true, ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups', 'org'] },
    conformIdTokenClaims: false,
    acrValues: ['loa2', 'loa3'],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // Consent is given at once: every scope the client asks for.
    async loadExistingGrant(ctx: { oidc: { client: { clientId: string }; session: { accountId: string }; provider: Provider } }) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    cookies: { keys: ['test-provider-cookie-key'] },
    ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A tiny cookie jar for following the provider's redirects without a browser. */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}

/**
 * Follows a sign-in at the test provider as a browser would, from the authorization URL our
 * start route redirected to, signing in as `login` with `acr` (or cancelling); returns the callback URL the
 * provider sends the browser back to (with code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, acr = 'loa2', cancel = false): Promise<URL> {
  const jar = new Jar();
  let url = new URL(authorizationUrl);
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop += 1) {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    jar.take(res);
    body = undefined;
    const location = res.headers.get('location');
    if (res.status === 200 && url.pathname.startsWith('/interaction/')) {
      await res.text();
      url = new URL(`${url.pathname}/login`, url);
      body = new URLSearchParams({ login, acr, ...(cancel ? { cancel: '1' } : {}) });
      continue;
    }
    if (res.status >= 300 && res.status < 400 && location) {
      await res.text();
      const next = new URL(location, url);
      if (next.origin !== url.origin && !next.pathname.startsWith('/interaction/') && next.origin !== new URL(authorizationUrl).origin) return next;
      url = next;
      continue;
    }
    throw new Error(`test provider answered ${res.status} at ${url.pathname}: ${await res.text()}`);
  }
  throw new Error('too many redirects at the test provider');
}
