import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { Scorecard, ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { StatusBadge, StatusCounts } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { CompactMeasureRows, type EarlierValue } from './CompactMeasureRows';
import { comparisonPeriod } from './trend';
import { PlanText, TermsOfTitle } from '../../components/PlanGlossary';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** A period's scorecard when there is a period to read (shares the scorecard page's cache). */
function useScorecardOf(planId: number, period: string | null) {
  return useQuery({
    queryKey: keys.scorecard(planId, period),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/scorecard', { params: { planId }, query: { period: period! } }, { signal }),
    enabled: period !== null,
  });
}

function measuresById(nodes: readonly ScorecardNode[] | undefined, out = new Map<number, ScorecardMeasure>()): Map<number, ScorecardMeasure> {
  for (const n of nodes ?? []) {
    for (const m of n.measures) out.set(m.id, m);
    measuresById(n.children, out);
  }
  return out;
}

/**
 * The scorecard at a glance: perspectives and goals collapsed with their status counts, each opened
 * by its button; under a node one line per measure with status, value, target and the trend against
 * the previous report (or the same report a year earlier, for what adds up over the year).
 */
export function CompactScorecard({ planId, scorecard }: { planId: number; scorecard: Scorecard }) {
  const { lang } = useT();
  const periodKeys = scorecard.periods.map((p) => p.key);
  const previousKey = comparisonPeriod(periodKeys, scorecard.period, false);
  const yearEarlierKey = comparisonPeriod(periodKeys, scorecard.period, true);
  const previous = useScorecardOf(planId, previousKey);
  const yearEarlier = useScorecardOf(planId, yearEarlierKey);
  const previousMeasures = useMemo(() => measuresById(previous.data?.nodes), [previous.data]);
  const yearEarlierMeasures = useMemo(() => measuresById(yearEarlier.data?.nodes), [yearEarlier.data]);
  const labelOf = useCallback((key: string | null) => scorecard.periods.find((p) => p.key === key)?.label[lang] ?? key ?? '', [scorecard.periods, lang]);

  const earlier = useCallback(
    (m: ScorecardMeasure): EarlierValue | null => {
      const key = m.trendYearEarlier ? yearEarlierKey : previousKey;
      const before = (m.trendYearEarlier ? yearEarlierMeasures : previousMeasures).get(m.id);
      if (!key || !before) return null;
      return { value: before.value, valueText: before.valueText, periodLabel: labelOf(key) };
    },
    [previousKey, yearEarlierKey, previousMeasures, yearEarlierMeasures, labelOf],
  );

  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = useCallback((id: number) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  return (
    <div className="compact-scorecard">
      {scorecard.nodes.map((n) => (
        <CompactNode key={n.id} node={n} depth={0} model={scorecard.model} period={scorecard.period} expanded={expanded} toggle={toggle} earlier={earlier} />
      ))}
    </div>
  );
}

interface CompactNodeProps {
  node: ScorecardNode;
  depth: number;
  model: GovernanceModel;
  period: string;
  expanded: ReadonlySet<number>;
  toggle: (id: number) => void;
  earlier: (m: ScorecardMeasure) => EarlierValue | null;
}

function CompactNode({ node, depth, model, period, expanded, toggle, earlier }: CompactNodeProps) {
  const { t, lang } = useT();
  const Heading = `h${Math.min(depth + 2, 6)}` as HeadingTag;
  const levelName = model.levels.find((l) => l.key === node.levelKey)?.name[lang] ?? node.levelKey;
  const open = expanded.has(node.id);
  const contentId = `compact-${node.id}-content`;
  const hasContent = node.children.length > 0 || node.measures.length > 0;
  return (
    <section className={`compact-node compact-depth-${Math.min(depth, 3)}`} aria-labelledby={`compact-${node.id}-heading`}>
      <div className="compact-node-line">
        <Heading id={`compact-${node.id}-heading`} className="compact-heading">
          {hasContent ? (
            <button type="button" aria-expanded={open} aria-controls={contentId} onClick={() => toggle(node.id)}>
              <span className="chevron" aria-hidden="true">
                {open ? '▾' : '▸'}
              </span>
              <span className="level-name">
                {levelName}
                <span className="visually-hidden">: </span>
              </span>{' '}
              {node.title}
            </button>
          ) : (
            <span>
              <span className="level-name">{levelName}: </span>
              <PlanText text={node.title} />
            </span>
          )}
        </Heading>
        <StatusBadge status={node.fulfilment.status} />
        <StatusCounts counts={node.fulfilment.counts} label={t('scorecard.countsOf', { title: node.title })} />
      </div>
      {hasContent && <TermsOfTitle title={node.title} />}
      {hasContent && (
        <div id={contentId} hidden={!open}>
          {open && node.measures.length > 0 && <CompactMeasureRows node={node} period={period} earlier={earlier} />}
          {open &&
            node.children.map((c) => (
              <CompactNode key={c.id} node={c} depth={depth + 1} model={model} period={period} expanded={expanded} toggle={toggle} earlier={earlier} />
            ))}
        </div>
      )}
    </section>
  );
}
