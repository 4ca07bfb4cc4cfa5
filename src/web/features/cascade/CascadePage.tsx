import { Link, useLocation, useSearchParams } from 'wouter';
import { useScorecard } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PeriodSelect } from '../../components/PeriodSelect';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useCascade } from './api';
import { withParents } from './tree';

/** For one node (a council goal, say): every node under it across plans and organisations, with its status, as an indented table. */
export function CascadePage({ nodeId }: { nodeId: number }) {
  const { t, lang } = useT();
  const [params] = useSearchParams();
  const [location, navigate] = useLocation();
  const period = params.get('period');
  const cascade = useCascade(nodeId, period);
  const root = cascade.data?.root;
  const scorecard = useScorecard(root?.planId ?? Number.NaN, null);
  useDocumentTitle(root ? t('cascade.title', { name: root.name }) : t('cascade.link'));

  if (!Number.isFinite(nodeId)) return <ErrorMessage error={new Error('bad id')} />;
  if (cascade.isPending) return <Loading />;
  if (cascade.isError) return <ErrorMessage error={cascade.error} onRetry={() => void cascade.refetch()} />;
  const { entries, hidden } = cascade.data;
  const r = cascade.data.root;
  const rows = withParents(r, entries);
  const choose = (p: string) => navigate(p ? `${location}?period=${encodeURIComponent(p)}` : location, { replace: true });

  return (
    <div className="page cascade">
      <Breadcrumb trail={[{ href: `/plans/${r.planId}`, label: r.planTitle }, { href: `/plans/${r.planId}#node-${r.nodeId}`, label: `${r.levelName[lang]}: ${r.name}` }]} current={t('cascade.link')} />
      <h1>{t('cascade.title', { name: r.name })}</h1>
      <p className="lead">{t('cascade.intro', { name: r.name })}</p>
      <div className="toolbar">
        {scorecard.data && <PeriodSelect label={t('cascade.period')} periods={scorecard.data.periods} value={period ?? ''} onChange={choose} all={t('cascade.latest')} />}
      </div>
      <p>
        {r.levelName[lang]}, {r.organisationName}, {r.planTitle}: <StatusBadge status={r.status} />
      </p>
      {entries.length === 0 ? (
        <p>{t('cascade.none', { name: r.name })}</p>
      ) : (
        <ScrollRegion label={t('cascade.caption', { name: r.name })}>
          <table className="data-table cascade-table">
            <caption>{t('cascade.count', { count: entries.length, name: r.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cascade.col.name')}</th>
                <th scope="col">{t('cascade.col.level')}</th>
                <th scope="col">{t('cascade.col.organisation')}</th>
                <th scope="col">{t('cascade.col.plan')}</th>
                <th scope="col">{t('cascade.col.status')}</th>
                <th scope="col">{t('cascade.col.via')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ entry: e, parent }) => (
                <tr key={e.nodeId} className={`cascade-${e.via}`}>
                  <th scope="row" style={{ paddingInlineStart: `${0.5 + (e.depth - 1) * 1.5}rem` }}>
                    <span className="visually-hidden">{t('cascade.depth', { depth: e.depth })}: </span>
                    <Link href={`/plans/${e.planId}#node-${e.nodeId}`}>{e.name}</Link>
                  </th>
                  <td>{e.levelName[lang]}</td>
                  <td>{e.organisationName}</td>
                  <td>{e.planTitle}</td>
                  <td>
                    <StatusBadge status={e.status} />
                    {e.explanation[lang] && <span className="visually-hidden"> – {e.explanation[lang]}</span>}
                  </td>
                  <td>{t('cascade.viaText', { via: t(`cascade.via.${e.via}`), parent: parent.name })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {hidden > 0 && <p className="meta">{t('cascade.hidden', { count: hidden })}</p>}
    </div>
  );
}
