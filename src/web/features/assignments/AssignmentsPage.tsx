import { useId, useState } from 'react';
import { useSearchParams } from 'wouter';
import type { GovernanceModel } from '../../../domain/model/governance';
import { WORK_STATUS_LABELS, WORK_STATUSES } from '../../../domain/plan-content/work-status';
import type { AssignmentWithStatus } from '../../../shared/plan-content-types';
import { useAssignmentStatus } from '../../api/plan-content-queries';
import { useScorecard } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading, ScrollRegion, SuccessMessage } from '../../components/States';
import { PeriodSelect } from '../../components/PeriodSelect';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PlanContentLinks } from '../plan-content/PlanContentLinks';
import { AssignmentOverviewTable } from './AssignmentOverviewTable';
import { FollowUpCell } from './FollowUpCell';

/** The filter's value for assignments that name no body, and for those not followed up. */
const NO_BODY = '-';
const NOT_REPORTED = 'not-reported';

/** The bodies to filter by: the model's, in its order, then any other code the assignments name; only those in use. */
function bodyCodes(assignments: AssignmentWithStatus[], model: GovernanceModel | undefined): string[] {
  const used = new Set(assignments.flatMap((a) => a.bodies));
  const known = (model?.bodies ?? []).map((b) => b.code).filter((code) => used.has(code));
  return [...known, ...[...used].filter((code) => !known.includes(code)).sort()];
}

function matchesBody(assignment: AssignmentWithStatus, filter: string): boolean {
  if (!filter) return true;
  if (filter === NO_BODY) return assignment.bodies.length === 0;
  return assignment.bodies.includes(filter);
}

function matchesStatus(assignment: AssignmentWithStatus, filter: string): boolean {
  if (!filter) return true;
  return (assignment.followUp?.status ?? NOT_REPORTED) === filter;
}

/**
 * The council's assignments (uppdrag), numbered as in the plan, with the bodies responsible and their
 * status per reporting period; an overview per body × status; filters by body and status; editors
 * follow each one up in place.
 */
export function AssignmentsPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = searchParams.get('body') ?? '';
  const statusFilter = searchParams.get('status') ?? '';
  const requestedPeriod = searchParams.get('period');
  const report = useAssignmentStatus(planId, requestedPeriod);
  // The plan's title and governance model (assignment word, body names) come with its scorecard.
  const scorecard = useScorecard(planId, null);
  const ids = { body: useId(), status: useId() };
  const [saved, setSaved] = useState('');
  const model = scorecard.data?.model;
  const plan = scorecard.data?.plan;
  const title = model ? t('assignments.title', { name: model.assignmentName[lang] }) : '';
  useDocumentTitle(model && plan ? `${title} – ${plan.title}` : null);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (report.isPending || scorecard.isPending) return <Loading />;
  if (report.isError) return <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />;
  if (scorecard.isError) return <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />;

  const { assignments: all, overview, periods, period, canEdit } = report.data;
  const periodLabel = periods.find((p) => p.key === period)?.label[lang] ?? period;
  const m = scorecard.data.model;
  const bodyName = (code: string) => {
    const body = m.bodies.find((b) => b.code === code);
    return body ? t('assignments.bodyOption', { name: body.name[lang], code }) : code;
  };
  const codes = bodyCodes(all, m);
  const withoutBody = all.filter((a) => a.bodies.length === 0).length;
  const shown = all.filter((a) => matchesBody(a, filter) && matchesStatus(a, statusFilter));
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next, { replace: true });
  };

  return (
    <div className="page assignments">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan?.title ?? t('measure.plan') }]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t('assignments.intro', { plan: plan?.title ?? '' })}</p>
      <PlanContentLinks planId={planId} organisationId={plan?.organisationId} />

      {all.length === 0 ? (
        <p>{t('assignments.empty')}</p>
      ) : (
        <>
          <div className="toolbar">
            <PeriodSelect label={t('followUp.period')} periods={periods} value={period} onChange={(p) => setParam('period', p)} />
          </div>
          <AssignmentOverviewTable overview={overview} period={periodLabel} bodyName={bodyName} />
          <div className="toolbar">
            <div className="field field-inline">
              <label htmlFor={ids.body}>{t('assignments.filter')}</label>
              <select id={ids.body} value={filter} onChange={(e) => setParam('body', e.target.value)}>
                <option value="">{t('assignments.all')}</option>
                {codes.map((code) => (
                  <option key={code} value={code}>
                    {bodyName(code)}
                  </option>
                ))}
                {withoutBody > 0 && <option value={NO_BODY}>{t('assignments.withoutBody')}</option>}
                {filter && filter !== NO_BODY && !codes.includes(filter) && <option value={filter}>{filter}</option>}
              </select>
            </div>
            <div className="field field-inline">
              <label htmlFor={ids.status}>{t('followUp.statusFilter')}</label>
              <select id={ids.status} value={statusFilter} onChange={(e) => setParam('status', e.target.value)}>
                <option value="">{t('followUp.allStatuses')}</option>
                {WORK_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {WORK_STATUS_LABELS[s][lang]}
                  </option>
                ))}
                <option value={NOT_REPORTED}>{t('followUp.notReported')}</option>
              </select>
            </div>
            <p className="toolbar-status assignments-count" role="status">
              {t('assignments.count', { shown: shown.length, total: all.length })}
            </p>
          </div>
          <SuccessMessage message={saved} />
          {shown.length === 0 ? (
            <p>{t('assignments.noneMatch')}</p>
          ) : (
            <ScrollRegion label={title}>
              <table className="data-table assignments-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('assignments.col.number')}
                    </th>
                    <th scope="col">{m.assignmentName[lang]}</th>
                    <th scope="col">{t('assignments.col.bodies')}</th>
                    <th scope="col">{t('followUp.col.status', { period: periodLabel })}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((a) => (
                    <tr key={a.id}>
                      <th scope="row" className="num">
                        {a.position + 1}
                      </th>
                      <td className="assignment-text">{a.text}</td>
                      <td className="assignment-bodies">
                        {a.bodies.length === 0 ? (
                          <span className="meta">{t('assignments.noBodies')}</span>
                        ) : (
                          <ul>
                            {a.bodies.map((code) => (
                              <li key={code}>{bodyName(code)}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className="assignment-status">
                        <FollowUpCell key={`${a.id}-${period}`} planId={planId} assignment={a} period={period} periodLabel={periodLabel} canEdit={canEdit} onSaved={setSaved} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      )}
    </div>
  );
}
