import { useId, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useMe, useOrganisationUsers } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFollowup } from './api';
import { FollowupNav } from './FollowupNav';
import { FollowupNodeCard } from './FollowupNodeCard';
import { NodeMeasures } from './NodeMeasures';
import { DeadlineNote, FollowupPeriodSelect } from './PeriodSelect';

/**
 * The follow-up of a plan for one period, one goal or success factor at a time: a list of them with
 * their state, and the chosen one's proposal and judgement beside its measures' values and statuses.
 */
export function FollowupPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('period');
  const followup = useFollowup(planId, requested);
  const me = useMe();
  const data = followup.data;
  const people = useOrganisationUsers(data?.plan.organisationId ?? Number.NaN, !!data?.canAssignOwners);
  const [onlyMine, setOnlyMine] = useState(false);
  const mineId = useId();
  const current = data?.periods.find((p) => p.key === data.period);
  const title = current ? t('followup.titleOf', { period: current.label[lang] }) : t('followup.title');
  useDocumentTitle(data ? `${title} – ${data.plan.title}` : null);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (followup.isPending) return <Loading />;
  if (followup.isError && !data) return <ErrorMessage error={followup.error} onRetry={() => void followup.refetch()} />;
  if (!data) return null;

  const levelName = (key: string) => data.model.levels.find((l) => l.key === key)?.name[lang] ?? key;
  const myId = me.data?.id;
  const groups = data.groups
    .map((g) => ({ ...g, nodes: onlyMine ? g.nodes.filter((n) => n.owner?.id === myId) : g.nodes }))
    .filter((g) => g.nodes.length > 0);
  const refreshing = followup.isFetching && followup.isPlaceholderData;
  // One node at a time: the one named in the address (?node=), else the first of the list.
  const flat = groups.flatMap((g) => g.nodes);
  const wanted = Number(searchParams.get('node'));
  const index = Math.max(0, flat.findIndex((n) => n.id === wanted));
  const selected = flat[index];
  const select = (id: number) => setSearchParams({ period: data.period, node: String(id) }, { replace: true });

  return (
    <div className="page followup">
      <Breadcrumb trail={[{ href: `/plans/${planId}?period=${encodeURIComponent(data.period)}`, label: data.plan.title }]} current={t('followup.title')} />
      <h1>{title}</h1>
      <p className="meta">{data.plan.title}</p>
      <p className="intro">{t('followup.intro')}</p>
      <div className="toolbar">
        <FollowupPeriodSelect periods={data.periods} value={data.period} onChange={(period) => setSearchParams({ period, ...(selected ? { node: String(selected.id) } : {}) }, { replace: true })} />
        <DeadlineNote period={current} />
        <Link href={`/plans/${planId}/followup/missing?period=${encodeURIComponent(data.period)}`}>{t('followup.missingLink')}</Link>
        <div className="field field-checkbox">
          <input id={mineId} type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} />
          <label htmlFor={mineId}>{t('followup.onlyMine')}</label>
        </div>
        <p className="toolbar-status" role="status">
          {refreshing ? t('app.loading') : ''}
        </p>
      </div>
      {followup.isError && <ErrorMessage error={followup.error} onRetry={() => void followup.refetch()} />}
      {data.groups.length === 0 && <p>{t('followup.empty')}</p>}
      {onlyMine && groups.length === 0 && <p>{t('followup.noneMine')}</p>}
      {groups.length > 0 && (
        <div className={`followup-layout${refreshing ? ' is-refreshing' : ''}`}>
          <FollowupNav groups={groups} selected={selected?.id ?? null} onSelect={select} levelName={levelName} />
          {selected && (
            <div className="followup-selected">
              <p className="meta followup-position" aria-live="polite">
                {t('followupNav.position', { index: index + 1, count: flat.length })}
              </p>
              <div className="followup-selected-body">
                <FollowupNodeCard
                  key={selected.id}
                  node={selected}
                  levelName={levelName(selected.levelKey)}
                  planId={planId}
                  period={data.period}
                  people={people.data}
                  canAssignOwners={data.canAssignOwners}
                />
                <NodeMeasures planId={planId} period={data.period} nodeId={selected.id} title={selected.title} />
              </div>
              <div className="followup-step">
                {index > 0 && (
                  <button type="button" className="button button-secondary button-small" onClick={() => select(flat[index - 1]!.id)}>
                    {t('followupNav.previous', { title: flat[index - 1]!.title })}
                  </button>
                )}
                {index < flat.length - 1 && (
                  <button type="button" className="button button-secondary button-small" onClick={() => select(flat[index + 1]!.id)}>
                    {t('followupNav.next', { title: flat[index + 1]!.title })}
                  </button>
                )}
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
