import { OrganisationPageGate, openOrganisationPage, useOrganisationPage } from '../../components/OrganisationPageGate';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { formatDateTime } from '../../lib/periods';
import { useOutbox } from './api';
import { STATUS_KEYS, whyKey } from './labels';

/** The organisation's outbox: every mail sent or waiting, to whom, why and how it went (admins and editors). */
export function OutboxPage({ orgId }: { orgId: number }) {
  const { t, lang } = useT();
  const access = useOrganisationPage(orgId, 'outbox', ['admin', 'editor']);
  const outbox = useOutbox(orgId, access.allowed);
  const org = openOrganisationPage(access, outbox.error);
  if (!org) return <OrganisationPageGate access={access} />;

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
