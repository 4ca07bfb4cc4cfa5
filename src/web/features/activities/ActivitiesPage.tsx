import { useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';
import { WORK_STATUS_LABELS, WORK_STATUSES } from '../../../domain/plan-content/work-status';
import type { Activity } from '../../../shared/plan-content-types';
import { useActivities, useDeleteActivity } from '../../api/plan-content-queries';
import { useMe, useScorecard } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { nodeOptions } from '../plan-content/planNodes';
import { PlanContentLinks } from '../plan-content/PlanContentLinks';
import { ActivityForm } from './ActivityForm';
import { ActivityStatusForm } from './ActivityStatusForm';
import { usePlanGlossary } from '../../components/GlossaryText';
import { ActivityTable } from './ActivityTable';
import { ActivityTimeline } from './ActivityTimeline';

/** The plan's action plan (handlingsplan): filters, the list, an add/edit form for editors and a timeline. */
export function ActivitiesPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const [params, setParams] = useSearchParams();
  const nodeFilter = params.get('node') ?? '';
  const statusFilter = params.get('status') ?? '';
  const lateOnly = params.get('late') === '1';
  const report = useActivities(planId);
  const scorecard = useScorecard(planId, null);
  const glossary = usePlanGlossary(Number.isFinite(planId) ? planId : null);
  const remove = useDeleteActivity(planId);
  const plan = scorecard.data?.plan;
  const me = useMe();
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [reporting, setReporting] = useState<Activity | null>(null);
  const [message, setMessage] = useState('');
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const ids = { node: useId(), status: useId(), late: useId() };
  useDocumentTitle(plan ? `${t('activities.title')} – ${plan.title}` : null);
  const nodes = useMemo(() => (scorecard.data ? nodeOptions(scorecard.data.nodes, scorecard.data.model, lang) : []), [scorecard.data, lang]);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (report.isPending || scorecard.isPending) return <Loading />;
  if (report.isError) return <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />;
  if (scorecard.isError) return <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />;

  const { activities, canEdit, startYear, endYear, today } = report.data;
  const shown = activities.filter(
    (a) =>
      (!nodeFilter || a.nodes.some((n) => String(n.id) === nodeFilter)) && (!statusFilter || a.status === statusFilter) && (!lateOnly || a.late),
  );
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  // Editors change everything; the responsible person reports status and progress (issue 12, item 9).
  const canReport = (a: Activity) => canEdit || (a.owner !== null && a.owner.id === me.data?.id);
  const done = (text: string | null) => {
    setEditing(null);
    setReporting(null);
    if (text) setMessage(text);
    focusAfterCommit(() => addRef.current?.focus());
  };
  const onDelete = (a: Activity) => {
    if (!window.confirm(t('activities.confirmDelete', { title: a.title }))) return;
    remove.mutate(a.id, { onSuccess: () => done(t('activities.deleted', { title: a.title })) });
  };

  return (
    <div className="page activities">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan?.title ?? t('measure.plan') }]} current={t('activities.title')} />
      <h1>{t('activities.title')}</h1>
      <p className="lead">{t('activities.intro')}</p>
      <PlanContentLinks planId={planId} organisationId={plan?.organisationId} />
      <SuccessMessage message={message} />
      {remove.isError && <ErrorMessage error={remove.error} />}

      {canEdit && editing === null && (
        <p>
          <button ref={addRef} type="button" className="button" onClick={() => { setMessage(''); setEditing('new'); }}>
            {t('activities.add')}
          </button>
        </p>
      )}
      {canEdit && editing !== null && plan && (
        <ActivityForm
          key={editing === 'new' ? 'new' : editing.id}
          planId={planId}
          organisationId={plan.organisationId}
          nodes={nodes}
          activity={editing === 'new' ? null : editing}
          onDone={done}
        />
      )}

      {reporting !== null && editing === null && (
        <ActivityStatusForm key={reporting.id} planId={planId} activity={reporting} onDone={done} />
      )}

      <section aria-labelledby="activities-list">
        <h2 id="activities-list">{t('activities.listHeading')}</h2>
        {activities.length === 0 ? (
          <p>{t('activities.empty')}</p>
        ) : (
          <>
            <div className="toolbar">
              <div className="field field-inline">
                <label htmlFor={ids.node}>{t('activities.filterNode')}</label>
                <select id={ids.node} value={nodeFilter} onChange={(e) => setFilter('node', e.target.value)}>
                  <option value="">{t('activities.allNodes')}</option>
                  {nodes.map((n) => (
                    <option key={n.id} value={String(n.id)}>
                      {`${'– '.repeat(n.depth)}${n.label}`}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field field-inline">
                <label htmlFor={ids.status}>{t('activities.filterStatus')}</label>
                <select id={ids.status} value={statusFilter} onChange={(e) => setFilter('status', e.target.value)}>
                  <option value="">{t('activities.allStatuses')}</option>
                  {WORK_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {WORK_STATUS_LABELS[s][lang]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field field-inline checkbox">
                <input id={ids.late} type="checkbox" checked={lateOnly} onChange={(e) => setFilter('late', e.target.checked ? '1' : '')} />
                <label htmlFor={ids.late}>{t('activities.onlyLate')}</label>
              </div>
              <p className="toolbar-status" role="status">
                {t('activities.count', { shown: shown.length, total: activities.length })}
              </p>
            </div>
            {shown.length === 0 ? (
              <p>{t('activities.noneMatch')}</p>
            ) : (
              <ActivityTable
                activities={shown}
                canEdit={canEdit}
                canReport={canReport}
                onEdit={(a) => { setMessage(''); setReporting(null); setEditing(a); }}
                onReport={(a) => { setMessage(''); setEditing(null); setReporting(a); }}
                onDelete={onDelete}
                terms={glossary.data?.terms}
              />
            )}
          </>
        )}
      </section>

      <ActivityTimeline activities={shown} startYear={startYear} endYear={endYear} today={today} />
    </div>
  );
}
