import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SharedConditions } from '../../../shared/workshop-types';
import { api } from '../../api/client';
import { FormError } from '../../components/Form';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { formatValue } from '../../lib/numbers';
import { workshopKey } from './useWorkshopLive';

type Row = SharedConditions['rows'][number];

/**
 * The shared conditions exercise: one column per member region, one row per key figure, numbers in
 * the reader's language (sv: `249 000`, `21,5 %`), each row named with its Kolada KPI and year.
 * Its key sits under the workshop's, so the live channel's re-read refreshes it too.
 */
export function ConditionsTable({ workshopId, facilitator }: { workshopId: number; facilitator: boolean }) {
  const { t, lang } = useT();
  const queryClient = useQueryClient();
  const key = [...workshopKey(workshopId), 'conditions'];
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => api.call('GET /api/workshops/:id/conditions', { params: { id: workshopId } }, { signal, redirectOn401: false }) });
  const fetchNow = useMutation({
    mutationFn: () => api.call('POST /api/workshops/:id/conditions/fetch', { params: { id: workshopId }, body: {} }, { redirectOn401: false }),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  const show = (row: Row, v: number | null, memberHasId: boolean) => {
    if (v === null) return memberHasId ? t('regionTools.conditionsMissing') : t('regionTools.conditionsNoKoladaId');
    const digits = row.format === 'count' || row.format === 'kronor' ? 0 : 1;
    return formatValue(v, row.format === 'percent' ? '%' : row.format === 'kronor' ? 'kr' : null, lang, { maximumFractionDigits: digits });
  };
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  return (
    <section className="card workshop-conditions" aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">{t('regionTools.conditionsTitle')}</h2>
      <p>{t('regionTools.conditionsIntro')}</p>
      <ScrollRegion label={t('regionTools.conditionsCaption')}>
        <table className="data-table">
          <caption id="conditions-caption">{t('regionTools.conditionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('regionTools.conditionsFigure')}</th>
              {c.members.map((m) => (
                <th key={m.id} scope="col" className="numeric">
                  {m.name}
                </th>
              ))}
              <th scope="col">{t('regionTools.conditionsSource')}</th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((row) => (
              <tr key={row.kpi}>
                <th scope="row">
                  <span className="meta">{t(`regionTools.conditionsGroups.${row.group}`)}: </span>
                  {row.title}
                </th>
                {row.values.map((v, i) => (
                  <td key={c.members[i]!.id} className="numeric">
                    {show(row, v, c.members[i]!.koladaId !== null)}
                  </td>
                ))}
                <td className="meta">
                  {row.year === null ? t('regionTools.conditionsNoYear', { kpi: row.kpi }) : t('regionTools.conditionsSourceText', { kpi: row.kpi, year: row.year })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {c.fetchedAt && <p className="meta">{t('regionTools.conditionsFetchedAt', { date: new Date(c.fetchedAt).toLocaleDateString(lang === 'en' ? 'en-GB' : lang === 'da' ? 'da-DK' : 'sv-SE') })}</p>}
      {facilitator && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => fetchNow.mutate()} disabled={fetchNow.isPending}>
            {fetchNow.isPending ? t('regionTools.conditionsFetching') : t('regionTools.conditionsFetch')}
          </button>
        </p>
      )}
      <FormError message={fetchNow.error ? fetchNow.error.message : null} />
    </section>
  );
}
