import type * as client from 'openid-client';

/** openid-client, loaded with the first sign-in through a provider (a server without one never holds it). */
export const openidClient = (): Promise<typeof client> => import('openid-client');

/**
 * The OpenID Provider's configuration (discovery), read once per issuer and client and kept for
 * ten minutes. http is allowed only for an issuer on this machine (issuerProblem refuses others).
 */
const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();
const KEEP_MS = 10 * 60 * 1000;

export interface ProviderClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export function providerConfiguration(p: ProviderClient): Promise<client.Configuration> {
  const key = JSON.stringify([p.issuer, p.clientId, p.clientSecret]);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < KEEP_MS) return hit.config;
  const insecure = new URL(p.issuer).protocol === 'http:';
  const config = openidClient().then((c) =>
    c.discovery(new URL(p.issuer), p.clientId, undefined, c.ClientSecretBasic(p.clientSecret), {
      ...(insecure ? { execute: [c.allowInsecureRequests] } : {}),
      timeout: 10,
    }),
  );
  cache.set(key, { at: Date.now(), config });
  // A failed discovery is not kept: the next sign-in tries again.
  config.catch(() => cache.delete(key));
  return config;
}
