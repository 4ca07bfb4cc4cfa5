import { useState } from 'react';
import { documentPaths } from '../../../shared/documents-types';
import { useMe, useScorecard } from '../../api/queries';
import { PublicationPanel } from '../public/PublicationPanel';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { PeriodSelect } from '../../components/PeriodSelect';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

function Download({ href, document, format }: { href: string; document: string; format: string }) {
  const { t } = useT();
  return (
    <li>
      <a className="button button-secondary" href={href} download aria-label={t('documents.downloadLabel', { document, format })}>
        {format}
      </a>
    </li>
  );
}

/** A plan's documents to download: the plan (DOCX, PDF), the follow-up report for a chosen period (DOCX, PDF), measures and values (XLSX). */
export function DocumentsPage({ planId }: { planId: number }) {
  const { t, lang } = useT();
  // The plan's title, its periods and the latest period with values come with its scorecard.
  const scorecard = useScorecard(planId, null);
  const me = useMe();
  const [chosen, setChosen] = useState<string | null>(null);
  const plan = scorecard.data?.plan;
  useDocumentTitle(plan ? `${t('documents.title')} – ${plan.title}` : t('documents.title'));

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (scorecard.isPending) return <Loading />;
  if (scorecard.isError) return <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />;

  const data = scorecard.data;
  const period = chosen ?? data.period;
  const periodLabel = data.periods.find((p) => p.key === period)?.label[lang] ?? period;
  const followUp = `${t('documents.followUpHeading')} ${periodLabel}`;

  return (
    <div className="page documents">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: data.plan.title }]} current={t('documents.title')} />
      <h1>{t('documents.title')}</h1>
      <p className="lead">{t('documents.intro', { plan: data.plan.title })}</p>

      <section className="card document-card" aria-labelledby="documents-plan">
        <h2 id="documents-plan">{t('documents.planHeading')}</h2>
        <p>{t('documents.planText')}</p>
        <ul className="download-list">
          <Download href={documentPaths.plan(planId, 'docx')} document={data.plan.title} format={t('documents.word')} />
          <Download href={documentPaths.plan(planId, 'pdf')} document={data.plan.title} format={t('documents.pdf')} />
        </ul>
      </section>

      <section className="card document-card" aria-labelledby="documents-follow-up">
        <h2 id="documents-follow-up">{t('documents.followUpHeading')}</h2>
        <p>{t('documents.followUpText')}</p>
        <PeriodSelect label={t('documents.period')} periods={data.periods} value={period} onChange={setChosen} />
        <ul className="download-list">
          <Download href={documentPaths.followUp(planId, 'docx', period)} document={followUp} format={t('documents.word')} />
          <Download href={documentPaths.followUp(planId, 'pdf', period)} document={followUp} format={t('documents.pdf')} />
        </ul>
      </section>

      <section className="card document-card" aria-labelledby="documents-values">
        <h2 id="documents-values">{t('documents.valuesHeading')}</h2>
        <p>{t('documents.valuesText')}</p>
        <ul className="download-list">
          <Download href={documentPaths.measures(planId)} document={t('documents.valuesHeading')} format={t('documents.excel')} />
        </ul>
      </section>

      <section className="card document-card" aria-labelledby="documents-scorecard">
        <h2 id="documents-scorecard">{t('deck.heading')}</h2>
        <p>{t('deck.text')}</p>
        <ul className="download-list">
          <Download href={documentPaths.scorecard(planId, 'xlsx', period)} document={t('deck.document', { period: periodLabel })} format={t('documents.excel')} />
          <Download href={documentPaths.scorecard(planId, 'pptx', period)} document={t('deck.document', { period: periodLabel })} format={t('deck.powerpoint')} />
        </ul>
      </section>

      {me.data?.memberships.some((m) => m.organisationId === data.plan.organisationId && m.role === 'admin') && (
        <PublicationPanel planId={planId} periods={data.periods} />
      )}
    </div>
  );
}
