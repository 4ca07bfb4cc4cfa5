/** People and their roles in an organisation (src/server/modules/users). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { idParam, noContent, orgParams, roleSchema } from './common';

const userParams = orgParams.extend({ userId: idParam });
const role = z.enum(roleSchema.options, { message: 'Rollen ska vara admin, editor, reporter eller reader' });

export const organisationUserSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  /** Deactivated: cannot sign in until an admin activates the account again. */
  deactivated: z.boolean(),
});

export const addUserSchema = z.object({ email: z.email('Ange en giltig e-postadress'), name: z.string().trim().min(1, 'Ange namn'), role });

export const addedUserSchema = z.object({
  user: organisationUserSchema,
  /** Shown once to the admin, to be passed on; null when the person already had an account. */
  oneTimePassword: z.string().nullable(),
});

export const userEndpoints = defineEndpoints({
  'GET /api/organisations/:orgId/users': {
    tags: ['users'],
    summary: 'Personer med roller i organisationen',
    params: orgParams,
    response: z.array(organisationUserSchema),
  },
  'POST /api/organisations/:orgId/users': {
    tags: ['users'],
    summary: 'Ge en person en roll (ny person får ett engångslösenord)',
    params: orgParams,
    body: addUserSchema,
    response: addedUserSchema,
    status: 201,
  },
  'PATCH /api/organisations/:orgId/users/:userId': {
    tags: ['users'],
    summary: 'Ändra en persons roll',
    params: userParams,
    body: z.object({ role }),
    response: noContent,
    status: 204,
  },
  'DELETE /api/organisations/:orgId/users/:userId': {
    tags: ['users'],
    summary: 'Ta bort en persons roll i organisationen (kontot och historiken finns kvar)',
    params: userParams,
    response: noContent,
    status: 204,
  },
  'POST /api/organisations/:orgId/users/:userId/deactivate': {
    tags: ['users'],
    summary: 'Stäng av en person: kan inte logga in, sessionerna avslutas',
    params: userParams,
    response: noContent,
    status: 204,
  },
  'POST /api/organisations/:orgId/users/:userId/activate': {
    tags: ['users'],
    summary: 'Låt en avstängd person logga in igen',
    params: userParams,
    response: noContent,
    status: 204,
  },
  'POST /api/organisations/:orgId/users/:userId/password-reset': {
    tags: ['users'],
    summary: 'Ge en person ett nytt engångslösenord (visas en gång)',
    params: userParams,
    response: z.object({ oneTimePassword: z.string(), expiresAt: z.string() }),
  },
});
