import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { PlanVersionInfo } from '../../../shared/authoring-schemas';
import { useOrganisations } from '../../api/queries';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading, ScrollRegion, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { usePlanInfo, usePlanVersions } from './api';
import { DecisionForm, RevisionForm } from './DecisionForms';
import { PlanSettingsForm } from './PlanSettingsForm';
import { VersionCompare } from './VersionCompare';

/** "Versioner och beslut": the plan's status, its decision or revision, its versions and their comparison, and its settings. */
export function VersionsPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  const info = usePlanInfo(planId);
  const versions = usePlanVersions(planId);
  const organisations = useOrganisations();
  const [message, setMessage] = useState('');
  const statusRef = useRef<HTMLHeadingElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  useDocumentTitle(info.data ? `${t('planVersions.title')} – ${info.data.title}` : t('planVersions.title'));

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (info.isPending) return <Loading />;
  if (info.isError) return <ErrorMessage error={info.error} onRetry={() => void info.refetch()} />;
  const plan = info.data;
  const model = organisations.data?.find((o) => o.id === plan.organisationId)?.governanceModel;
  const bodies = (model?.bodies ?? []).map((b) => ({ value: b.code, label: t('planNew.bodyOption', { name: b.name[lang], code: b.code }) }));
  const reload = () => void Promise.all([info.refetch(), versions.refetch()]);
  const done = (text: string) => {
    setMessage(text);
    void versions.refetch();
    focusAfterCommit(() => statusRef.current?.focus());
  };
  const versionName = (v: PlanVersionInfo) =>
    v.key !== 'current' ? t('planVersions.versionName', { number: v.number }) : plan.status === 'revision' ? t('planVersions.currentRevision', { number: v.number }) : t('planVersions.currentName');

  return (
    <div className="page plan-versions">
      <Breadcrumb trail={[{ href: `/plans/${plan.id}`, label: plan.title }]} current={t('planVersions.title')} />
      <h1>
        {t('planVersions.title')}
        <span className="subtitle"> – {plan.title}</span>
      </h1>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading" ref={statusRef} tabIndex={-1}>
          {t('planVersions.status')}: <span className={`tag plan-status-${plan.status}`}>{t(`planVersions.badge.${plan.status}`)}</span>
        </h2>
        <p>{t(`planVersions.statusText.${plan.status}`, { revision: plan.revision })}</p>
        {plan.copyOf && <p className="meta">{t('planVersions.copyOf', { title: plan.copyOf.title })}</p>}
        <SuccessMessage message={message} />
        <p>
          <Link href={`/plans/${plan.id}`}>{t('planVersions.scorecard')}</Link>
        </p>
      </section>

      {plan.canEdit && plan.status !== 'decided' && (
        <DecisionForm key={`d${plan.version}`} plan={plan} bodies={bodies} onDone={done} onReload={reload} />
      )}
      {plan.canEdit && plan.status === 'decided' && <RevisionForm key={`r${plan.version}`} plan={plan} onDone={done} onReload={reload} />}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('planVersions.versionsHeading')}</h2>
        {versions.isPending && <Loading />}
        {versions.isError && <ErrorMessage error={versions.error} onRetry={() => void versions.refetch()} />}
        {versions.data && versions.data.length === 0 && <p>{t('planVersions.noVersions')}</p>}
        {versions.data && versions.data.length > 0 && (
          <ScrollRegion label={t('planVersions.versionsHeading')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('planVersions.versionsHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('planVersions.col.version')}</th>
                  <th scope="col">{t('planVersions.col.decision')}</th>
                  <th scope="col">{t('planVersions.col.note')}</th>
                </tr>
              </thead>
              <tbody>
                {versions.data.map((v) => (
                  <tr key={v.key}>
                    <th scope="row">{versionName(v)}</th>
                    <td>
                      {v.decided
                        ? t('planVersions.decision', { body: v.decided.body, date: v.decided.date || t('planVersions.noDate'), paragraph: v.decided.paragraph }).trim()
                        : t('planVersions.notDecided')}
                    </td>
                    <td>{v.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('planVersions.compareHeading')}</h2>
        {versions.data && <VersionCompare key={versions.data.map((v) => v.key).join()} planId={plan.id} versions={versions.data} model={model} versionName={versionName} />}
      </section>

      {plan.canEdit && <PlanSettingsForm plan={plan} onReload={reload} />}
    </div>
  );
}
