import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api } from '../../api/client';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** "Mått utan riktning": the plan's measures whose targets need a direction nobody has set, each linked to the editor where it is set. */
export function MeasuresWithoutDirectionPage({ planId }: { planId: number }) {
  const { t } = useT();
  useDocumentTitle(t('glance.directionTitle'));
  const list = useQuery({
    queryKey: ['plans', planId, 'measures-without-direction'],
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/measures-without-direction', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  const measures = list.data.measures;
  return (
    <div className="page">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: t('glance.backToScorecard') }]} current={t('glance.directionTitle')} />
      <h1>{t('glance.directionTitle')}</h1>
      <p>{t('glance.directionIntro')}</p>
      {measures.length === 0 ? (
        <p role="status">{t('glance.directionEmpty')}</p>
      ) : (
        <>
          <p role="status">{t('glance.directionCount', { count: measures.length })}</p>
          <table className="data-table">
            <caption className="visually-hidden">{t('glance.directionTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scorecard.col.measure')}</th>
                <th scope="col">{t('glance.colPlace')}</th>
                <th scope="col">{t('glance.colTargets')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('glance.setDirection')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.nodePath.join(' › ')}</td>
                  <td>{m.targets.map((x) => `${x.year}: ${x.text || '–'}`).join('; ')}</td>
                  <td>
                    <Link href={`/measures/${m.id}#edit-measure`} aria-label={t('glance.setDirectionFor', { name: m.name })}>
                      {t('glance.setDirection')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
