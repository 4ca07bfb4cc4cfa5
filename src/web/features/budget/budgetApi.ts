import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BudgetLineRequest, BudgetOverview, BudgetTableView } from '../../../shared/budget-types';
import { type ApiError, api } from '../../api/client';

export const budgetKeys = {
  overview: (planId: number) => ['budget', planId] as const,
};

export function useBudget(planId: number) {
  return useQuery({
    queryKey: budgetKeys.overview(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/budget', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

/** Saves one line; the answer is the whole table with its checks, put straight into the page's data. */
export function useSaveBudgetLine(planId: number) {
  const client = useQueryClient();
  return useMutation<BudgetTableView, ApiError, { rowId: number; input: Partial<BudgetLineRequest> & { version?: number } }>({
    mutationFn: ({ rowId, input }) => api.call('PATCH /api/budget-rows/:rowId', { params: { rowId }, body: input }),
    onSuccess: (table) => {
      client.setQueryData<BudgetOverview>(budgetKeys.overview(planId), (o) => (o ? { ...o, tables: o.tables.map((t) => (t.id === table.id ? table : t)) } : o));
    },
  });
}
