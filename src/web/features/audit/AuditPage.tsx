import { useState } from 'react';
import { api } from '../../api/client';
import { useOrganisationUsers } from '../../api/queries';
import { OrganisationPageGate, openOrganisationPage, useOrganisationPage } from '../../components/OrganisationPageGate';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { AUDIT_PAGE_SIZE, type AuditFilter, auditQuery, NO_FILTER, useOrganisationAudit } from './auditApi';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

/**
 * The organisation's audit log for its admins: filters, pages of 50 (newest first), the same
 * selection as CSV, and the organisation's whole data as a ZIP.
 */
export function AuditPage({ orgId }: { orgId: number }) {
  const { t } = useT();
  const access = useOrganisationPage(orgId, 'audit', ['admin'], { missingIsRefusal: true });
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  // The ids each page starts below: page 1 has none, page n+1 starts below page n's last entry.
  const [starts, setStarts] = useState<(number | undefined)[]>([undefined]);
  const page = starts.length;
  const entries = useOrganisationAudit(orgId, filter, starts.at(-1), access.allowed);
  const people = useOrganisationUsers(orgId, access.allowed);
  const org = openOrganisationPage(access, entries.error);
  if (!org) return <OrganisationPageGate access={access} />;

  const apply = (next: AuditFilter) => {
    setFilter(next);
    setStarts([undefined]);
  };
  const rows = entries.data ?? [];
  const hasOlder = rows.length === AUDIT_PAGE_SIZE;
  return (
    <div className="page audit">
      <h1>{t('audit.titleFor', { name: org.name })}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFilters filter={filter} people={people.data ?? []} onApply={apply} />
      <p>
        <a className="button button-secondary" href={`/api/organisations/${orgId}/audit?${auditQuery(filter, { format: 'csv', limit: 10_000 })}`} download>
          {t('audit.csv')}
        </a>
      </p>
      {entries.isPending ? (
        <Loading />
      ) : entries.isError ? (
        <ErrorMessage error={entries.error} onRetry={() => void entries.refetch()} />
      ) : rows.length === 0 ? (
        <p role="status">{t('audit.empty')}</p>
      ) : (
        <AuditTable entries={rows} page={page} />
      )}
      {(page > 1 || hasOlder) && (
        <nav className="audit-pager" aria-label={t('audit.page', { page })}>
          <button type="button" className="button-secondary" disabled={page === 1} onClick={() => setStarts((s) => s.slice(0, -1))}>
            {t('audit.newer')}
          </button>
          <span>{t('audit.page', { page })}</span>
          <button type="button" className="button-secondary" disabled={!hasOlder} onClick={() => setStarts((s) => [...s, rows.at(-1)!.id])}>
            {t('audit.older')}
          </button>
        </nav>
      )}
      <section aria-labelledby="org-export-heading" className="card">
        <h2 id="org-export-heading">{t('audit.exportHeading')}</h2>
        <p>{t('audit.exportIntro')}</p>
        <a className="button" href={api.href('GET /api/organisations/:orgId/export', { params: { orgId } })} download>
          {t('audit.exportZip')}
        </a>
      </section>
    </div>
  );
}
