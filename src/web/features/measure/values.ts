import type { Lang } from '../../../domain/i18n/lang';
import type { Sex } from '../../../domain/targets/types';
import type { MeasureValue } from '../../../shared/api-types';
import { translate } from '../../i18n';
import { comparePeriodKeys } from '../../../domain/periods';
import { SEXES } from './chartData';

type Group = { sex: Sex; ageBand: string; area: string };

/** The breakdown alone (age group and area), or '' for the whole population: "åldersgrupp 40 år, område Kiruna". */
export function breakdownText(lang: Lang, { ageBand, area }: Omit<Group, 'sex'>): string {
  return [
    ageBand.trim() ? translate(lang, 'measure.groupAge', { ageBand: ageBand.trim() }) : '',
    area.trim() ? translate(lang, 'measure.groupArea', { area: area.trim() }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Who a value is for, as words: "Kvinnor", "Kvinnor, åldersgrupp 40 år, område Kiruna". */
export function groupText(lang: Lang, group: Group): string {
  return [translate(lang, `sex.${group.sex}`), breakdownText(lang, group)].filter(Boolean).join(', ');
}

/**
 * The order of the values table: by period; within a period the values for all ages come first,
 * then age groups in numeric order (7 år, 40 år, 65+), then areas alphabetically, sexes last (K, M, T).
 */
export function compareValues(lang: Lang): (a: MeasureValue, b: MeasureValue) => number {
  const text = (x: string, y: string) => x.trim().localeCompare(y.trim(), lang, { numeric: true, sensitivity: 'base' }) || x.localeCompare(y);
  return (a, b) =>
    comparePeriodKeys(a.period, b.period) ||
    text(a.ageBand, b.ageBand) ||
    text(a.area, b.area) ||
    SEXES.indexOf(a.sex) - SEXES.indexOf(b.sex);
}
