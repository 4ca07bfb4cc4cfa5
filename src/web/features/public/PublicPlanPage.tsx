import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { PublicNode } from '../../../shared/publication-types';
import { api, isApiError } from '../../api/client';
import { usePublicPlan } from '../../api/public-queries';
import { PeriodSelect } from '../../components/PeriodSelect';
import { StatusBadge } from '../../components/StatusBadge';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** A published plan as the public reads it: the vision, the tree, measures with values and statuses, approved judgements. */
export function PublicPlanPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const plan = usePublicPlan(planId);
  const [chosen, setChosen] = useState<string | null>(null);
  useDocumentTitle(plan.data ? plan.data.plan.title : t('public.listTitle'));

  if (!Number.isFinite(planId) || (plan.isError && isApiError(plan.error) && plan.error.status === 404)) {
    return (
      <div className="page narrow">
        <h1>{t('public.listTitle')}</h1>
        <p>{t('public.notPublished')}</p>
        <p>
          <Link href="/offentlig">{t('public.listTitle')}</Link>
        </p>
      </div>
    );
  }
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} />;

  const data = plan.data;
  const period = data.periods.find((p) => p.key === chosen) ?? data.periods[0];
  const levelName = (key: string) => data.model.levels.find((l) => l.key === key)?.name[lang] ?? key;
  const download = (format: 'csv' | 'json') => api.href('GET /api/public/plans/:planId/download', { params: { planId }, query: { format, lang } });

  return (
    <div className="page public-plan">
      <nav className="breadcrumb" aria-label={t('measure.breadcrumb')}>
        <ol>
          <li>
            <Link href="/offentlig">{t('public.listTitle')}</Link>
          </li>
          <li aria-current="page">{data.plan.title}</li>
        </ol>
      </nav>
      <h1>{data.plan.title}</h1>
      <p className="muted">{t('public.planBy', { organisation: data.plan.organisationName, start: String(data.plan.startYear), end: String(data.plan.endYear) })}</p>
      {data.vision && (
        <section aria-labelledby="public-vision">
          <h2 id="public-vision">{t('public.vision')}</h2>
          <p className="lead">{data.vision}</p>
        </section>
      )}
      <div className="toolbar">
        {period && (
          <PeriodSelect label={t('public.period')} periods={data.periods.map((p) => ({ key: p.key, label: p.label }))} value={period.key} onChange={setChosen} />
        )}
        <p>
          {t('public.downloads')}:{' '}
          <a href={download('csv')} download aria-label={t('public.downloadLabel', { format: 'CSV' })}>
            {t('public.downloadCsv')}
          </a>{' '}
          ·{' '}
          <a href={download('json')} download aria-label={t('public.downloadLabel', { format: 'JSON' })}>
            {t('public.downloadJson')}
          </a>
        </p>
      </div>
      {period && (
        <div className="public-tree">
          {period.nodes.map((n) => (
            <PublicNodeSection key={n.id} node={n} depth={2} levelName={levelName} />
          ))}
        </div>
      )}
    </div>
  );
}

function PublicNodeSection({ node, depth, levelName }: { node: PublicNode; depth: number; levelName: (key: string) => string }) {
  const { t, lang } = useT();
  const headingId = useId();
  const Heading = `h${Math.min(depth, 6)}` as 'h2';
  return (
    <section className={`public-node depth-${depth}`} aria-labelledby={headingId}>
      <Heading id={headingId}>
        <span className="level-name">{levelName(node.levelKey)}:</span> {node.title}
      </Heading>
      <p>
        <StatusBadge status={node.fulfilment.status} /> <span className="muted">{node.fulfilment.explanation[lang]}</span>
      </p>
      {node.description && <p>{node.description}</p>}
      {node.judgement ? (
        <div className="card public-judgement">
          <p>
            <strong>{t('public.judgementHeading')}:</strong> {node.judgement.judgement ? t(`public.judgement.${node.judgement.judgement}`) : ''}
          </p>
          {node.judgement.analysis && (
            <p>
              <strong>{t('public.analysis')}:</strong> {node.judgement.analysis}
            </p>
          )}
          {node.judgement.actions && (
            <p>
              <strong>{t('public.actions')}:</strong> {node.judgement.actions}
            </p>
          )}
        </div>
      ) : null}
      {node.measures.length > 0 && (
        <table className="public-measures">
          <caption>
            {t('public.measures')} – {node.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('public.measure')}</th>
              <th scope="col">{t('public.target')}</th>
              <th scope="col">{t('public.value')}</th>
              <th scope="col">{t('public.status')}</th>
              <th scope="col">{t('public.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {node.measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.targetText ?? ''}</td>
                <td>
                  {m.valueText ? m.valueText[lang] : t('public.noValue')}
                  {m.valueFromKolada && <span className="muted"> ({t('public.source')})</span>}
                </td>
                <td>
                  <StatusBadge status={m.fulfilment.status} />
                </td>
                <td>{m.fulfilment.explanation[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {node.children.map((c) => (
        <PublicNodeSection key={c.id} node={c} depth={depth + 1} levelName={levelName} />
      ))}
    </section>
  );
}
