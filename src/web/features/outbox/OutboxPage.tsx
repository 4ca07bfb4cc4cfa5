import { Link } from 'wouter';
import { isApiError } from '../../api/client';
import { useOrganisations } from '../../api/queries';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/periods';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useOutbox } from './api';
import { STATUS_KEYS, whyKey } from './labels';

/** The organisation's outbox: every mail sent or waiting, to whom, why and how it went (admins and editors). */
export function OutboxPage({ orgId }: { orgId: number }) {
  const { t, lang } = useT();
  const organisations = useOrganisations();
  const org = organisations.data?.find((o) => o.id === orgId);
  const mayRead = org?.role === 'admin' || org?.role === 'editor';
  const outbox = useOutbox(orgId, mayRead);
  useDocumentTitle(org ? t('outbox.titleFor', { name: org.name }) : t('outbox.title'));

  if (organisations.isPending) return <Loading />;
  if (organisations.isError) return <ErrorMessage error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (!org) {
    return (
      <div className="page">
        <h1>{t('outbox.title')}</h1>
        <p>{t('outbox.orgNotFound')}</p>
      </div>
    );
  }
  if (!mayRead || (outbox.isError && isApiError(outbox.error) && outbox.error.status === 403)) {
    return (
      <div className="page">
        <h1>{t('outbox.titleFor', { name: org.name })}</h1>
        <div className="error-box" role="alert">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t('outbox.noAccess')}
          </p>
        </div>
        <p>
          <Link href="/">{t('app.backHome')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page outbox">
      <h1>{t('outbox.titleFor', { name: org.name })}</h1>
      <p className="lead">{t('outbox.intro')}</p>
      {outbox.isPending ? (
        <Loading />
      ) : outbox.isError ? (
        <ErrorMessage error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('outbox.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outbox.colCreated')}</th>
                <th scope="col">{t('outbox.colTo')}</th>
                <th scope="col">{t('outbox.colWhy')}</th>
                <th scope="col">{t('outbox.colSubject')}</th>
                <th scope="col">{t('outbox.colStatus')}</th>
                <th scope="col">{t('outbox.colSent')}</th>
              </tr>
            </thead>
            <tbody>
              {outbox.data.map((m) => {
                const why = whyKey(m.why);
                return (
                  <tr key={m.id}>
                    <td>{formatDateTime(m.createdAt, lang)}</td>
                    <td>{m.toName ? `${m.toName} <${m.to}>` : m.to}</td>
                    <td>
                      {why ? t(why) : m.why}
                      {m.reference && <div className="muted">{m.reference}</div>}
                    </td>
                    <td>
                      <details>
                        <summary>{m.subject}</summary>
                        <pre className="mail-text">{m.text}</pre>
                      </details>
                    </td>
                    <td>
                      {t(STATUS_KEYS[m.status])}
                      {m.attempts > 1 && <div className="muted">{t('outbox.attempts', { count: m.attempts })}</div>}
                      {m.error && <div className="muted">{m.error}</div>}
                    </td>
                    <td>{m.sentAt ? formatDateTime(m.sentAt, lang) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
