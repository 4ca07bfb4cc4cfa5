import type { AdvocacyIssue } from '../../../shared/plan-content-types';
import { useAdvocacyIssues } from '../../api/plan-content-queries';
import { useScorecard } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PlanContentLinks } from './PlanContentLinks';

/** The issues in groups, in document order. */
function byArea(issues: AdvocacyIssue[]): { area: string; issues: AdvocacyIssue[] }[] {
  const groups: { area: string; issues: AdvocacyIssue[] }[] = [];
  for (const issue of issues) {
    const last = groups.at(-1);
    if (last && last.area === issue.area) last.issues.push(issue);
    else groups.push({ area: issue.area, issues: [issue] });
  }
  return groups;
}

/** The plan's advocacy issues (påverkansfrågor) per group, with arena and decision-maker. */
export function AdvocacyPage({ planId }: { planId: number }) {
  const { t } = useT();
  const issues = useAdvocacyIssues(planId);
  const scorecard = useScorecard(planId, null);
  const plan = scorecard.data?.plan;
  useDocumentTitle(plan ? `${t('advocacy.title')} – ${plan.title}` : null);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (issues.isPending) return <Loading />;
  if (issues.isError) return <ErrorMessage error={issues.error} onRetry={() => void issues.refetch()} />;
  const arena = (i: AdvocacyIssue) => (i.arena === null ? t('advocacy.unknownArena') : t(`advocacy.${i.arena}`));
  const hasUnknown = issues.data.some((i) => i.kind === 'issue' && i.arena === null);

  return (
    <div className="page advocacy">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan?.title ?? t('measure.plan') }]} current={t('advocacy.title')} />
      <h1>{t('advocacy.title')}</h1>
      <p className="lead">{t('advocacy.intro')}</p>
      <PlanContentLinks planId={planId} organisationId={plan?.organisationId} />
      {issues.data.length === 0 && <p>{t('advocacy.empty')}</p>}
      {byArea(issues.data).map((group, g) => {
        const area = group.area || t('advocacy.noArea');
        return (
          <section key={g} className="advocacy-group" aria-labelledby={`advocacy-${g}`}>
            <h2 id={`advocacy-${g}`}>{area}</h2>
            <ScrollRegion label={t('advocacy.caption', { area })}>
              <table className="data-table advocacy-table">
                <caption className="visually-hidden">{t('advocacy.caption', { area })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('advocacy.col.issue')}</th>
                    <th scope="col">{t('advocacy.col.arena')}</th>
                    <th scope="col">{t('advocacy.col.decisionMaker')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.issues.map((i) =>
                    i.kind === 'note' ? (
                      <tr key={i.id} className="advocacy-note">
                        <td colSpan={3}>
                          <span className="visually-hidden">{t('advocacy.note')}: </span>
                          <em>{i.text}</em>
                        </td>
                      </tr>
                    ) : (
                      <tr key={i.id}>
                        <th scope="row">{i.text}</th>
                        <td>{arena(i)}</td>
                        <td>{i.decisionMaker || '–'}</td>
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        );
      })}
      {hasUnknown && <p className="meta">{t('advocacy.unknownNote')}</p>}
    </div>
  );
}
