import { useState, type FormEvent } from 'react';
import type { GovernanceModel, PlanVersionComparison, PlanVersionInfo } from '../../../shared/authoring-schemas';
import { type ChangeRow, ChangeTable } from '../../components/ChangeTable';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useVersionComparison } from './api';

/** Chooses two versions and lists what changed between them: the tree, the measures, the targets. */
export function VersionCompare({ planId, versions, model, versionName }: { planId: number; versions: PlanVersionInfo[]; model: GovernanceModel | undefined; versionName: (v: PlanVersionInfo) => string }) {
  const { t } = useT();
  const [from, setFrom] = useState(versions.at(-2)?.key ?? '');
  const [to, setTo] = useState(versions.at(-1)?.key ?? '');
  const [chosen, setChosen] = useState<{ from: string; to: string } | null>(null);
  const comparison = useVersionComparison(planId, chosen?.from ?? null, chosen?.to ?? null);
  if (versions.length < 2) return <p>{t('planVersions.needTwo')}</p>;
  const options = versions.map((v) => (
    <option key={v.key} value={v.key}>
      {versionName(v)}
    </option>
  ));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setChosen({ from, to });
  };
  return (
    <>
      <form className="toolbar" onSubmit={onSubmit}>
        <div className="field field-inline">
          <label htmlFor="cmp-from">{t('planVersions.from')}</label>
          <select id="cmp-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {options}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="cmp-to">{t('planVersions.to')}</label>
          <select id="cmp-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {options}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t('planVersions.compare')}
        </button>
      </form>
      {chosen && chosen.from === chosen.to && <p role="status">{t('planVersions.same')}</p>}
      {comparison.isFetching && !comparison.data && <Loading />}
      {comparison.isError && <ErrorMessage error={comparison.error} />}
      {comparison.data && chosen && chosen.from !== chosen.to && <Differences c={comparison.data} model={model} versionName={versionName} />}
    </>
  );
}

function Differences({ c, model, versionName }: { c: PlanVersionComparison; model: GovernanceModel | undefined; versionName: (v: PlanVersionInfo) => string }) {
  const { t, lang } = useT();
  const d = c.diff;
  const level = (key: string) => model?.levels.find((l) => l.key === key)?.name[lang] ?? key;
  const under = (name: string | null) => (name ? t('planVersions.under', { name }) : t('planVersions.topLevel'));
  const absent = t('planVersions.absent');
  const rows: ChangeRow[] = [
    ...d.nodes.added.map((n) => ({ key: `na${n.key}`, change: t('planVersions.change.nodeAdded', { level: level(n.levelKey) }), what: n.name, before: absent, after: n.name })),
    ...d.nodes.removed.map((n) => ({ key: `nr${n.key}`, change: t('planVersions.change.nodeRemoved', { level: level(n.levelKey) }), what: n.name, before: n.name, after: absent })),
    ...d.nodes.renamed.map((n) => ({ key: `nn${n.key}`, change: t('planVersions.change.nodeRenamed', { level: level(n.levelKey) }), what: n.name, before: n.from, after: n.name })),
    ...d.nodes.moved.map((n) => ({ key: `nm${n.key}`, change: t('planVersions.change.nodeMoved', { level: level(n.levelKey) }), what: n.name, before: under(n.fromParent), after: under(n.toParent) })),
    ...d.nodes.described.map((n) => ({ key: `nd${n.key}`, change: t('planVersions.change.nodeDescribed', { level: level(n.levelKey) }), what: n.name, before: '', after: '' })),
    ...d.measures.added.map((m) => ({ key: `ma${m.key}`, change: t('planVersions.change.measureAdded'), what: m.name, before: absent, after: under(m.nodeName) })),
    ...d.measures.removed.map((m) => ({ key: `mr${m.key}`, change: t('planVersions.change.measureRemoved'), what: m.name, before: under(m.nodeName), after: absent })),
    ...d.measures.renamed.map((m) => ({ key: `mn${m.key}`, change: t('planVersions.change.measureRenamed'), what: m.name, before: m.from, after: m.name })),
    ...d.measures.moved.map((m) => ({ key: `mm${m.key}`, change: t('planVersions.change.measureMoved'), what: m.name, before: under(m.fromNode), after: under(m.nodeName) })),
    ...d.measures.changed.map((m) => ({ key: `mc${m.key}`, change: t('planVersions.change.measureChanged'), what: m.name, before: '', after: m.fields.map((f) => t(`planVersions.fields.${f}`)).join(', ') })),
    ...d.targets.added.map((x) => ({ key: `ta${x.measureKey}${x.year}`, change: t('planVersions.change.targetAdded'), what: t('planVersions.targetWhat', { measure: x.measureName, year: x.year }), before: absent, after: x.to ?? absent })),
    ...d.targets.removed.map((x) => ({ key: `tr${x.measureKey}${x.year}`, change: t('planVersions.change.targetRemoved'), what: t('planVersions.targetWhat', { measure: x.measureName, year: x.year }), before: x.from ?? absent, after: absent })),
    ...d.targets.changed.map((x) => ({ key: `tc${x.measureKey}${x.year}`, change: t('planVersions.change.targetChanged'), what: t('planVersions.targetWhat', { measure: x.measureName, year: x.year }), before: x.from ?? absent, after: x.to ?? absent })),
  ];
  const count = (part: Record<string, unknown[]>) => Object.values(part).reduce((n, list) => n + list.length, 0);
  const caption = t('planVersions.diffCaption', { from: versionName(c.from), to: versionName(c.to) });
  return (
    <>
      <p role="status">{t('planVersions.summary', { nodes: count(d.nodes), measures: count(d.measures), targets: count(d.targets) })}</p>
      {rows.length === 0 ? (
        <p>{t('planVersions.none')}</p>
      ) : (
        <ChangeTable
          caption={caption}
          className="plan-diff"
          heads={[t('planVersions.colChange'), t('planVersions.colWhat'), versionName(c.from), versionName(c.to)]}
          rows={rows}
          rowClassName={(r) => `plan-diff-${r.key.slice(0, 2)}`}
        />
      )}
    </>
  );
}
