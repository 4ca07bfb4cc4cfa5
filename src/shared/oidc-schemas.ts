/**
 * Single sign-on (OpenID Connect) per organisation: the admin's settings (zod, validated by the
 * route and published in the OpenAPI document); the shapes the web reads come from the contract
 * (src/shared/contracts/oidc.ts).
 */
import { z } from 'zod';
import type { oidcSettingsViewSchema, oidcSignInOptionSchema } from './contracts/oidc';

const ROLES = ['admin', 'editor', 'reporter', 'reader'] as const;
const claimName = z.string().trim().max(200, 'Högst 200 tecken');
const values = z.array(z.string().trim().min(1).max(500, 'Högst 500 tecken')).max(100, 'Högst 100 värden');
const perRole = z.object({ admin: values.optional(), editor: values.optional(), reporter: values.optional(), reader: values.optional() });

export const oidcSettingsSchema = z.object({
    issuer: z
      .string()
      .trim()
      .min(1, 'Ange leverantörens adress (issuer)')
      .max(1000, 'Högst 1000 tecken'),
    clientId: z.string().trim().min(1, 'Ange klient-id').max(500, 'Högst 500 tecken'),
    /** Left out (or empty) when changing other settings: the stored secret stays. */
    clientSecret: z.string().max(2000, 'Högst 2000 tecken').optional(),
    organisationClaim: claimName.nullable().default(null),
    organisationValue: z.string().trim().max(500, 'Högst 500 tecken').nullable().default(null),
    roleClaim: claimName.nullable().default(null),
    roleValues: perRole.default({}),
    defaultRole: z.enum(ROLES).nullable().default(null),
    roleAcr: perRole.default({}),
    passwordSignIn: z.boolean().default(true),
  });

export type OidcSettingsInput = z.input<typeof oidcSettingsSchema>;

/** What an admin sees of the settings: never the secret itself. */
export type OidcSettings = z.infer<typeof oidcSettingsViewSchema>;

/** An organisation the sign-in page offers a "Logga in med …" button for. */
export type OidcSignInOption = z.infer<typeof oidcSignInOptionSchema>;

/** Why a sign-in through a provider ended on the sign-in page (`/login?sso=…`). */
export type OidcFailure =
  | 'state'
  | 'cancelled'
  | 'provider'
  | 'no-email'
  | 'email-unverified'
  | 'organisation'
  | 'role'
  | 'acr'
  | 'account-elsewhere'
  | 'deactivated'
  | 'not-configured';
