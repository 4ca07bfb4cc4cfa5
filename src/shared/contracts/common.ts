/** Schemas that many contracts use: texts in every language, statuses with their reason, ids. */
import { z } from 'zod';
import type { GovernanceModel } from '../../domain/model/governance';
import type { Baseline, Target } from '../../domain/targets/types';

export const idParam = z.coerce.number().int().positive();
export const planParams = z.object({ planId: idParam });
export const orgParams = z.object({ orgId: idParam });

export const langSchema = z.enum(['sv', 'da', 'en']);
export const localizedSchema = z.object({ sv: z.string(), da: z.string(), en: z.string() });
export const roleSchema = z.enum(['admin', 'editor', 'reporter', 'reader']);
export const fulfilmentStatusSchema = z.enum(['met', 'partly-met', 'not-met', 'too-few-values', 'no-value', 'not-reported', 'not-measurable']);
export const sexSchema = z.enum(['K', 'M', 'T']);

/** A computed status with the sentence (in every language) that says which rule decided it. */
export const statusWithReasonSchema = z.object({ status: fulfilmentStatusSchema, explanation: localizedSchema });

/** A period's key with its label in every language. */
export const periodOptionSchema = z.object({ key: z.string(), label: localizedSchema });

/**
 * A domain type carried as it is: its TypeScript type stays the domain's one definition, the
 * schema gives the OpenAPI document its shape and is what the response check tests against.
 */
export function domainShape<T>(schema: z.ZodType): z.ZodType<T> {
  return schema as unknown as z.ZodType<T>;
}

const anyOther = z.record(z.string(), z.unknown());

/** A parsed target (src/domain/targets): a `kind` and the text it was read from, and what the kind holds. */
export const targetSchema = domainShape<Target>(z.looseObject({ kind: z.string(), text: z.string() }));
/** A parsed baseline (src/domain/targets). */
export const baselineSchema = domainShape<Baseline>(z.looseObject({ kind: z.string(), text: z.string() }));

/** An organisation's governance model (src/domain/model/governance.ts), as the server stores it. */
export const governanceModelResponseSchema = domainShape<GovernanceModel>(
  z.looseObject({
    key: z.string(),
    name: localizedSchema,
    levels: z.array(z.looseObject({ key: z.string(), name: localizedSchema, plural: localizedSchema, carriesMeasures: z.boolean() })),
    measureKinds: z.array(z.looseObject({ key: z.string(), name: localizedSchema, plural: localizedSchema, targeted: z.boolean() })),
    assignmentName: localizedSchema,
    bodies: z.array(z.object({ code: z.string(), name: localizedSchema })),
    rollup: anyOther,
    starterNodes: z.array(z.object({ levelKey: z.string(), name: localizedSchema })).optional(),
  }),
);

/** A file's bytes (a download): a binary string in the OpenAPI document. */
export const fileBody = z.string().meta({ format: 'binary' });

/** The answer of a route that answers 204 No Content. */
export const noContent = z.null();
