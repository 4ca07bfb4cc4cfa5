import { Link, useLocation, useSearchParams } from 'wouter';
import type { RoadmapVersionSummary, VersionComparison } from '../../../shared/roadmap-types';
import { Breadcrumb } from '../../components/Breadcrumb';
import { type ChangeRow, ChangeTable } from '../../components/ChangeTable';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useRoadmaps, useVersionComparison } from './roadmap-api';

/** Two versions of a map side by side: what was added, removed, moved in time, renamed, and which effects and arrows changed. */
export function ComparePage({ roadmapId }: { roadmapId: number }) {
  const { t } = useT();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const roadmaps = useRoadmaps();
  const roadmap = roadmaps.data?.find((r) => r.id === roadmapId);
  const before = Number(params.get('before'));
  const after = Number(params.get('after'));
  const comparison = useVersionComparison(before, after);
  const title = roadmap ? t('roadmap.compareView.title', { title: roadmap.title }) : '';
  useDocumentTitle(title || null);
  if (roadmaps.isPending) return <Loading />;
  if (roadmaps.isError) return <ErrorMessage error={roadmaps.error} />;
  if (!roadmap) return <ErrorMessage error={new Error('not found')} />;
  const choose = (which: 'before' | 'after', id: string) => {
    const next = new URLSearchParams(params);
    next.set(which, id);
    navigate(`/roadmaps/${roadmapId}/compare?${next.toString()}`, { replace: true });
  };
  const versionSelect = (which: 'before' | 'after', value: number) => (
    <div className="field field-inline">
      <label htmlFor={`rm-cmp-${which}`}>{t(`roadmap.compareView.${which}`)}</label>
      <select id={`rm-cmp-${which}`} value={Number.isFinite(value) ? value : ''} onChange={(e) => choose(which, e.target.value)}>
        <option value="" />
        {roadmap.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {t('roadmap.versionOption', { year: v.year })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="page rm-compare">
      <Breadcrumb trail={[{ href: '/roadmaps', label: t('roadmap.listTitle') }]} current={t('roadmap.compare')} />
      <h1>{title}</h1>
      <div className="toolbar">
        {versionSelect('before', before)}
        {versionSelect('after', after)}
        {Number.isFinite(after) && (
          <Link href={`/roadmaps/versions/${after}`}>{t('roadmap.compareView.back')}</Link>
        )}
      </div>
      {before === after && <p>{t('roadmap.compareView.same')}</p>}
      {comparison.isPending && before !== after && <Loading />}
      {comparison.isError && <ErrorMessage error={comparison.error} />}
      {comparison.data && <Differences c={comparison.data} />}
    </div>
  );
}

function Differences({ c }: { c: VersionComparison }) {
  const { t } = useT();
  const d = c.diff;
  const year = (y: number | null) => (y === null ? t('roadmap.unscheduled') : String(y));
  const label = (v: RoadmapVersionSummary) => t('roadmap.versionOption', { year: v.year });
  const edgeText = (e: { from: string; to: string }) => t('roadmap.compareView.edgeText', { from: c.titles[e.from] ?? e.from, to: c.titles[e.to] ?? e.to });
  const rows: ChangeRow[] = [
    ...d.added.map((m) => ({ key: `a${m.key}`, change: t('roadmap.compareView.added'), what: m.title, before: t('roadmap.compareView.absent'), after: `${c.focusAreas[m.focusAreaKey] ?? ''}, ${year(m.year)}` })),
    ...d.removed.map((m) => ({ key: `r${m.key}`, change: t('roadmap.compareView.removed'), what: m.title, before: `${c.focusAreas[m.focusAreaKey] ?? ''}, ${year(m.year)}`, after: t('roadmap.compareView.absent') })),
    ...d.moved.map((m) => ({ key: `m${m.key}`, change: t('roadmap.compareView.moved'), what: m.title, before: year(m.fromYear), after: t('roadmap.compareView.movedText', { from: year(m.fromYear), to: year(m.toYear) }) })),
    ...d.renamed.map((m) => ({ key: `n${m.key}`, change: t('roadmap.compareView.renamed'), what: m.to, before: m.from, after: m.to })),
    ...d.changedEffects.map((m) => ({
      key: `e${m.key}`,
      change: t('roadmap.compareView.effectsChanged'),
      what: m.title,
      before: <EffectList items={m.removed.map((e) => t('roadmap.compareView.effectRemoved', { text: tagged(e) }))} />,
      after: <EffectList items={m.added.map((e) => t('roadmap.compareView.effectAdded', { text: tagged(e) }))} />,
    })),
    ...d.addedEdges.map((e) => ({ key: `ae${e.from}${e.to}`, change: t('roadmap.compareView.edgeAdded'), what: edgeText(e), before: t('roadmap.compareView.absent'), after: edgeText(e) })),
    ...d.removedEdges.map((e) => ({ key: `re${e.from}${e.to}`, change: t('roadmap.compareView.edgeRemoved'), what: edgeText(e), before: edgeText(e), after: t('roadmap.compareView.absent') })),
  ];
  return (
    <>
      <p role="status">
        {t('roadmap.compareView.summary', { added: d.added.length, removed: d.removed.length, moved: d.moved.length, effects: d.changedEffects.length, edges: d.addedEdges.length + d.removedEdges.length })}
      </p>
      {rows.length === 0 ? (
        <p>{t('roadmap.compareView.none')}</p>
      ) : (
        <ChangeTable
          caption={t('roadmap.compare')}
          captionHidden
          className="rm-compare-table"
          heads={[t('roadmap.compareView.change'), t('roadmap.table.milestone'), label(c.before), label(c.after)]}
          rows={rows}
          rowClassName={(r) => `rm-change rm-change-${r.key[0]}`}
        />
      )}
    </>
  );
}

const tagged = (e: { text: string; tags: string[] }) => (e.tags.length ? `${e.text} (${e.tags.join(', ')})` : e.text);

function EffectList({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="rm-effects">
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}
