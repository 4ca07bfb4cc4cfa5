import { z } from 'zod';

const column = z.string().max(200, 'Kolumnnamnet får vara högst 200 tecken');
/** A column mapping as the API and the CLI accept it (see ValueMapping). */
export const mappingSchema = z.object({
  layout: z.enum(['long', 'wide'], { message: 'Layouten ska vara long eller wide' }),
  measure: column.min(1, 'Välj vilken kolumn som innehåller mått'),
  period: column.nullable().optional(),
  value: column.nullable().optional(),
  periodColumns: z.array(column).max(500).optional(),
  sex: column.nullable().optional(),
  ageBand: column.nullable().optional(),
  area: column.nullable().optional(),
  numberFormat: z.enum(['auto', 'sv', 'en'], { message: 'Talformatet ska vara auto, sv eller en' }).default('auto'),
  status: z.enum(['preliminary', 'final']).optional(),
});

/** Codes of a file mapped once by hand, as the page sends them (see CodeMappingInput). */
export const codeMappingsSchema = z.object({
  mappings: z
    .array(
      z.object({
        kind: z.enum(['measure', 'area']),
        system: z.enum(['kolada', 'dhis2', 'scb', 'name']),
        code: z.string().min(1).max(200, 'Koden får vara högst 200 tecken'),
        measureId: z.number().int().positive().nullable().optional(),
        area: z.string().max(120, 'Området får vara högst 120 tecken').nullable().optional(),
      }),
    )
    .min(1, 'Koppla minst en kod')
    .max(500),
});
