import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../../api/client';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The invitation link's page: the token (in the fragment, never sent in a URL) is exchanged for the workshop's cookie. */
export function JoinWorkshopPage() {
  const { t } = useT();
  useDocumentTitle(t('workshop.joinTitle'));
  const [, navigate] = useLocation();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const token = window.location.hash.slice(1);
    api
      .call('POST /api/workshops/join', { body: { token } }, { redirectOn401: false })
      .then((r) => {
        window.history.replaceState(null, '', window.location.pathname);
        navigate(`/workshops/${r.workshopId}`, { replace: true });
      })
      .catch(() => setFailed(true));
  }, [navigate]);
  return (
    <div className="page narrow">
      <h1>{t('workshop.joinTitle')}</h1>
      <p role="status">{failed ? t('workshop.joinFailed') : t('workshop.joining')}</p>
    </div>
  );
}
