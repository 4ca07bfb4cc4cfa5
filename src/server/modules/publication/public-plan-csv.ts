import { statusLabel } from '../../../domain/fulfilment/explain';
import type { JudgementCode } from '../../../domain/followup';
import type { Lang, Localized } from '../../../domain/i18n/lang';
import type { PublicNode, PublicPlan } from '../../../shared/publication-types';

const JUDGEMENT_LABELS: Record<JudgementCode, Localized> = {
  met: { sv: 'Uppfyllt', da: 'Opfyldt', en: 'Met' },
  partly: { sv: 'Delvis uppfyllt', da: 'Delvist opfyldt', en: 'Partly met' },
  'not-met': { sv: 'Ej uppfyllt', da: 'Ikke opfyldt', en: 'Not met' },
  'not-assessed': { sv: 'Ej bedömt', da: 'Ikke vurderet', en: 'Not assessed' },
};

const HEADERS: Record<Lang, string[]> = {
  sv: ['Period', 'Nivå', 'Mål', 'Mått', 'Utgångsläge', 'Målvärde', 'Målår', 'Värde', 'Status', 'Regel', 'Bedömning', 'Analys', 'Åtgärder'],
  da: ['Periode', 'Niveau', 'Mål', 'Indikator', 'Udgangspunkt', 'Målværdi', 'Målår', 'Værdi', 'Status', 'Regel', 'Vurdering', 'Analyse', 'Tiltag'],
  en: ['Period', 'Level', 'Goal', 'Measure', 'Baseline', 'Target', 'Target year', 'Value', 'Status', 'Rule', 'Judgement', 'Analysis', 'Actions'],
};

/**
 * One CSV field, separated by semicolons (the values have decimal commas). A text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` not starting a number) gets a leading
 * apostrophe: these files are downloaded by anyone and opened in Excel.
 */
export function csvCell(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) || /^-(?![\d\s,.])/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The published plan as one CSV table: a row per node and per measure for every published
 * period, with the value, the status and the rule that decided it, and the approved judgement
 * of a node with its analysis. Labels in `lang`; a BOM so that Excel reads UTF-8.
 */
export function publicPlanCsv(plan: PublicPlan, lang: Lang): string {
  const levelName = new Map(plan.model.levels.map((l) => [l.key, l.name[lang]]));
  const rows: string[][] = [HEADERS[lang]];
  const walk = (period: string, nodes: PublicNode[]) => {
    for (const n of nodes) {
      const j = n.judgement;
      rows.push([
        period,
        levelName.get(n.levelKey) ?? n.levelKey,
        n.title,
        '',
        '',
        '',
        '',
        '',
        statusLabel(n.fulfilment.status, lang),
        n.fulfilment.explanation[lang],
        j?.judgement ? JUDGEMENT_LABELS[j.judgement][lang] : '',
        j?.analysis ?? '',
        j?.actions ?? '',
      ]);
      for (const m of n.measures) {
        rows.push([
          period,
          levelName.get(n.levelKey) ?? n.levelKey,
          n.title,
          m.name,
          m.baselineText,
          m.targetText ?? '',
          m.targetYear === null ? '' : String(m.targetYear),
          m.valueText?.[lang] ?? '',
          statusLabel(m.fulfilment.status, lang),
          m.fulfilment.explanation[lang],
          '',
          '',
          '',
        ]);
      }
      walk(period, n.children);
    }
  };
  for (const p of plan.periods) walk(p.key, p.nodes);
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
