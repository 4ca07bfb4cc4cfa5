import type { MeasureValue } from '../../../shared/api-types';
import { useT } from '../../i18n';

/** Under the measure's chart: credits Kolada for the raw values fetched from it (statuses are Ledstjärna's own, and not credited). */
export function KoladaCredit({ values }: { values: MeasureValue[] }) {
  const { t } = useT();
  if (!values.some((v) => v.source === 'Kolada')) return null;
  return <p className="kolada-credit">{t('kolada.chartCredit')}</p>;
}
