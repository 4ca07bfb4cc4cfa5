import { useRef, useState } from 'react';
import type { MeasureDetail, MeasureValue } from '../../../shared/api-types';
import { useDeleteValue } from '../../api/queries';
import { ErrorMessage, ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/periods';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { compareValues, groupText } from './values';

/** Every registered value, breakdowns included, as a table: the text alternative to the chart, and where values are removed. */
export function ValuesTable({ measure, periodLabel }: { measure: MeasureDetail; periodLabel: (key: string) => string }) {
  const { t, lang, qty } = useT();
  const remove = useDeleteValue(measure.id);
  const [message, setMessage] = useState('');
  const containerRef = useRef<HTMLDivElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const values = [...measure.values].sort(compareValues(lang));
  const showAge = values.some((v) => v.ageBand.trim() !== '');
  const showArea = values.some((v) => v.area.trim() !== '');
  const canEdit = measure.canEnterValues;
  const caption = t('measure.valuesCaption', { name: measure.name });

  const onDelete = (v: MeasureValue) => {
    const description = { value: qty(v.value, measure.unit), period: periodLabel(v.period), group: groupText(lang, v) };
    if (remove.isPending || !window.confirm(t('measure.confirmDelete', description))) return;
    setMessage('');
    remove.mutate(v.id, {
      onSuccess: () => {
        setMessage(t('measure.deleted', description));
        // The row and its button are gone: put focus on the table (or the message if it was the last row).
        focusAfterCommit(() =>
          containerRef.current?.querySelector<HTMLElement>('.table-scroll, .live-message')?.focus(),
        );
      },
    });
  };

  return (
    <div ref={containerRef}>
      {values.length === 0 ? (
        <p>{t('chart.noValues')}</p>
      ) : (
        <ScrollRegion label={caption}>
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measure.col.period')}</th>
                <th scope="col">{t('measure.col.sex')}</th>
                {showAge && <th scope="col">{t('measure.col.ageBand')}</th>}
                {showArea && <th scope="col">{t('measure.col.area')}</th>}
                <th scope="col" className="num">
                  {t('measure.col.value')}
                </th>
                <th scope="col">{t('measure.col.valueStatus')}</th>
                <th scope="col">{t('measure.col.entered')}</th>
                {canEdit && <th scope="col">{t('measure.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {values.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{periodLabel(v.period)}</th>
                  <td>{t(`sex.${v.sex}`)}</td>
                  {showAge && <td>{v.ageBand.trim() || <Whole text={t('measure.allAges')} />}</td>}
                  {showArea && <td>{v.area.trim() || <Whole text={t('measure.wholeArea')} />}</td>}
                  <td className="num">{qty(v.value, measure.unit)}</td>
                  <td>{t(`valueStatus.${v.status}`)}</td>
                  <td>
                    {formatDateTime(v.enteredAt, lang)}
                    {v.enteredBy && <span className="meta block">{v.enteredBy}</span>}
                    {v.source && <span className="meta block">{t('measure.sourceOf', { source: v.source })}</span>}
                  </td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="button button-small button-secondary"
                        onClick={() => onDelete(v)}
                        aria-label={t('measure.deleteLabel', { period: periodLabel(v.period), group: groupText(lang, v) })}
                      >
                        {t('measure.delete')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <p className="meta">{t('measure.wholePopulationNote')}</p>
      <p role="status" className="live-message" tabIndex={-1}>
        {message}
      </p>
      {remove.isError && <ErrorMessage error={remove.error} />}
    </div>
  );
}

/** An empty age group or area: a dash on screen, the words ("alla åldrar") for screen readers. */
function Whole({ text }: { text: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}
