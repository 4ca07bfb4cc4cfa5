import { useId } from 'react';
import { Breadcrumb } from '../../components/Breadcrumb';
import { useSearchParams } from 'wouter';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { Assignment } from '../../../shared/api-types';
import { useAssignments, useScorecard } from '../../api/queries';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The filter's value for assignments that name no body. */
const NO_BODY = '-';

/** The bodies to filter by: the model's, in its order, then any other code the assignments name; only those in use. */
function bodyCodes(assignments: Assignment[], model: GovernanceModel | undefined): string[] {
  const used = new Set(assignments.flatMap((a) => a.bodies));
  const known = (model?.bodies ?? []).map((b) => b.code).filter((code) => used.has(code));
  return [...known, ...[...used].filter((code) => !known.includes(code)).sort()];
}

function matches(assignment: Assignment, filter: string): boolean {
  if (!filter) return true;
  if (filter === NO_BODY) return assignment.bodies.length === 0;
  return assignment.bodies.includes(filter);
}

/** The council's assignments (uppdrag) in a plan, numbered as in the plan, with the bodies responsible; filterable by body. */
export function AssignmentsPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = searchParams.get('body') ?? '';
  const assignments = useAssignments(planId);
  // The plan's title and governance model (assignment word, body names) come with its scorecard.
  const scorecard = useScorecard(planId, null);
  const filterId = useId();
  const model = scorecard.data?.model;
  const plan = scorecard.data?.plan;
  const title = model ? t('assignments.title', { name: model.assignmentName[lang] }) : '';
  useDocumentTitle(model && plan ? `${title} – ${plan.title}` : null);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (assignments.isPending || scorecard.isPending) return <Loading />;
  if (assignments.isError) return <ErrorMessage error={assignments.error} onRetry={() => void assignments.refetch()} />;
  if (scorecard.isError) return <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />;

  const all = assignments.data;
  const m = scorecard.data.model;
  const bodyName = (code: string) => {
    const body = m.bodies.find((b) => b.code === code);
    return body ? t('assignments.bodyOption', { name: body.name[lang], code }) : code;
  };
  const codes = bodyCodes(all, m);
  const withoutBody = all.filter((a) => a.bodies.length === 0).length;
  const shown = all.filter((a) => matches(a, filter));
  const setFilter = (value: string) => setSearchParams(value ? { body: value } : {}, { replace: true });

  return (
    <div className="page assignments">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan?.title ?? t('measure.plan') }]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{t('assignments.intro', { plan: plan?.title ?? '' })}</p>

      {all.length === 0 ? (
        <p>{t('assignments.empty')}</p>
      ) : (
        <>
          <div className="toolbar">
            <div className="field field-inline">
              <label htmlFor={filterId}>{t('assignments.filter')}</label>
              <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value)}>
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
            <p className="toolbar-status assignments-count" role="status">
              {t('assignments.count', { shown: shown.length, total: all.length })}
            </p>
          </div>
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
