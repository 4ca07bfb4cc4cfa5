import { z } from 'zod';

const localized = z.object({
  sv: z.string().trim().min(1, 'Namn på svenska saknas'),
  da: z.string().trim().min(1, 'Namn på danska saknas'),
  en: z.string().trim().min(1, 'English name missing'),
});

const key = z.string().regex(/^[a-z][a-z0-9-]*$/, 'Nyckeln får bara innehålla a–z, 0–9 och bindestreck');

/** Validates a governance model sent by an admin; the checks that span fields are in superRefine. */
export const governanceModelSchema = z
  .object({
    key,
    name: localized,
    levels: z
      .array(z.object({ key, name: localized, plural: localized, carriesMeasures: z.boolean() }))
      .min(1, 'Modellen behöver minst en nivå'),
    measureKinds: z
      .array(
        z.object({
          key,
          name: localized,
          plural: localized,
          decidedBy: localized,
          targeted: z.boolean(),
          methodName: localized.optional(),
          changeWithoutRevision: z.boolean().optional(),
        }),
      )
      .min(1, 'Modellen behöver minst ett slags mått'),
    assignmentName: localized,
    bodies: z.array(z.object({ code: z.string().trim().min(1), name: localized })),
    starterNodes: z.array(z.object({ levelKey: key, name: localized })).optional(),
    rollup: z.object({
      method: z.literal('share-met'),
      metThreshold: z.number().min(0).max(1),
      partlyThreshold: z.number().min(0).max(1),
      partlyWeight: z.number().min(0).max(1),
      minCoverage: z.number().min(0).max(1).optional(),
    }),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.levels.forEach((l, i) => {
      if (seen.has(l.key)) ctx.addIssue({ code: 'custom', path: ['levels', i, 'key'], message: `Nivån ${l.key} finns två gånger` });
      seen.add(l.key);
    });
    if (!m.levels.some((l) => l.carriesMeasures)) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'Minst en nivå måste bära mått' });
    }
    if (m.rollup.partlyThreshold > m.rollup.metThreshold) {
      ctx.addIssue({ code: 'custom', path: ['rollup', 'partlyThreshold'], message: 'Gränsen för delvis uppfyllt får inte vara högre än gränsen för uppfyllt' });
    }
  });
