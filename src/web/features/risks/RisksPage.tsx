import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';
import type { RiskAssessment } from '../../../shared/risks-types';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { type CellFilter, HeatMap } from './HeatMap';
import { MatchPanel } from './MatchPanel';
import { RiskForm } from './RiskForm';
import { RiskHistory } from './RiskHistory';
import { RiskTable } from './RiskTable';
import { ThresholdForm } from './ThresholdForm';
import { useRiskHistory, useRiskOverview } from './riskApi';

/**
 * The plan's risk assessment of its success factors for one year: the 4×4 heat map whose cells
 * filter the table below, the table with every column, the matches awaiting confirmation, a
 * form to add or change an assessment, and each success factor's history across years.
 */
export function RisksPage({ planId }: { planId: number }) {
  const { t } = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const yearParam = searchParams.get('year');
  const requestedYear = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const overview = useRiskOverview(planId, requestedYear);
  const history = useRiskHistory(planId);
  const [filter, setFilter] = useState<CellFilter | null>(null);
  const [editing, setEditing] = useState<RiskAssessment | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const yearId = useId();
  const data = overview.data;
  useDocumentTitle(data ? t('risks.titleFor', { plan: data.plan.title }) : null);
  // Without a year the server shows the latest assessed one; the page keeps that year, so that adding an assessment for a later year does not switch the view.
  useEffect(() => {
    if (requestedYear === null && data) setSearchParams({ year: String(data.year) }, { replace: true });
  }, [requestedYear, data, setSearchParams]);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (overview.isPending) return <Loading />;
  if (!data) return <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />;

  const shown = filter ? data.assessments.filter((a) => a.consequence === filter.consequence && a.probability === filter.probability) : data.assessments;
  const pending = data.assessments.filter((a) => a.match.status !== 'confirmed');
  const ranges = data.thresholds.ranges;
  const refreshing = overview.isFetching && overview.isPlaceholderData;
  const edit = (a: RiskAssessment) => {
    setEditing(a);
    // The form is below the table; bring it into view and put the cursor in it.
    requestAnimationFrame(() => {
      formRef.current?.scrollIntoView({ block: 'start' });
      formRef.current?.querySelector<HTMLElement>('select, input, textarea')?.focus({ preventScroll: true });
    });
  };

  return (
    <div className="page risks">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: data.plan.title }]} current={t('risks.title')} />
      <h1>{t('risks.titleFor', { plan: data.plan.title })}</h1>
      <p className="lead">{t('risks.intro')}</p>
      <p>
        {t('risks.thresholds', { noFrom: ranges['no-action'].from, noTo: ranges['no-action'].to, actionFrom: ranges['action-needed'].from })}
      </p>

      {data.canEdit && <ThresholdForm planId={planId} thresholds={data.thresholds} />}

      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor={yearId}>{t('risks.year')}</label>
          <select
            id={yearId}
            value={data.year}
            onChange={(e) => {
              setFilter(null);
              setSearchParams({ year: e.target.value }, { replace: true });
            }}
          >
            {data.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <p className="toolbar-status" role="status">
          {refreshing ? t('risks.yearLoading') : t('risks.count', { count: data.assessments.length, year: data.year })}
        </p>
      </div>
      {overview.isError && <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />}
      {/* Matches awaiting a person come before the figures that depend on them. */}
      {data.assessments.some((a) => a.sourceSuccessFactor !== '') && <MatchPanel pending={pending} nodes={data.assessableNodes} canEdit={data.canEdit} />}

      {data.assessments.length === 0 ? (
        <p>{t('risks.none', { year: data.year })}</p>
      ) : (
        <>
          <section aria-labelledby="heat-map-heading">
            <h2 id="heat-map-heading">{t('risks.heatMap.title', { year: data.year })}</h2>
            <HeatMap year={data.year} cells={data.heatMap} filter={filter} onFilter={setFilter} />
          </section>
          <section aria-labelledby="risk-table-heading">
            <h2 id="risk-table-heading">{t('risks.table.title', { year: data.year })}</h2>
            <div className="toolbar">
              <p className="toolbar-status" role="status">
                {filter
                  ? t('risks.filter.showing', { shown: shown.length, total: data.assessments.length, consequence: filter.consequence, probability: filter.probability })
                  : t('risks.filter.all', { total: data.assessments.length })}
              </p>
              {filter && (
                <button type="button" className="button button-secondary" onClick={() => setFilter(null)}>
                  {t('risks.filter.clear')}
                </button>
              )}
            </div>
            <RiskTable year={data.year} assessments={shown} canEdit={data.canEdit} onEdit={edit} />
          </section>
        </>
      )}


      {data.canEdit && (
        <div ref={formRef}>
          <RiskForm
            key={editing?.id ?? 'new'}
            planId={planId}
            years={data.years}
            year={data.year}
            nodes={data.assessableNodes}
            thresholds={data.thresholds}
            editing={editing}
            onDone={() => setEditing(null)}
          />
        </div>
      )}

      {history.data && <RiskHistory items={history.data} />}
      {history.isError && <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />}
    </div>
  );
}
