import { useMemo } from 'react';
import { Breadcrumb } from '../../components/Breadcrumb';
import { useSearchParams } from 'wouter';
import type { Localized } from '../../../domain/i18n/lang';
import { useMeasure, useScorecard } from '../../api/queries';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { defaultEntryPeriod, periodLabeller } from '../../lib/periods';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { MeasureEqualityPanel } from '../equality/MeasureEqualityPanel';
import { MeasureChart } from './MeasureChart';
import { MeasureFacts } from './MeasureFacts';
import { MeasureEditSection } from '../measure-editor/MeasureEditSection';
import { ValueEntryForm } from './ValueEntryForm';
import { HistoryPanel } from '../../components/HistoryPanel';
import { ValuesTable } from './ValuesTable';
import { isWholePopulation } from './chartData';
import { KoladaCredit } from '../kolada/KoladaCredit';
import { KoladaPanel } from '../kolada/KoladaPanel';
import { GlossaryText, usePlanGlossary } from '../../components/GlossaryText';

/** One measure: what it is, its targets and how they were understood, its values, statuses and value entry. */
export function MeasurePage({ measureId }: { measureId: number }) {
  const { t, lang } = useT();
  const [searchParams] = useSearchParams();
  // The scorecard's period when the person came from there; kept on the way back too.
  const fromPeriod = searchParams.get('period');
  const planQuery = fromPeriod ? `?period=${encodeURIComponent(fromPeriod)}` : '';
  const measure = useMeasure(measureId);
  const planId = measure.data?.planId ?? Number.NaN;
  const scorecard = useScorecard(planId, null);
  const glossary = usePlanGlossary(Number.isFinite(planId) ? planId : null);
  useDocumentTitle(measure.data?.name ?? t('measure.title'));

  const periodLabel = useMemo(() => {
    const known: { key: string; label: Localized }[] = [
      ...(scorecard.data?.periods ?? []),
      ...(measure.data?.entryPeriods ?? []),
      ...(measure.data?.fulfilment.map((f) => ({ key: f.period, label: f.label })) ?? []),
    ];
    return periodLabeller(known, lang);
  }, [scorecard.data, measure.data, lang]);

  if (!Number.isFinite(measureId)) return <ErrorMessage error={new Error('bad id')} />;
  if (measure.isPending) return <Loading />;
  if (measure.isError) return <ErrorMessage error={measure.error} onRetry={() => void measure.refetch()} />;

  const m = measure.data;
  const model = scorecard.data?.model;
  const levelName = (key: string) => model?.levels.find((l) => l.key === key)?.name[lang] ?? '';
  const kind = model?.measureKinds.find((k) => k.key === m.kindKey);
  // The server says which periods a value may be entered for, newest first.
  const periods = m.entryPeriods.map((p) => ({ key: p.key, label: p.label[lang] }));
  const defaultPeriod = defaultEntryPeriod(
    periods.map((p) => p.key),
    scorecard.data?.periods.map((p) => p.key) ?? [],
    new Set(m.values.filter(isWholePopulation).map((v) => v.period)),
    fromPeriod,
  );

  return (
    <div className="page measure">
      <Breadcrumb
        trail={[
          { href: `/plans/${m.planId}${planQuery}`, label: scorecard.data?.plan.title ?? t('measure.plan') },
          ...m.path.map((node) => ({
            href: `/plans/${m.planId}${planQuery}#node-${node.id}`,
            label: (
              <>
                {levelName(node.levelKey) && <span className="visually-hidden">{levelName(node.levelKey)}: </span>}
                {node.title}
              </>
            ),
          })),
        ]}
        current={m.name}
      />

      <h1>
        <GlossaryText text={m.name} terms={glossary.data?.terms ?? []} />
      </h1>
      {kind && (
        <p className="meta">
          <span className="tag">{kind.name[lang]}</span> {t('measure.decidedBy', { who: kind.decidedBy[lang] })}
        </p>
      )}

      <MeasureFacts measure={m} periodLabel={periodLabel} />

      {m.canEdit && model && <MeasureEditSection measure={m} kinds={model.measureKinds} orgId={scorecard.data?.plan.organisationId} />}

      <section aria-labelledby="values-heading">
        <h2 id="values-heading">{t('measure.valuesHeading')}</h2>
        <MeasureChart measure={m} periodLabel={periodLabel} />
        <KoladaCredit values={m.values} />
        <h3>{t('measure.valuesTable')}</h3>
        <ValuesTable measure={m} periodLabel={periodLabel} />
      </section>

      <MeasureEqualityPanel measureId={m.id} planId={m.planId} name={m.name} periodLabel={periodLabel} />

      <KoladaPanel measureId={m.id} />

      <section aria-labelledby="fulfilment-heading">
        <h2 id="fulfilment-heading">{t('measure.fulfilment')}</h2>
        {m.fulfilment.length === 0 ? (
          <p>{t('measure.noFulfilment')}</p>
        ) : (
          <ScrollRegion label={t('measure.fulfilmentCaption', { name: m.name })}>
            <table className="data-table">
              <caption className="visually-hidden">{t('measure.fulfilmentCaption', { name: m.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('measure.col.period')}</th>
                  <th scope="col">{t('measure.col.status')}</th>
                  <th scope="col">{t('measure.col.explanation')}</th>
                </tr>
              </thead>
              <tbody>
                {m.fulfilment.map((f) => (
                  <tr key={f.period}>
                    <th scope="row">{f.label[lang]}</th>
                    <td>
                      <StatusBadge status={f.fulfilment.status} />
                    </td>
                    <td className="reason">{f.fulfilment.explanation[lang]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      {m.canEnterValues && (
        <section aria-labelledby="entry-heading">
          <h2 id="entry-heading">{t('entry.title')}</h2>
          {scorecard.isPending && Number.isFinite(planId) ? (
            <Loading />
          ) : (
            <ValueEntryForm measure={m} periods={periods} defaultPeriod={defaultPeriod || null} />
          )}
        </section>
      )}

      <HistoryPanel objectType="measure" objectId={m.id} title={m.name} />
    </div>
  );
}
