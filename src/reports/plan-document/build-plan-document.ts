import { formatLongDate } from '../../domain/i18n/plural';
import { formatNumber } from '../../domain/numbers';
import type { Inline, RichTextDoc } from '../../domain/plan-content/rich-text';
import { type Block, type Cell, type DocumentModel, para, paragraphs, type Run, type TableBlock } from '../document-model';
import type { Lang } from '../../domain/i18n/lang';
import { type DocumentLabels, documentLabels } from '../labels';
import type { BudgetTable, PlanChapter, PlanDocument, PlanMeasureTable, PlanNodeSection, RiskSection } from './types';

/** The plan as a document: title page, contents, vision, assignments, chapters, budget, the measure tree, appendices. */
export function buildPlanDocument(plan: PlanDocument, lang: Lang = 'sv'): DocumentModel {
  const LABELS = documentLabels(lang);
  const blocks: Block[] = [{ kind: 'toc', title: LABELS.toc }];
  const chapters = plan.chapters ?? [];
  // A plan whose chapters include its vision prints it there, in its own words.
  if (!chapters.some((c) => c.title.trim().toLowerCase() === LABELS.vision.toLowerCase())) blocks.push(...visionSection(plan.vision, LABELS));
  if (plan.assignmentsAfterChapter === undefined) blocks.push(...assignmentsSection(plan, LABELS));
  // The budget tables close the plan's own "Verksamhet och ekonomi" chapter when it has one.
  const economy = chapters.findIndex((c) => c.title.trim().toLowerCase() === LABELS.economy.toLowerCase());
  const budget = (plan.budgetTables ?? []).flatMap((t) => budgetSection(t, lang));
  chapters.forEach((chapter, i) => {
    blocks.push(...chapterSection(chapter, 1));
    if (i === economy) blocks.push(...budget);
    if (i === plan.assignmentsAfterChapter) blocks.push(...assignmentsSection(plan, LABELS));
  });
  if (plan.agenda2030) blocks.push(...agendaSection(plan.agenda2030, LABELS));
  if (economy < 0 && budget.length > 0) blocks.push({ kind: 'heading', level: 1, text: LABELS.economy }, ...budget);
  blocks.push({ kind: 'heading', level: 1, text: plan.measuresHeading });
  if (plan.measuresIntro) blocks.push(...richTextBlocks(plan.measuresIntro, 1));
  for (const perspective of plan.perspectives) blocks.push(...nodeSection(perspective, 0, plan.targetYears, LABELS));
  for (const appendix of plan.appendices ?? []) blocks.push(...chapterSection(appendix, 1));
  if (plan.advocacy?.length) blocks.push(...advocacySection(plan.advocacy, LABELS));
  if (plan.risks?.rows.length) blocks.push(...riskSection(plan.risks, LABELS));
  return {
    title: plan.title,
    subtitle: plan.organisation,
    meta: [`${plan.startYear}–${plan.endYear}`, LABELS.generated(formatLongDate(plan.generatedOn, lang))],
    runningHeader: `${plan.organisation} – ${plan.title}`,
    blocks,
    lang,
  };
}

function visionSection(vision: string, LABELS: DocumentLabels): Block[] {
  return vision ? [{ kind: 'heading', level: 1, text: LABELS.vision }, para(vision, 'quote')] : [];
}

function assignmentsSection(plan: PlanDocument, LABELS: DocumentLabels): Block[] {
  if (plan.assignments.length === 0) return [];
  return [
    { kind: 'heading', level: plan.assignmentsAfterChapter === undefined ? 1 : 2, text: LABELS.assignmentsFrom(plan.assignmentName) },
    para(LABELS.assignmentsIntro),
    { kind: 'bullets', items: plan.assignments.map((a) => [{ text: a.bodies.length ? `${a.text} (${a.bodies.join(', ')})` : a.text }]) },
  ];
}

function chapterSection(chapter: PlanChapter, level: 1 | 2 | 3 | 4): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level, text: chapter.title }];
  for (const p of chapter.paragraphs) blocks.push(...paragraphs(p));
  if (chapter.richText) blocks.push(...richTextBlocks(chapter.richText, level));
  if (chapter.bullets?.length) blocks.push({ kind: 'bullets', items: chapter.bullets.map((b) => [{ text: b }]) });
  const next = Math.min(level + 1, 4) as 1 | 2 | 3 | 4;
  for (const child of chapter.children ?? []) blocks.push(...chapterSection(child, next));
  return blocks;
}

function runsOf(inlines: Inline[], style: { bold?: boolean; italic?: boolean } = {}): Run[] {
  return inlines.flatMap((i): Run[] => {
    if (i.type === 'text') return [{ text: i.text, ...style }];
    if (i.type === 'bold') return runsOf(i.children, { ...style, bold: true });
    if (i.type === 'italic') return runsOf(i.children, { ...style, italic: true });
    // A printed link shows its words and where it leads, unless they are the same.
    const words = runsOf(i.children, style);
    const text = words.map((w) => w.text).join('');
    return i.href === '#' || i.href === text ? words : [...words, { text: ` (${i.href})`, ...style }];
  });
}

/** A chapter body's safe rich text as blocks; its ## and ### headings sit one and two levels below the chapter. */
export function richTextBlocks(doc: RichTextDoc, chapterLevel: number): Block[] {
  return doc.blocks.map((b): Block => {
    if (b.type === 'paragraph') return { kind: 'paragraph', runs: runsOf(b.children) };
    if (b.type === 'list') return { kind: 'bullets', items: b.items.map((item) => runsOf(item)) };
    const level = Math.min(4, chapterLevel + b.level - 1) as 1 | 2 | 3 | 4;
    return { kind: 'heading', level, text: runsOf(b.children).map((r) => r.text).join(''), noToc: true };
  });
}

function agendaSection(agenda: NonNullable<PlanDocument['agenda2030']>, LABELS: DocumentLabels): Block[] {
  return [
    { kind: 'heading', level: 1, text: LABELS.agenda2030 },
    ...paragraphs(agenda.intro),
    {
      kind: 'bullets',
      items: agenda.goals.map((g) => [{ text: (g.dimension ? `${g.dimension}: ` : '') + LABELS.agendaGoal(g.number, g.name) }]),
    },
  ];
}

/** Numbers with the table's decimals as the language writes them: 8 406,5; negatives with the Swedish minus sign. */
function budgetNumber(value: number | null, decimals: number, lang: Lang): string {
  return value === null ? '' : formatNumber(value, lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** One budget table, sum rows in bold. */
export function budgetSection(table: BudgetTable, lang: Lang = 'sv'): Block[] {
  const block: TableBlock = {
    kind: 'table',
    columns: [{ header: table.labelHeader, width: 40 }, ...table.columns.map((header) => ({ header, width: 14, align: 'right' as const }))],
    rows: table.rows.map((r) => [r.label, ...r.values.map((v): Cell => ({ runs: [{ text: budgetNumber(v, table.decimals, lang) }], align: 'right' }))]),
    boldRows: table.rows.flatMap((r, i) => (r.sum ? [i] : [])),
    footnotes: table.footnotes,
  };
  return [{ kind: 'heading', level: 2, text: table.title }, block, ...budgetChecks(table, lang)];
}

/** Under a budget table: each stated total against its computed sum, and every mismatch in words. */
function budgetChecks(table: BudgetTable, lang: Lang): Block[] {
  const checks = table.checks ?? [];
  if (checks.length === 0) return [];
  const L = documentLabels(lang).budget;
  const n = (v: number) => budgetNumber(v, table.decimals, lang);
  const wrong = checks.filter((c) => !c.ok);
  return [
    {
      kind: 'paragraph',
      style: 'small',
      runs: [
        { text: `${L.checksHeading}: `, bold: true },
        { text: `${checks.map((c) => L.check(c.label, n(c.computed), n(c.stated))).join('; ')}. ` },
        ...(wrong.length === 0 ? [{ text: L.agree(checks.length) }] : []),
      ],
    },
    ...wrong.map((c): Block => ({ kind: 'paragraph', runs: [{ text: L.mismatch(c.label, n(c.computed), n(c.stated), n(c.stated - c.computed)), bold: true }] })),
  ];
}

const HEADING_FOR_DEPTH = [2, 3, 4] as const;

/** A node's heading ("Strategiskt mål: Ett livskraftigt län"), text, measure tables and children. */
function nodeSection(node: PlanNodeSection, depth: number, targetYears: number[], LABELS: DocumentLabels): Block[] {
  const level = HEADING_FOR_DEPTH[Math.min(depth, HEADING_FOR_DEPTH.length - 1)]!;
  // The top level is headed by its own title (Samhällsperspektivet); below it the plan names the level.
  const text = depth === 0 ? node.title : `${node.levelName}: ${node.title}`;
  const blocks: Block[] = [{ kind: 'heading', level, text }];
  if (node.bodies.length && depth > 0) blocks.push(para(LABELS.bodies(node.bodies), 'small'));
  blocks.push(...paragraphs(node.longTermGoals, 'lead'));
  blocks.push(...paragraphs(node.description));
  for (const table of node.measureTables) if (table.rows.length) blocks.push(measureTable(table, targetYears, LABELS));
  for (const child of node.children) blocks.push(...nodeSection(child, depth + 1, targetYears, LABELS));
  return blocks;
}

/** The plan's measure table: Styrmått, Ingångsvärde, Mål per target year, Källa, Period; footnotes under it. */
export function measureTable(table: PlanMeasureTable, targetYears: number[], LABELS: DocumentLabels = documentLabels('sv')): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: table.kindName, width: 29 },
      { header: LABELS.baseline, width: 16 },
      ...targetYears.map((y) => ({ header: LABELS.target(y), width: 13.5 })),
      { header: LABELS.source, width: 16 },
      { header: LABELS.period, width: 12 },
    ],
    rows: table.rows.map((m) => [
      { runs: [{ text: m.name, mark: m.footnotes.length ? m.footnotes.map((f) => f.mark).join(',') : undefined }] },
      m.baseline,
      ...m.targets,
      m.source,
      m.period,
    ]),
    footnotes: table.rows.flatMap((m) => m.footnotes),
  };
}

function advocacySection(issues: NonNullable<PlanDocument['advocacy']>, LABELS: DocumentLabels): Block[] {
  return [
    { kind: 'heading', level: 1, text: LABELS.advocacy },
    {
      kind: 'table',
      columns: [
        { header: LABELS.advocacyArea, width: 28 },
        { header: LABELS.advocacyIssue, width: 42 },
        { header: LABELS.arena, width: 12 },
        { header: LABELS.decisionMaker, width: 18 },
      ],
      rows: issues.map((i) => [i.area, i.text, i.arena, i.decisionMaker]),
    },
  ];
}

/** A score cell; a derived probability carries the legend's asterisk. */
const score = (n: number | null, inferred = false): Cell => ({ runs: [{ text: n === null ? '' : `${n}${inferred ? '*' : ''}`, bold: n !== null && n >= 9 }], align: 'right' });

/** The risk assessment on landscape pages: one row per success factor, risk 9–16 in bold. */
export function riskSection(risks: RiskSection, labels: DocumentLabels = documentLabels('sv')): Block[] {
  const L = labels.risk;
  return [
    { kind: 'page-break', orientation: 'landscape' },
    { kind: 'heading', level: 1, text: risks.title },
    ...paragraphs(risks.intro),
    para(L.legend, 'small'),
    ...(risks.rows.some((r) => r.probabilityInferred) ? [para(L.inferred, 'small')] : []),
    {
      kind: 'table',
      dense: true,
      columns: [
        { header: L.number, width: 3 },
        { header: L.goal, width: 11 },
        { header: L.successFactor, width: 10 },
        { header: L.whatCanHappen, width: 14 },
        { header: L.consequence, width: 12 },
        { header: L.consequenceScore, width: 3, align: 'right' },
        { header: L.probability, width: 3, align: 'right' },
        { header: L.risk, width: 4, align: 'right' },
        { header: L.cause, width: 12 },
        { header: L.action, width: 14 },
        { header: L.controlMethod, width: 10 },
      ],
      rows: risks.rows.map((r) => [
        r.number,
        r.goal ? `${r.perspective}: ${r.goal}` : r.perspective,
        r.successFactor,
        r.whatCanHappen,
        r.consequence,
        score(r.consequenceScore),
        score(r.probability, r.probabilityInferred),
        score(r.risk),
        r.cause,
        r.action,
        r.controlMethod,
      ]),
    },
    { kind: 'page-break', orientation: 'portrait' },
  ];
}
