import { useQuery } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Link, useSearchParams } from 'wouter';
import type { FulfilmentStatus, ScorecardNode } from '../../../shared/api-types';
import { scorecardFirstViewQuery, useAssignments, useScorecard } from '../../api/queries';
import { ErrorMessage, Loading } from '../../components/States';
import { StatusCounts } from '../../components/StatusBadge';
import { PeriodSelect } from '../../components/PeriodSelect';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ValueImportLink } from '../value-import/ValueImportLink';
import { NodeSection } from './NodeSection';
import { CompactScorecard } from './CompactScorecard';
import { DirectionListLink } from './DirectionListLink';
import { type ScorecardView, ViewToggle } from './ViewToggle';
import { allIds, pathTo } from './tree-opening';
import { openLevels } from '../../../domain/scorecard/first-view';
import { useCompanionsSettled } from './companions-settled';
import { ApprovedJudgementsProvider } from '../followup/ApprovedJudgement';
import { PlanContentLinks } from '../plan-content/PlanContentLinks';
import { PlanEditorProvider } from '../plan-editor/PlanEditorContext';
import { PlanEditorTree } from '../plan-editor/PlanEditorTree';
import { PlanStatusLine } from '../plan-editor/PlanStatusLine';
import { PlanGlossaryProvider } from '../../components/PlanGlossary';

function emptyCounts(): Record<FulfilmentStatus, number> {
  return { met: 0, 'partly-met': 0, 'not-met': 0, 'too-few-values': 0, 'no-value': 0, 'not-reported': 0, 'not-measurable': 0 };
}

/** Every measure's status in the plan, counted once however deep it hangs (those left out of the first view's form too). */
function countMeasures(nodes: ScorecardNode[], counts = emptyCounts()): Record<FulfilmentStatus, number> {
  for (const node of nodes) {
    for (const m of node.measures) counts[m.fulfilment.status] += 1;
    for (const [status, n] of Object.entries(node.measuresLeftOut ?? {}) as [FulfilmentStatus, number][]) counts[status] += n;
    countMeasures(node.children, counts);
  }
  return counts;
}

const NONE_OPENED: ReadonlyMap<number, boolean> = new Map();

/** The node a link such as /plans/1#node-7 points to, or null. */
function nodeOfHash(): number | null {
  const m = /^#node-(\d+)$/.exec(window.location.hash);
  return m ? Number(m[1]) : null;
}

/** The plan's scorecard for one period: the tree of nodes with roll-up statuses and each measure's status. */
export function ScorecardPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const requestedPeriod = searchParams.get('period');
  // The compact view is remembered in the URL (?view=compact), beside the period.
  const view: ScorecardView = searchParams.get('view') === 'compact' ? 'compact' : 'full';
  const setParams = (next: { period?: string; view?: ScorecardView }) => {
    const period = next.period ?? requestedPeriod;
    const v = next.view ?? view;
    setSearchParams({ ...(period ? { period } : {}), ...(v === 'compact' ? { view: v } : {}) }, { replace: true });
  };
  // The tree is first shown from the scorecard's first view's form (domain/scorecard/first-view.ts:
  // the measures of the nodes shown closed left out), and the whole scorecard is asked for once that
  // view is on screen (reading 1,4 MB would otherwise hold up its first paint); a node opened before
  // then shows that its measures are on their way. Only for the period the page opened with, in the
  // tree view: later the whole scorecard is there to keep showing.
  const [opening] = useState(() => (view === 'compact' ? null : `${planId}|${requestedPeriod}`));
  const firstViewWanted = opening === `${planId}|${requestedPeriod}` && Number.isFinite(planId);
  const firstForm = useQuery({ ...scorecardFirstViewQuery(planId, requestedPeriod), enabled: firstViewWanted });
  const [firstPainted, setFirstPainted] = useState(false);
  const scorecard = useScorecard(planId, requestedPeriod, !firstViewWanted || firstForm.isError || firstPainted);
  const assignments = useAssignments(planId);
  const data = scorecard.data ?? (firstViewWanted ? firstForm.data : undefined);
  // Shown first with its companions (companions-settled.ts), so that nothing pushes the tree down; later refetches do not hide it.
  const companionsSettled = useCompanionsSettled(planId);
  const shown = useRef(false);
  if (companionsSettled) shown.current = true;
  // How many levels open at first is settled by the first answer (domain/scorecard/first-view.ts) and then kept, so
  // that a node added or a period chosen does not fold the page; what the reader opened or closed
  // overrides it, and a linked node (#node-7) is opened with the nodes above it.
  const [firstView, setFirstView] = useState<{ levels: number; opened: ReadonlyMap<number, boolean> } | null>(null);
  if (data && firstView === null) {
    const linked = nodeOfHash();
    setFirstView({ levels: openLevels(data.nodes), opened: new Map(linked === null ? [] : pathTo(data.nodes, linked).map((id) => [id, true])) });
  }
  const [opened, setOpened] = useState<ReadonlyMap<number, boolean> | null>(null);
  const openedNow = opened ?? firstView?.opened ?? NONE_OPENED;
  const levels = firstView?.levels ?? 0;
  useDocumentTitle(data?.plan.title ?? t('scorecard.title'));

  const isOpen = useCallback((id: number, depth: number) => openedNow.get(id) ?? depth < levels, [openedNow, levels]);
  const toggle = useCallback((id: number, depth: number) => setOpened(new Map(openedNow).set(id, !(openedNow.get(id) ?? depth < levels))), [openedNow, levels]);
  // Opening every node of a national plan renders thousands of rows: done as a transition, so the page stays responsive meanwhile.
  const setAll = (open: boolean) => startTransition(() => setOpened(new Map(allIds(data?.nodes ?? []).map((id) => [id, open]))));
  const refetchScorecard = scorecard.refetch;
  const reload = useCallback(() => refetchScorecard(), [refetchScorecard]);
  const totals = useMemo(() => (data ? countMeasures(data.nodes) : emptyCounts()), [data]);

  const firstShown = firstViewWanted && firstForm.data !== undefined && companionsSettled;
  useEffect(() => {
    if (!firstShown || firstPainted) return;
    // After the next frame is painted: a task queued from requestAnimationFrame runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setFirstPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstShown, firstPainted]);

  // A link such as /plans/1#node-7 (from a measure's breadcrumb) scrolls to and focuses that node.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    const hash = window.location.hash;
    if (!data || !companionsSettled || !hash.startsWith('#node-') || scrolledTo.current === hash) return;
    const target = document.getElementById(hash.slice(1));
    if (!target) return;
    scrolledTo.current = hash;
    target.scrollIntoView({ block: 'start' });
    target.querySelector<HTMLElement>('.node-heading button')?.focus({ preventScroll: true });
  }, [data, companionsSettled]);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if ((!data && !scorecard.isError) || !shown.current) return <Loading />;
  if (scorecard.isError && !data) {
    return <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />;
  }
  if (!data) return null;

  const period = requestedPeriod ?? data.period;
  const periodLabel = data.periods.find((p) => p.key === data.period)?.label[lang] ?? data.period;
  const refreshing = scorecard.isFetching && scorecard.isPlaceholderData;

  return (
    <PlanEditorProvider planId={planId} model={data.model} roots={data.nodes} reload={reload}>
      <div className="page scorecard">
        <Breadcrumb trail={[]} current={data.plan.title} />
        <h1>{data.plan.title}</h1>
        <p className="meta">{t('home.years', { start: data.plan.startYear, end: data.plan.endYear })}</p>
        <PlanStatusLine />
        {data.vision && (
          <div className="vision">
            <h2 className="vision-label">{t('scorecard.vision')}</h2>
            <p>{data.vision}</p>
          </div>
        )}

        <div className="toolbar">
          <PeriodSelect
            label={t('scorecard.period')}
            // A period outside the plan (from an old link) stays shown as written.
            periods={data.periods.some((p) => p.key === period) ? data.periods : [{ key: period, label: { sv: period, da: period, en: period } }, ...data.periods]}
            value={period}
            onChange={(p) => setParams({ period: p })}
          />
          {assignments.data && assignments.data.length > 0 && (
            <Link href={`/plans/${planId}/assignments`}>{t('assignments.link', { count: assignments.data.length })}</Link>
          )}
          <Link href={`/plans/${planId}/dashboard?period=${encodeURIComponent(data.period)}`}>{t('dashboard.link')}</Link>
          <Link href={`/plans/${planId}/equality`}>{t('equality.link')}</Link>
          <Link href={`/plans/${planId}/risks`}>{t('risks.link')}</Link>
          <Link href={`/plans/${planId}/budget`}>{t('budget.link')}</Link>
          <Link href={`/plans/${planId}/followup?period=${encodeURIComponent(data.period)}`}>{t('followup.link')}</Link>
          <Link href={`/plans/${planId}/documents`}>{t('documents.link')}</Link>
          <ValueImportLink plan={data.plan} />
          <DirectionListLink planId={planId} />
          <ViewToggle view={view} onChange={(v) => setParams({ view: v })} />
          <div className="toolbar-buttons" hidden={view === 'compact'}>
            <button type="button" className="button button-secondary" onClick={() => setAll(true)}>
              {t('scorecard.expandAll')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAll(false)}>
              {t('scorecard.collapseAll')}
            </button>
          </div>
          <p className="toolbar-status" role="status">
            {refreshing ? t('scorecard.periodLoading') : ''}
          </p>
        </div>
        <PlanContentLinks planId={planId} organisationId={data.plan.organisationId} />
        {scorecard.isError && <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />}

        <section className="summary card" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('scorecard.summary', { period: periodLabel })}</h2>
          <StatusCounts counts={totals} label={t('scorecard.summaryCounts')} />
          {Object.values(totals).every((n) => n === 0) && <p>{t('scorecard.noMeasures')}</p>}
        </section>

        <PlanGlossaryProvider planId={planId}>
        {view === 'compact' ? (
          scorecard.data ? <CompactScorecard planId={planId} scorecard={scorecard.data} /> : <Loading />
        ) : (
        <PlanEditorTree empty={data.nodes.length === 0}>
          <ApprovedJudgementsProvider planId={planId} period={data.period}>
            <div className={`tree${refreshing ? ' is-refreshing' : ''}`}>
              {data.nodes.map((node) => (
                <NodeSection
                  key={node.id}
                  node={node}
                  depth={0}
                  model={data.model}
                  period={data.period}
                  isOpen={isOpen}
                  toggle={toggle}
                />
              ))}
            </div>
          </ApprovedJudgementsProvider>
        </PlanEditorTree>
        )}
        </PlanGlossaryProvider>
      </div>
    </PlanEditorProvider>
  );
}
