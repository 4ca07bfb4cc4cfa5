import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, isApiError } from '../../api/client';
import { useOrganisations } from '../../api/queries';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Form';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** The federations I belong to, and forming a new one from organisations where I have a role. */
export function FederationsPage() {
  const { t } = useT();
  useDocumentTitle(t('federation.listTitle'));
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const list = useQuery({ queryKey: ['federations'], queryFn: ({ signal }) => api.call('GET /api/federations', {}, { signal }) });
  const organisations = useOrganisations();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<number[]>([]);
  const create = useMutation({
    mutationFn: () => api.call('POST /api/federations', { body: { name, organisationIds: chosen } }),
    onSuccess: async (r) => {
      // The new federation role comes with the session's next request.
      await queryClient.invalidateQueries();
      navigate(`/federations/${r.id}`);
    },
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  const orgs = (organisations.data ?? []).filter((o) => !list.data.some((f) => f.organisationId === o.id));
  return (
    <div className="page">
      <h1>{t('federation.listTitle')}</h1>
      <p className="lead">{t('federation.listIntro')}</p>
      {list.data.length === 0 ? (
        <p>{t('federation.none')}</p>
      ) : (
        <ul className="plan-list">
          {list.data.map((f) => (
            <li key={f.id}>
              <Link href={`/federations/${f.id}`}>{f.name}</Link> <span className="meta">({f.role === 'admin' ? t('federation.roleAdmin') : t('federation.roleMember')})</span>
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="new-federation">
        <h2 id="new-federation">{t('federation.create')}</h2>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <TextField label={t('federation.name')} value={name} onChange={setName} required maxLength={200} error={isApiError(create.error) ? create.error.fieldError('name') : undefined} />
          <fieldset>
            <legend>{t('federation.members')}</legend>
            <p className="field-hint">{t('federation.membersHint')}</p>
            {orgs.map((o) => (
              <label key={o.id} className="block">
                <input
                  type="checkbox"
                  checked={chosen.includes(o.id)}
                  onChange={(e) => setChosen((c) => (e.target.checked ? [...c, o.id] : c.filter((id) => id !== o.id)))}
                />{' '}
                {o.name}
              </label>
            ))}
          </fieldset>
          <FormError message={create.error ? create.error.message : null} />
          <div>
            <button type="submit" className="button" disabled={create.isPending || chosen.length < 2}>
              {create.isPending ? t('federation.creating') : t('federation.submit')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
