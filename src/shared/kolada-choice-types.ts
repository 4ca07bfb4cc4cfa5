/** The choice between an entered value and Kolada's (schemas: contracts/kolada.ts). */
import type { z } from 'zod';
import type { koladaChoiceSchema, koladaValueDifferenceSchema } from './contracts/kolada';

/** A value a person (or a file) entered that differs from Kolada's for the same period and sex. */
export type KoladaValueDifference = z.infer<typeof koladaValueDifferenceSchema>;

/** A person's choice: keep the entered value, or take Kolada's. */
export type KoladaChoiceRequest = z.infer<typeof koladaChoiceSchema>;
