import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { type AppDeps, buildApp } from '../server/app';
import { firstStart } from '../server/bootstrap';
import { createUser } from '../server/modules/auth/auth.service';
import type { Role, ScorecardNode } from '../shared/api-types';

export const ADMIN = { email: 'admin@test.local', password: 'admin-password-1' };

/** A test app on `db` with the Norrbotten plan loaded and an admin whose password is known. */
export async function seededApp(
  db: Db,
  options: Pick<AppDeps, 'mailer' | 'secretKey'> & { seed?: boolean } = {},
): Promise<{ app: FastifyInstance; organisationId: number; planId: number }> {
  const first = await firstStart(db, { adminEmail: ADMIN.email, adminPassword: ADMIN.password, seed: options.seed ?? true });
  const app = await buildApp({ db, config: { secureCookies: false }, mailer: options.mailer, secretKey: options.secretKey });
  return { app, organisationId: first.organisationId!, planId: first.planId! };
}

/** Signs in and returns the Cookie header value for later requests. */
export async function signIn(app: FastifyInstance, email = ADMIN.email, password = ADMIN.password): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'ls_session');
  if (!cookie) throw new Error('no session cookie');
  return `ls_session=${cookie.value}`;
}

/** Creates a user with a role in the organisation and returns its id. */
export async function addUser(db: Db, organisationId: number, role: Role, email: string, password = 'user-password-1'): Promise<number> {
  return createUser(db, { email, name: email.split('@')[0]!, password, mustChange: false, organisationId, role });
}

/** Every node of a scorecard tree, depth first. */
export const allNodes = (nodes: ScorecardNode[]): ScorecardNode[] => nodes.flatMap((n) => [n, ...allNodes(n.children)]);
