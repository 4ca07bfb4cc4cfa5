import type { ScorecardMeasure } from '../../../shared/api-types';
import { useT } from '../../i18n';

/** A measure's forecast at DÅ 04/08 as text, labelled as a forecast beside the judged status: its verdict and sentence (or the number), and the comment. */
export function ForecastNote({ measure }: { measure: ScorecardMeasure }) {
  const { t, lang } = useT();
  const f = measure.forecast;
  if (!f) return null;
  return (
    <div className="forecast-note">
      {f.status ? (
        <p>
          <span className="label">{t('forecast.label')}:</span> {t(`forecast.verdict.${f.status.verdict}`)}. <span className="reason">{f.status.explanation[lang]}</span>
        </p>
      ) : (
        f.forecastText && (
          <p>
            <span className="label">{t('forecast.label')}:</span> {f.forecastText[lang]}
          </p>
        )
      )}
      {f.comment && (
        <p className="meta">
          {t('forecast.commentLabel')}: {f.comment}
        </p>
      )}
    </div>
  );
}
