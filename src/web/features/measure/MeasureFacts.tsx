import type { MeasureDetail } from '../../../shared/api-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';

/** What the measure is: definition, owner, unit, direction, source, periods, baseline, targets and footnotes. */
export function MeasureFacts({ measure: m, periodLabel }: { measure: MeasureDetail; periodLabel: (key: string) => string }) {
  const { t, lang } = useT();
  const direction =
    m.betterDirection === 'increase'
      ? t('measure.directionIncrease')
      : m.betterDirection === 'decrease'
        ? t('measure.directionDecrease')
        : t('measure.directionNone');
  const reporting = m.periodsText || m.reportingPeriods.map(periodLabel).join(', ');

  return (
    <>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('measure.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('measure.definition')}</dt>
            <dd>{m.definition || t('measure.notGiven')}</dd>
          </div>
          <div>
            <dt>{t('measureSettings.owner')}</dt>
            <dd>{m.owner?.name ?? t('measureSettings.noOwner')}</dd>
          </div>
          <div>
            <dt>{t('measure.unit')}</dt>
            <dd>{m.unit || t('measure.notGiven')}</dd>
          </div>
          <div>
            <dt>{t('measure.direction')}</dt>
            <dd>{direction}</dd>
          </div>
          <div>
            <dt>{t('measure.nature')}</dt>
            <dd>{t(`measure.natures.${m.valueNature}`)}</dd>
          </div>
          <div>
            <dt>{t('measure.source')}</dt>
            <dd>{m.source || t('measure.notGiven')}</dd>
          </div>
          <div>
            <dt>{t('measure.periods')}</dt>
            <dd>{reporting || t('measure.notGiven')}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="baseline-heading">
        <h2 id="baseline-heading">{t('measure.baseline')}</h2>
        <p className="as-written">
          <span className="meta">{t('measure.asWritten')}</span> {m.baselineText || '–'}
        </p>
        {m.baselineDescription[lang] && (
          <p>
            <span className="meta">{t('measure.understoodAs')}</span> {m.baselineDescription[lang]}
          </p>
        )}
      </section>

      <section aria-labelledby="targets-heading">
        <h2 id="targets-heading">{t('measure.targets')}</h2>
        {m.targets.length === 0 ? (
          <p>{t('measure.noTargets')}</p>
        ) : (
          <ScrollRegion label={t('measure.targetsCaption', { name: m.name })}>
            <table className="data-table">
              <caption className="visually-hidden">{t('measure.targetsCaption', { name: m.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('measure.col.year')}</th>
                  <th scope="col">{t('measure.col.targetText')}</th>
                  <th scope="col">{t('measure.col.understood')}</th>
                </tr>
              </thead>
              <tbody>
                {[...m.targets]
                  .sort((a, b) => a.year - b.year)
                  .map((target) => (
                    <tr key={target.year}>
                      <th scope="row">{target.year}</th>
                      <td>{target.text || '–'}</td>
                      <td>{target.description[lang]}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      {m.footnotes.length > 0 && (
        <section aria-labelledby="footnotes-heading">
          <h2 id="footnotes-heading">{t('measure.footnotes')}</h2>
          <ul className="footnotes">
            {m.footnotes.map((f) => (
              <li key={f.mark}>
                <span className="footnote-mark">{f.mark}</span> {f.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
