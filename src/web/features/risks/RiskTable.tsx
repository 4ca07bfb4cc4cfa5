import type { RiskAssessment } from '../../../shared/risks-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';

interface Props {
  year: number;
  assessments: RiskAssessment[];
  canEdit: boolean;
  onEdit: (assessment: RiskAssessment) => void;
}

/** The name a row goes by: the plan's success factor, else the name the source wrote. */
export function assessmentName(a: RiskAssessment): string {
  return a.successFactor?.title ?? a.sourceSuccessFactor;
}

/** Every assessment with all its columns: the table alternative to the heat map. */
export function RiskTable({ year, assessments, canEdit, onEdit }: Props) {
  const { t } = useT();
  const caption = t('risks.table.caption', { year });
  return (
    <ScrollRegion label={caption}>
      <table className="data-table risk-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('risks.table.number')}
            </th>
            <th scope="col">{t('risks.table.successFactor')}</th>
            <th scope="col">{t('risks.table.whatCouldHappen')}</th>
            <th scope="col">{t('risks.table.consequenceText')}</th>
            <th scope="col" className="num">
              <abbr title={t('risks.table.consequenceLong')}>{t('risks.table.consequence')}</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={t('risks.table.probabilityLong')}>{t('risks.table.probability')}</abbr>
            </th>
            <th scope="col" className="num">
              {t('risks.table.risk')}
            </th>
            <th scope="col">{t('risks.table.class')}</th>
            <th scope="col">{t('risks.table.cause')}</th>
            <th scope="col">{t('risks.table.action')}</th>
            <th scope="col">{t('risks.table.controlMethod')}</th>
            <th scope="col">{t('risks.table.match')}</th>
            {canEdit && <th scope="col">{t('risks.table.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => {
            const differs = a.sourceSuccessFactor !== '' && a.sourceSuccessFactor !== a.successFactor?.title;
            return (
              <tr key={a.id}>
                <td className="num">{a.sourceNumber ?? ''}</td>
                <th scope="row" className="risk-factor">
                  {a.successFactor?.title ?? <span className="meta">{t('risks.table.noFactor')}</span>}
                  {differs && <span className="risk-source-name">{t('risks.table.asWritten', { name: a.sourceSuccessFactor })}</span>}
                </th>
                <td className="risk-text">{a.whatCouldHappen}</td>
                <td className="risk-text">{a.consequenceText}</td>
                <td className="num">{a.consequence}</td>
                <td className="num">
                  {a.probability}
                  {a.probabilityInferred && (
                    <>
                      {' '}
                      <abbr className="risk-inferred" title={t('risks.table.inferredNote')}>
                        ({t('risks.table.inferred')})
                      </abbr>
                    </>
                  )}
                </td>
                <td className="num">
                  <strong>{a.risk}</strong>
                </td>
                <td>
                  <span className={`risk-class risk-class-${a.riskClass}`}>{t(`risks.class.${a.riskClass}`)}</span>
                </td>
                <td className="risk-text">{a.cause}</td>
                <td className="risk-text">{a.action}</td>
                <td className="risk-text">{a.controlMethod}</td>
                <td>
                  <span className={`match-status match-${a.match.status}`}>{t(`risks.match.${a.match.status}`)}</span>
                </td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('risks.table.editLabel', { name: assessmentName(a) })}
                      onClick={() => onEdit(a)}
                    >
                      {t('risks.table.edit')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
