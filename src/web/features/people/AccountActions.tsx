import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrganisationUser } from '../../../shared/api-types';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';
import { useT } from '../../i18n';
import { OneTimePassword } from './OneTimePassword';

/** An admin's buttons for a person's account: deactivate or activate, and a new one-time password (shown once). */
export function AccountActions({ orgId, user, onMessage }: { orgId: number; user: OrganisationUser; onMessage: (text: string) => void }) {
  const { t } = useT();
  const client = useQueryClient();
  const [password, setPassword] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: keys.users(orgId) });
  const fail = (e: ApiError) => onMessage(t('peopleAccount.failed', { message: e.message }));
  const toggle = useMutation<void, ApiError, boolean>({
    mutationFn: async (deactivate) => {
      const params = { orgId, userId: user.id };
      if (deactivate) await api.call('POST /api/organisations/:orgId/users/:userId/deactivate', { params });
      else await api.call('POST /api/organisations/:orgId/users/:userId/activate', { params });
    },
    onSuccess: (_v, deactivate) => {
      onMessage(t(deactivate ? 'peopleAccount.deactivatedDone' : 'peopleAccount.activatedDone', { name: user.name }));
      return refresh();
    },
    onError: fail,
  });
  const reset = useMutation<{ oneTimePassword: string }, ApiError>({
    mutationFn: () => api.call('POST /api/organisations/:orgId/users/:userId/password-reset', { params: { orgId, userId: user.id } }),
    onSuccess: (r) => {
      setPassword(r.oneTimePassword);
      onMessage(t('peopleAccount.resetDone', { name: user.name }));
    },
    onError: fail,
  });
  const forName = <span className="visually-hidden"> {t('peopleAccount.forName', { name: user.name })}</span>;
  return (
    <div className="account-actions">
      {user.deactivated && <p className="meta">{t('peopleAccount.deactivated')}</p>}
      <button type="button" className="button button-secondary button-small" aria-disabled={toggle.isPending || undefined} onClick={() => !toggle.isPending && toggle.mutate(!user.deactivated)}>
        {user.deactivated ? t('peopleAccount.activate') : t('peopleAccount.deactivate')}
        {forName}
      </button>{' '}
      <button type="button" className="button button-secondary button-small" aria-disabled={reset.isPending || undefined} onClick={() => !reset.isPending && reset.mutate()}>
        {t('peopleAccount.reset')}
        {forName}
      </button>
      {password && <OneTimePassword name={user.name} password={password} onDone={() => setPassword(null)} />}
    </div>
  );
}
