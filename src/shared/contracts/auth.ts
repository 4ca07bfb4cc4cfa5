/** Signing in and out, who I am, my password and my language (src/server/modules/auth). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { langSchema, noContent, roleSchema } from './common';

/** The signed-in person with their roles. */
export const meSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  mustChangePassword: z.boolean(),
  /** Whether the user administers the installation (creates organisations). */
  installationAdmin: z.boolean(),
  memberships: z.array(z.object({ organisationId: z.number(), organisationName: z.string(), role: roleSchema })),
});

export const signInSchema = z.object({ email: z.string().trim().min(1, 'Ange e-postadress'), password: z.string().min(1, 'Ange lösenord') });

export const authEndpoints = defineEndpoints({
  'POST /api/auth/login': {
    tags: ['auth'],
    summary: 'Logga in med e-post och lösenord',
    security: [],
    body: signInSchema,
    response: meSchema,
  },
  'POST /api/auth/logout': {
    tags: ['auth'],
    summary: 'Logga ut',
    security: [],
    response: noContent,
    status: 204,
  },
  'GET /api/me': {
    tags: ['auth'],
    summary: 'Inloggad användare med roller',
    response: meSchema,
  },
  'POST /api/auth/password': {
    tags: ['auth'],
    summary: 'Byt lösenord',
    body: z.object({ currentPassword: z.string(), newPassword: z.string() }),
    response: noContent,
    status: 204,
  },
  'PUT /api/me/language': {
    tags: ['auth'],
    summary: 'Eget språk för serverns meddelanden och dokument',
    body: z.object({ language: langSchema.nullable() }),
    response: noContent,
    status: 204,
  },
});
