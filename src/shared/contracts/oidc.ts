/** Single sign-on (OpenID Connect): the sign-in options and each organisation's settings (src/server/modules/oidc). The start and the callback answer with redirects and have no contract. */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { oidcSettingsSchema } from '../oidc-schemas';
import { noContent, orgParams, roleSchema } from './common';

const perRole = z.object({ admin: z.array(z.string()).optional(), editor: z.array(z.string()).optional(), reporter: z.array(z.string()).optional(), reader: z.array(z.string()).optional() });

/** What an admin sees of the settings: never the secret itself. */
export const oidcSettingsViewSchema = z.object({
  issuer: z.string(),
  clientId: z.string(),
  clientSecretSet: z.boolean(),
  organisationClaim: z.string().nullable(),
  organisationValue: z.string().nullable(),
  roleClaim: z.string().nullable(),
  roleValues: perRole,
  defaultRole: roleSchema.nullable(),
  roleAcr: perRole,
  passwordSignIn: z.boolean(),
  /** The address to register at the provider as the client's redirect URI. */
  redirectUri: z.string(),
});

/** An organisation the sign-in page offers a "Logga in med …" button for. */
export const oidcSignInOptionSchema = z.object({ slug: z.string(), name: z.string() });

export const oidcEndpoints = defineEndpoints({
  'GET /api/auth/oidc/organisations': {
    tags: ['auth'],
    summary: 'Organisationer med inloggningstjänst (OpenID Connect)',
    security: [],
    response: z.array(oidcSignInOptionSchema),
  },
  'GET /api/organisations/:orgId/oidc': {
    tags: ['users'],
    summary: 'Organisationens inloggningstjänst (OpenID Connect), eller null',
    params: orgParams,
    response: oidcSettingsViewSchema.nullable(),
  },
  'PUT /api/organisations/:orgId/oidc': {
    tags: ['users'],
    summary: 'Ställ in organisationens inloggningstjänst (OpenID Connect)',
    params: orgParams,
    body: oidcSettingsSchema,
    response: oidcSettingsViewSchema,
  },
  'DELETE /api/organisations/:orgId/oidc': {
    tags: ['users'],
    summary: 'Ta bort organisationens inloggningstjänst',
    params: orgParams,
    response: noContent,
    status: 204,
  },
});
