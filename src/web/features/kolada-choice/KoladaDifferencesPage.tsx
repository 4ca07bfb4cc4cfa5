import { useState } from 'react';
import type { KoladaValueDifference } from '../../../shared/kolada-choice-types';
import { isApiError } from '../../api/client';
import { useScorecard } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { formatValue } from '../../lib/numbers';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useChooseKoladaValue, useKoladaDifferences } from './api';

/**
 * Where an entered value differs from Kolada's: measure, period, both values, and one button each
 * to keep the entered value or take Kolada's. The result is announced; a stale choice shows the 409.
 */
export function KoladaDifferencesPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const plan = useScorecard(planId, null).data?.plan;
  const differences = useKoladaDifferences(planId);
  const choose = useChooseKoladaValue(planId);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(plan ? t('koladaDiff.titleFor', { name: plan.title }) : t('koladaDiff.title'));

  const onChoose = (d: KoladaValueDifference, keep: 'entered' | 'kolada') => {
    setMessage('');
    setError(null);
    const value = formatValue(keep === 'kolada' ? d.kolada : d.entered, null, lang);
    const period = `${d.period} ${t(`koladaDiff.sex.${d.sex}`)}`;
    choose.mutate(
      { measureId: d.measureId, period: d.period, sex: d.sex, keep, version: d.version },
      {
        onSuccess: () => setMessage(t(keep === 'kolada' ? 'koladaDiff.tookKolada' : 'koladaDiff.keptEntered', { value, measure: d.measureName, period })),
        onError: (e) => setError(isApiError(e) ? e.message : t('app.errorGeneric')),
      },
    );
  };

  return (
    <div className="page kolada-differences">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: plan?.title ?? t('measure.plan') }]} current={t('koladaDiff.title')} />
      <h1>{t('koladaDiff.title')}</h1>
      <p className="lead">{t('koladaDiff.intro')}</p>
      <p role="status" className="form-success">
        {message}
      </p>
      {error && (
        <div className="error-box" role="alert">
          <p>
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        </div>
      )}
      {differences.isPending ? (
        <Loading />
      ) : differences.isError ? (
        <ErrorMessage error={differences.error} onRetry={() => void differences.refetch()} />
      ) : differences.data.length === 0 ? (
        <p>{t('koladaDiff.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('koladaDiff.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('koladaDiff.colMeasure')}</th>
                <th scope="col">{t('koladaDiff.colPeriod')}</th>
                <th scope="col">{t('koladaDiff.colEntered')}</th>
                <th scope="col">{t('koladaDiff.colKolada')}</th>
                <th scope="col">{t('koladaDiff.colChoice')}</th>
              </tr>
            </thead>
            <tbody>
              {differences.data.map((d) => {
                const period = `${d.period} ${t(`koladaDiff.sex.${d.sex}`)}`;
                const entered = formatValue(d.entered, null, lang);
                const kolada = formatValue(d.kolada, null, lang);
                return (
                  <tr key={`${d.measureId}:${d.period}:${d.sex}`}>
                    <th scope="row">{d.measureName}</th>
                    <td>{period}</td>
                    <td>
                      {entered}
                      {d.enteredBy && <div className="muted">{t('koladaDiff.enteredBy', { name: d.enteredBy })}</div>}
                    </td>
                    <td>{kolada}</td>
                    <td>
                      {d.canChoose ? (
                        <div className="button-group">
                          <button
                            type="button"
                            className="button-secondary"
                            disabled={choose.isPending}
                            aria-label={t('koladaDiff.keepEnteredLabel', { value: entered, measure: d.measureName, period })}
                            onClick={() => onChoose(d, 'entered')}
                          >
                            {t('koladaDiff.keepEntered')}
                          </button>{' '}
                          <button
                            type="button"
                            className="button-secondary"
                            disabled={choose.isPending}
                            aria-label={t('koladaDiff.takeKoladaLabel', { value: kolada, measure: d.measureName, period })}
                            onClick={() => onChoose(d, 'kolada')}
                          >
                            {t('koladaDiff.takeKolada')}
                          </button>
                        </div>
                      ) : (
                        <span className="muted">{t('koladaDiff.noRight')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
