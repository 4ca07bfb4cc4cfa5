import type { FulfilmentStatus } from '../../domain/fulfilment/types';
import { JUDGEMENT_LABEL_SV } from '../../domain/followup/types';
import { type Block, type Cell, type DocumentModel, para } from '../document-model';
import { statusLabel } from '../../domain/fulfilment';
import { LABELS } from '../labels';
import { riskSection } from '../plan-document/build-plan-document';
import type { FollowUpMeasure, FollowUpNode, FollowUpReport, Judgement } from './types';

const STATUSES: FulfilmentStatus[] = ['met', 'partly-met', 'not-met', 'too-few-values', 'no-value', 'not-reported', 'not-measurable'];
const L = LABELS.followUp;

/** The follow-up report as a document: summary, then per node its status, judgement and measures with charts, assignments, risks. */
export function buildFollowUpReport(report: FollowUpReport): DocumentModel {
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
    rows: STATUSES.map((s) => [statusLabel(s, 'sv'), String(report.counts[s])]),
  });
  for (const node of report.nodes) blocks.push(...nodeSection(node, 0));
  if (report.assignments.length) blocks.push(...assignmentsSection(report));
  if (report.risks?.rows.length) blocks.push(...riskSection({ ...report.risks, title: report.risks.title || L.risks }));
  return {
    title: L.title(report.planTitle),
    subtitle: `${report.organisation} – ${report.periodLabel}`,
    meta: [LABELS.generated(report.generatedOn)],
    runningHeader: `${report.planTitle} – ${report.periodLabel}`,
    blocks,
  };
}

const HEADING_FOR_DEPTH = [1, 2, 3] as const;

function statusLine(status: FulfilmentStatus, explanation: string): Block {
  return { kind: 'paragraph', runs: [{ text: `${L.rollup}: `, bold: true }, { text: statusLabel(status, 'sv'), bold: true }, { text: ` – ${explanation}` }] };
}

/** "Delvis uppfyllt (godkänd av Anna Strateg 2022-09-10)"; a judgement not yet approved says so. */
function judgementBlocks(j: Judgement | undefined): Block[] {
  if (!j) return [];
  const label = j.code ? JUDGEMENT_LABEL_SV[j.code] : L.noJudgementYet;
  return [
    {
      kind: 'paragraph',
      runs: [{ text: `${L.judgement}: `, bold: true }, { text: `${label} (` }, { text: L.judgementState(j.workflow, j.by, j.approvedOn), bold: j.workflow !== 'approved' }, { text: ')' }],
    },
    ...(j.analysis ? [{ kind: 'paragraph', runs: [{ text: `${L.analysis}: `, bold: true }, { text: j.analysis }] } as Block] : []),
    ...(j.actions ? [{ kind: 'paragraph', runs: [{ text: `${L.actions}: `, bold: true }, { text: j.actions }] } as Block] : []),
  ];
}

function nodeSection(node: FollowUpNode, depth: number): Block[] {
  const level = HEADING_FOR_DEPTH[Math.min(depth, HEADING_FOR_DEPTH.length - 1)]!;
  const blocks: Block[] = [{ kind: 'heading', level, text: depth === 0 ? node.title : `${node.levelName}: ${node.title}` }];
  blocks.push(statusLine(node.status, node.explanation));
  blocks.push(...judgementBlocks(node.judgement));
  if (node.measures.length) blocks.push(...measuresSection(node.measures));
  for (const child of node.children) blocks.push(...nodeSection(child, depth + 1));
  return blocks;
}

/** The node's measures in one table (target, value, status with its reason), then a chart and analysis per measure with values. */
function measuresSection(measures: FollowUpMeasure[]): Block[] {
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
        { runs: [{ text: `${statusLabel(m.status, 'sv')}. `, bold: true }, { text: m.explanation }] },
      ]),
    },
  ];
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
    if (m.judgement) blocks.push({ kind: 'heading', level: 4, text: m.name, noToc: true }, ...judgementBlocks(m.judgement));
  }
  return blocks;
}

function assignmentsSection(report: FollowUpReport): Block[] {
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

