/** The plan's budget frames as tables, their sums computed and compared with the stated totals (src/server/modules/budget). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { idParam, planParams } from './common';

export const budgetRowKindSchema = z.enum(['line', 'total']);

export const budgetColumnViewSchema = z.object({
  label: z.string(),
  /** The year of the column's amounts: its own or the table's. */
  year: z.number().nullable(),
  kind: z.enum(['amount', 'total']),
  notes: z.array(z.string()),
});

export const budgetRowViewSchema = z.object({
  id: z.number(),
  position: z.number(),
  label: z.string(),
  kind: budgetRowKindSchema,
  sign: z.union([z.literal(1), z.literal(-1)]),
  /** One per column; null for an empty cell. */
  amounts: z.array(z.number().nullable()),
  /** The version a change is made against; a change against an older one is refused (409). */
  version: z.number(),
});

/** A check of a stated total against its computed sum (src/domain/budget), with the id of the row that states it. */
export const budgetCheckViewSchema = z.object({
  /** Which total: a total row's cell in a column, or a row's cell in a total column. */
  direction: z.enum(['column', 'row']),
  row: z.number(),
  column: z.number(),
  computed: z.number(),
  stated: z.number(),
  /** stated − computed; 0 when they agree. */
  difference: z.number(),
  ok: z.boolean(),
  rowId: z.number(),
});

export const budgetTableViewSchema = z.object({
  id: z.number(),
  planId: z.number(),
  position: z.number(),
  title: z.string(),
  unit: z.string(),
  year: z.number().nullable(),
  /** The header above the row labels as printed ("Mnkr", "Beslutsnivå"), possibly empty. */
  labelHeader: z.string(),
  columns: z.array(budgetColumnViewSchema),
  rows: z.array(budgetRowViewSchema),
  checks: z.array(budgetCheckViewSchema),
  /** Whether every stated total equals its computed sum. */
  allAgree: z.boolean(),
});

/** The budget page of a plan. */
export const budgetOverviewSchema = z.object({ planId: z.number(), planTitle: z.string(), tables: z.array(budgetTableViewSchema), canEdit: z.boolean() });

// Amounts may come as typed ("8 406,5", "−8,1"); the domain parses them and names the failing cell.
const amount = z.union([z.number(), z.string().max(40, 'Beloppet får vara högst 40 tecken'), z.null()]);

/** A budget line as a form sends it: amounts as typed, one per column. */
export const budgetLineSchema = z.object({
  label: z.string().max(500, 'Benämningen får vara högst 500 tecken'),
  kind: z.enum(['line', 'total'], { message: 'Raden är "line" (belopp) eller "total" (summa)' }).optional(),
  sign: z.union([z.literal(1), z.literal(-1)], { message: 'Tecknet är 1 eller -1' }).optional(),
  amounts: z.array(amount).max(50),
});

const rowParams = z.object({ rowId: idParam });

export const budgetEndpoints = defineEndpoints({
  'GET /api/plans/:planId/budget': {
    tags: ['budget'],
    summary: 'Planens budgettabeller med beräknade summor mot angivna',
    params: planParams,
    response: budgetOverviewSchema,
  },
  'POST /api/budget-tables/:tableId/rows': {
    tags: ['budget'],
    summary: 'Lägg till en rad (ett belopp per kolumn)',
    params: z.object({ tableId: idParam }),
    body: budgetLineSchema.extend({ position: z.number().int().min(0).optional() }),
    response: budgetTableViewSchema,
    status: 201,
  },
  'PATCH /api/budget-rows/:rowId': {
    tags: ['budget'],
    summary: 'Ändra en rad i en budgettabell; version (eller If-Match) är den version ändringen gjordes mot – en äldre ger 409',
    params: rowParams,
    body: budgetLineSchema.extend({ version: z.number().int().min(1) }).partial(),
    response: budgetTableViewSchema,
  },
  'DELETE /api/budget-rows/:rowId': {
    tags: ['budget'],
    summary: 'Ta bort en rad (If-Match: versionen som visades); svaret är tabellen utan raden',
    params: rowParams,
    response: budgetTableViewSchema,
  },
});
