import type { FulfilmentStatus } from '../../domain/fulfilment/types';
import { JUDGEMENT_LABELS } from '../../domain/followup/types';
import type { Lang } from '../../domain/i18n/lang';
import { formatLongDate } from '../../domain/i18n/plural';
import { type Block, type Cell, type DocumentModel, para } from '../document-model';
import { statusLabel } from '../../domain/fulfilment';
import { type DocumentLabels, documentLabels } from '../labels';
import { riskSection } from '../plan-document/build-plan-document';
import type { FollowUpMeasure, FollowUpNode, FollowUpReport, Judgement } from './types';

const STATUSES: FulfilmentStatus[] = ['met', 'partly-met', 'not-met', 'too-few-values', 'no-value', 'not-reported', 'not-measurable'];

/** The follow-up report as a document: summary, then per node its status, judgement and measures with charts, assignments, risks. */
export function buildFollowUpReport(report: FollowUpReport, lang: Lang = 'sv'): DocumentModel {
  const LABELS = documentLabels(lang);
  const L = LABELS.followUp;
  const blocks: Block[] = [{ kind: 'toc', title: LABELS.toc }];
  blocks.push({ kind: 'heading', level: 1, text: L.summary });
  if (report.vision) blocks.push(para(report.vision, 'quote'));
  blocks.push(para(L.summaryIntro(report.periodLabel)));
  blocks.push({
    kind: 'table',
    columns: [
      { header: L.status, width: 60 },
      { header: L.statusCount, width: 40, align: 'right' },
    ],
    rows: STATUSES.map((s) => [statusLabel(s, lang), String(report.counts[s])]),
  });
  for (const node of report.nodes) blocks.push(...nodeSection(node, 0, LABELS, lang));
  if (report.assignments.length) blocks.push(...assignmentsSection(report, L));
  if (report.risks?.rows.length) blocks.push(...riskSection({ ...report.risks, title: report.risks.title || L.risks }, LABELS));
  return {
    title: L.title(report.planTitle),
    subtitle: `${report.organisation} – ${report.periodLabel}`,
    meta: [LABELS.generated(formatLongDate(report.generatedOn, lang))],
    runningHeader: `${report.planTitle} – ${report.periodLabel}`,
    blocks,
    lang,
  };
}

const HEADING_FOR_DEPTH = [1, 2, 3] as const;
type FollowUpLabels = DocumentLabels['followUp'];

function statusLine(status: FulfilmentStatus, explanation: string, L: FollowUpLabels, lang: Lang): Block {
  return { kind: 'paragraph', runs: [{ text: `${L.rollup}: `, bold: true }, { text: statusLabel(status, lang), bold: true }, { text: ` – ${explanation}` }] };
}

/** "Delvis uppfyllt (godkänd av Anna Strateg 2022-09-10)"; a judgement not yet approved says so. */
function judgementBlocks(j: Judgement | undefined, L: FollowUpLabels, lang: Lang): Block[] {
  if (!j) return [];
  const label = j.code ? JUDGEMENT_LABELS[j.code][lang] : L.noJudgementYet;
  return [
    {
      kind: 'paragraph',
      runs: [{ text: `${L.judgement}: `, bold: true }, { text: `${label} (` }, { text: L.judgementState(j.workflow, j.by, j.approvedOn && formatLongDate(j.approvedOn, lang)), bold: j.workflow !== 'approved' }, { text: ')' }],
    },
    ...(j.analysis ? [{ kind: 'paragraph', runs: [{ text: `${L.analysis}: `, bold: true }, { text: j.analysis }] } as Block] : []),
    ...(j.actions ? [{ kind: 'paragraph', runs: [{ text: `${L.actions}: `, bold: true }, { text: j.actions }] } as Block] : []),
  ];
}

function nodeSection(node: FollowUpNode, depth: number, LABELS: DocumentLabels, lang: Lang): Block[] {
  const L = LABELS.followUp;
  const level = HEADING_FOR_DEPTH[Math.min(depth, HEADING_FOR_DEPTH.length - 1)]!;
  const blocks: Block[] = [{ kind: 'heading', level, text: depth === 0 ? node.title : `${node.levelName}: ${node.title}` }];
  blocks.push(statusLine(node.status, node.explanation, L, lang));
  blocks.push(...judgementBlocks(node.judgement, L, lang));
  if (node.measures.length) blocks.push(...measuresSection(node.measures, L, lang));
  for (const child of node.children) blocks.push(...nodeSection(child, depth + 1, LABELS, lang));
  return blocks;
}

/** The node's measures in one table (target, value, status with its reason), then a chart and analysis per measure with values. */
function measuresSection(measures: FollowUpMeasure[], L: FollowUpLabels, lang: Lang): Block[] {
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: L.measure, width: 30 },
        { header: L.target, width: 14 },
        { header: L.value, width: 14 },
        { header: L.assessment, width: 42 },
      ],
      rows: measures.map((m): Cell[] => [
        m.name,
        m.targetText ? `${m.targetText}${m.targetYear ? ` (${m.targetYear})` : ''}` : '',
        m.valueText || L.noValue,
        { runs: [{ text: `${statusLabel(m.status, lang)}. `, bold: true }, { text: m.explanation }] },
      ]),
    },
  ];
  const forecasts = measures.filter((m) => m.forecast);
  if (forecasts.length > 0) {
    // The forecasts are their own statement beside the judged statuses above, never in them.
    blocks.push({
      kind: 'table',
      caption: L.forecasts,
      columns: [
        { header: L.measure, width: 26 },
        { header: L.forecast, width: 14 },
        { header: L.forecastVerdict, width: 32 },
        { header: L.forecastComment, width: 28 },
      ],
      rows: forecasts.map((m): Cell[] => [m.name, m.forecast!.text || '–', m.forecast!.explanation || '–', m.forecast!.comment || '–']),
    });
  }
  for (const m of measures) {
    if (m.series.length > 0) {
      blocks.push({
        kind: 'chart',
        title: L.values(m.name),
        unit: m.unit,
        bars: m.series.map((p) => ({ label: p.label, value: p.value, text: p.text })),
        target: m.targetLevel,
      });
    }
    if (m.judgement) blocks.push({ kind: 'heading', level: 4, text: m.name, noToc: true }, ...judgementBlocks(m.judgement, L, lang));
  }
  return blocks;
}

function assignmentsSection(report: FollowUpReport, L: FollowUpLabels): Block[] {
  const withStatus = report.assignments.some((a) => a.status);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: L.assignments(report.assignmentName) }];
  if (!withStatus) {
    blocks.push({ kind: 'bullets', items: report.assignments.map((a) => [{ text: a.bodies.length ? `${a.text} (${a.bodies.join(', ')})` : a.text }]) });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: report.assignmentName, width: 55 },
      { header: L.assignmentStatus, width: 15 },
      { header: L.assignmentComment, width: 30 },
    ],
    rows: report.assignments.map((a) => [a.bodies.length ? `${a.text} (${a.bodies.join(', ')})` : a.text, a.status?.label ?? '', a.status?.comment ?? '']),
  });
  return blocks;
}

