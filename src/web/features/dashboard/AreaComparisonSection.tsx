import { useState } from 'react';
import type { Sex } from '../../../domain/targets/types';
import type { Dashboard } from '../../../shared/dashboard-types';
import { BarChart, ChartOrTable } from '../../components/BarChart';
import { SelectField } from '../../components/Field';
import { ErrorMessage, Loading, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { gapText } from '../equality/GapCells';
import { useAreaComparison } from './queries';

/** One measure compared across areas (org units): a select for measure, period and sex; ranked bars with the whole region as a line; and a table. */
export function AreaComparisonSection({ dashboard }: { dashboard: Dashboard }) {
  const tt = useT();
  const { t, lang, qty } = tt;
  const [measureId, setMeasureId] = useState<number | null>(dashboard.areaMeasures[0]?.id ?? null);
  const [period, setPeriod] = useState<string | null>(null);
  const [sex, setSex] = useState<Sex | null>(null);
  const chosen = dashboard.areaMeasures.some((m) => m.id === measureId) ? measureId : (dashboard.areaMeasures[0]?.id ?? null);
  const comparison = useAreaComparison(chosen, period, sex);
  const c = comparison.data;

  const body = () => {
    if (chosen === null) return <p>{t('dashboard.areas.none')}</p>;
    if (comparison.isPending) return <Loading />;
    if (comparison.isError && !c) return <ErrorMessage error={comparison.error} onRetry={() => void comparison.refetch()} />;
    if (!c) return null;
    const periodLabel = c.periodLabel[lang];
    const value = (v: number) => qty(v, c.unit);
    const caption = t('dashboard.areas.caption', { name: c.name, period: periodLabel });
    const summary = [
      t('dashboard.areas.summary', { name: c.name, period: periodLabel, areas: c.areas.map((a) => `${a.rank}. ${a.name} ${value(a.value)}`).join(', ') }),
      c.whole !== null ? t('dashboard.areas.wholeValue', { value: value(c.whole) }) : '',
    ].join(' ');
    return (
      <>
        <div className="toolbar">
          <SelectField
            label={t('dashboard.areas.period')}
            value={c.period}
            onChange={(p) => setPeriod(p)}
            options={c.periods.map((p) => ({ value: p.key, label: p.label[lang] }))}
          />
          <SelectField
            label={t('dashboard.areas.sex')}
            value={c.sex}
            onChange={(s) => setSex(s)}
            options={(c.sexes.length ? c.sexes : [c.sex]).map((s) => ({ value: s, label: t(`sex.${s}`) }))}
          />
        </div>
        <p className="meta">
          {c.order === 'best-first' ? t('dashboard.areas.orderBest') : t('dashboard.areas.orderHighest')}{' '}
          {c.whole !== null ? t('dashboard.areas.wholeValue', { value: value(c.whole) }) : t('dashboard.areas.wholeMissing')}{' '}
          {c.spread && t('dashboard.areas.spread', { value: gapText(c.spread.absolute, c.unit, tt) })}
        </p>
        <ChartOrTable
          label={caption}
          chart={
            <BarChart
            label={caption}
              rows={c.areas.map((a) => ({ key: a.name, label: `${a.rank}. ${a.name}`, values: { value: a.value } }))}
              series={[{ key: 'value', label: t('dashboard.areas.col.value'), className: 'bar-area' }]}
              summary={summary}
              format={value}
              reference={c.whole !== null ? { value: c.whole, label: t('dashboard.areas.wholeValue', { value: value(c.whole) }) } : undefined}
            />
          }
          table={
            <ScrollRegion label={caption}>
              <table className="data-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">{t('dashboard.areas.col.rank')}</th>
                    <th scope="col">{t('dashboard.areas.col.area')}</th>
                    <th scope="col" className="num">{t('dashboard.areas.col.value')}</th>
                    <th scope="col" className="num">{t('dashboard.areas.col.fromWhole')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.areas.map((a) => (
                    <tr key={a.name}>
                      <td className="num">{a.rank}</td>
                      <th scope="row">{a.name}</th>
                      <td className="num">{value(a.value)}</td>
                      <td className="num">{a.fromWhole === null ? '–' : `${a.fromWhole > 0 ? '+' : a.fromWhole < 0 ? '−' : ''}${gapText(Math.abs(a.fromWhole), c.unit, tt)}`}</td>
                    </tr>
                  ))}
                </tbody>
                {c.whole !== null && (
                  <tfoot>
                    <tr>
                      <td />
                      <th scope="row">{t('dashboard.areas.whole')}</th>
                      <td className="num">{value(c.whole)}</td>
                      <td />
                    </tr>
                  </tfoot>
                )}
              </table>
            </ScrollRegion>
          }
        />
      </>
    );
  };

  return (
    <section className="card dashboard-section" aria-labelledby="areas-heading">
      <h2 id="areas-heading">{t('dashboard.areas.heading')}</h2>
      <p>{t('dashboard.areas.intro')}</p>
      {dashboard.areaMeasures.length > 0 && chosen !== null && (
        <SelectField
          label={t('dashboard.areas.measure')}
          value={String(chosen)}
          onChange={(id) => {
            setMeasureId(Number(id));
            setPeriod(null);
            setSex(null);
          }}
          options={dashboard.areaMeasures.map((m) => ({ value: String(m.id), label: m.name }))}
        />
      )}
      {body()}
    </section>
  );
}
