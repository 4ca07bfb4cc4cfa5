import { useState } from 'react';
import { LANGS, type Lang } from '../../../domain/i18n/lang';
import { api } from '../../api/client';
import { useMe, useOrganisations, useScorecard } from '../../api/queries';
import { PublicationPanel } from '../public/PublicationPanel';
import { Breadcrumb } from '../../components/Breadcrumb';
import { Field } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/States';
import { PeriodSelect } from '../../components/PeriodSelect';
import { LANG_NAMES, useT } from '../../i18n';
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
  const orgs = useOrganisations();
  const [chosen, setChosen] = useState<string | null>(null);
  // null: the organisation's own language (the API's default, so no ?lang).
  const [docLang, setDocLang] = useState<Lang | null>(null);
  const plan = scorecard.data?.plan;
  useDocumentTitle(plan ? `${t('documents.title')} – ${plan.title}` : t('documents.title'));

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (scorecard.isPending) return <Loading />;
  if (scorecard.isError) return <ErrorMessage error={scorecard.error} onRetry={() => void scorecard.refetch()} />;

  const data = scorecard.data;
  const period = chosen ?? data.period;
  const periodLabel = data.periods.find((p) => p.key === period)?.label[lang] ?? period;
  const followUp = `${t('documents.followUpHeading')} ${periodLabel}`;
  const orgLang = orgs.data?.find((o) => o.id === data.plan.organisationId)?.defaultLang;
  const shownLang = docLang ?? orgLang ?? lang;
  const asked = docLang ?? undefined;

  return (
    <div className="page documents">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: data.plan.title }]} current={t('documents.title')} />
      <h1>{t('documents.title')}</h1>
      <p className="lead">{t('documents.intro', { plan: data.plan.title })}</p>
      <Field label={t('documents.language')} hint={t('documents.languageHint')} className="field-inline">
        <select
          value={shownLang}
          onChange={(e) => {
            const picked = LANGS.find((l) => l === e.target.value) ?? null;
            setDocLang(picked === orgLang ? null : picked);
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </Field>

      <section className="card document-card" aria-labelledby="documents-plan">
        <h2 id="documents-plan">{t('documents.planHeading')}</h2>
        <p>{t('documents.planText')}</p>
        <ul className="download-list">
          <Download href={api.href('GET /api/plans/:planId/documents/plan.docx', { params: { planId }, query: { lang: asked } })} document={data.plan.title} format={t('documents.word')} />
          <Download href={api.href('GET /api/plans/:planId/documents/plan.pdf', { params: { planId }, query: { lang: asked } })} document={data.plan.title} format={t('documents.pdf')} />
        </ul>
      </section>

      <section className="card document-card" aria-labelledby="documents-follow-up">
        <h2 id="documents-follow-up">{t('documents.followUpHeading')}</h2>
        <p>{t('documents.followUpText')}</p>
        <PeriodSelect label={t('documents.period')} periods={data.periods} value={period} onChange={setChosen} />
        <ul className="download-list">
          <Download href={api.href('GET /api/plans/:planId/documents/follow-up.docx', { params: { planId }, query: { period, lang: asked } })} document={followUp} format={t('documents.word')} />
          <Download href={api.href('GET /api/plans/:planId/documents/follow-up.pdf', { params: { planId }, query: { period, lang: asked } })} document={followUp} format={t('documents.pdf')} />
        </ul>
      </section>

      <section className="card document-card" aria-labelledby="documents-values">
        <h2 id="documents-values">{t('documents.valuesHeading')}</h2>
        <p>{t('documents.valuesText')}</p>
        <ul className="download-list">
          <Download href={api.href('GET /api/plans/:planId/documents/measures.xlsx', { params: { planId }, query: { lang: asked } })} document={t('documents.valuesHeading')} format={t('documents.excel')} />
        </ul>
      </section>

      <section className="card document-card" aria-labelledby="documents-scorecard">
        <h2 id="documents-scorecard">{t('deck.heading')}</h2>
        <p>{t('deck.text')}</p>
        <ul className="download-list">
          <Download href={api.href('GET /api/plans/:planId/documents/scorecard.xlsx', { params: { planId }, query: { period, lang: asked } })} document={t('deck.document', { period: periodLabel })} format={t('documents.excel')} />
          <Download href={api.href('GET /api/plans/:planId/documents/scorecard.pptx', { params: { planId }, query: { period, lang: asked } })} document={t('deck.document', { period: periodLabel })} format={t('deck.powerpoint')} />
        </ul>
      </section>

      {me.data?.memberships.some((m) => m.organisationId === data.plan.organisationId && m.role === 'admin') && (
        <PublicationPanel planId={planId} periods={data.periods} />
      )}
    </div>
  );
}
