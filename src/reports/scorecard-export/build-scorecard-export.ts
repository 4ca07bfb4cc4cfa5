import { statusLabel } from '../../domain/fulfilment';
import { FULFILMENT_STATUSES, type FulfilmentStatus } from '../../domain/fulfilment/types';
import type { Lang } from '../../domain/i18n/lang';
import { formatPeriod } from '../../domain/periods';
import type { Scorecard, ScorecardMeasure, ScorecardNode, StatusWithReason } from '../../shared/api-types';
import type { ExportStatus, ScorecardExport, ScorecardExportPerspective, ScorecardExportRow } from './types';

/** A symbol per status (the same as the web's), so that a status never depends on colour alone. */
export const STATUS_SYMBOLS: Record<FulfilmentStatus, string> = {
  met: '✓',
  'partly-met': '◐',
  'not-met': '✗',
  'too-few-values': '◌',
  'no-value': '○',
  'not-reported': '·',
  'not-measurable': '–',
};

/** Colours only for the statuses that judge values; the others claim nothing and get none. */
const STATUS_COLOURS: Partial<Record<FulfilmentStatus, string>> = { met: '2E7D32', 'partly-met': 'B26A00', 'not-met': 'C62828' };

export function exportStatus(f: StatusWithReason, lang: Lang): ExportStatus {
  return { status: f.status, symbol: STATUS_SYMBOLS[f.status], word: statusLabel(f.status, lang), rule: f.explanation[lang], colour: STATUS_COLOURS[f.status] ?? null };
}

/** "✓ 3 · ◐ 1 · ○ 12": only the statuses that occur, in the statuses' order. */
export function countsText(counts: Record<FulfilmentStatus, number>): string {
  return FULFILMENT_STATUSES.filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${STATUS_SYMBOLS[s]} ${counts[s]}`)
    .join(' · ');
}

export interface ScorecardExportContext {
  organisation: string;
  generatedOn: string;
}

/** The scorecard of a period (as the scorecard service judged it) as the exports' model: nothing is judged here. */
export function buildScorecardExport(scorecard: Scorecard, lang: Lang, ctx: ScorecardExportContext): ScorecardExport {
  const levelName = (key: string) => scorecard.model.levels.find((l) => l.key === key)?.name[lang] ?? key;
  const kindName = (key: string) => scorecard.model.measureKinds.find((k) => k.key === key)?.name[lang] ?? key;
  const totals = Object.fromEntries(FULFILMENT_STATUSES.map((s) => [s, 0])) as Record<FulfilmentStatus, number>;

  const measureRow = (m: ScorecardMeasure, depth: number): ScorecardExportRow => {
    totals[m.fulfilment.status] += 1;
    const baselineValue = m.baselineValueText?.[lang];
    return {
      kind: 'measure',
      depth,
      levelName: kindName(m.kindKey),
      title: m.name,
      status: exportStatus(m.fulfilment, lang),
      value: m.valueText?.[lang] ?? '',
      target: m.targetText ? (m.targetYear ? `${m.targetText} (${m.targetYear})` : m.targetText) : '',
      baseline: baselineValue ? `${m.baselineText}: ${baselineValue}` : m.baselineText,
      ...(m.forecast
        ? { forecast: { value: m.forecast.forecastText?.[lang] ?? '', verdict: m.forecast.status?.explanation[lang] ?? '', comment: m.forecast.comment } }
        : {}),
    };
  };
  const rowsOf = (n: ScorecardNode, depth: number): ScorecardExportRow[] => [
    ...n.measures.map((m) => measureRow(m, depth)),
    ...n.children.flatMap((c) => [
      { kind: 'node' as const, depth, levelName: levelName(c.levelKey), title: c.title, status: exportStatus(c.fulfilment, lang), value: '', target: '', baseline: '' },
      ...rowsOf(c, depth + 1),
    ]),
  ];
  const perspectives: ScorecardExportPerspective[] = scorecard.nodes.map((p) => ({
    levelName: levelName(p.levelKey),
    title: p.title,
    status: exportStatus(p.fulfilment, lang),
    countsText: countsText(p.fulfilment.counts),
    rows: rowsOf(p, 0),
  }));
  return {
    lang,
    planTitle: scorecard.plan.title,
    organisation: ctx.organisation,
    period: scorecard.period,
    periodLabel: formatPeriod(scorecard.period, lang).long,
    generatedOn: ctx.generatedOn,
    summary: FULFILMENT_STATUSES.map((s) => ({ status: exportStatus({ status: s, explanation: { sv: '', da: '', en: '' } }, lang), count: totals[s] })),
    perspectives,
  };
}
