/** Response shapes of the dashboard API (/api/plans/:id/dashboard, /api/measures/:id/area-comparison); their schemas: contracts/dashboard.ts. */
import type { z } from 'zod';
import type { areaComparisonResponseSchema, dashboardSchema } from './contracts/dashboard';

export type { AreaComparison, NodeFulfilment, RankedArea, StatusChange, StatusCounts, TrendPoint } from '../domain/dashboard';

export type Dashboard = z.infer<typeof dashboardSchema>;

export type AreaComparisonResponse = z.infer<typeof areaComparisonResponseSchema>;
