import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { FederationView } from '../../../shared/workshop-types';
import { api } from '../../api/client';
import { useOrganisations, usePlans } from '../../api/queries';
import { Field, TextField } from '../../components/Field';
import { FormError } from '../../components/Form';
import { GlossaryText } from '../../components/GlossaryText';
import { ErrorMessage, Loading, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { SharedMeasures } from './SharedMeasures';

/** A federation: members, glossary, the shared plan's goals (adopt one into my plan), workshops. */
export function FederationPage({ federationId }: { federationId: number }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const key = ['federations', federationId];
  const view = useQuery({ queryKey: key, queryFn: ({ signal }) => api.call('GET /api/federations/:id', { params: { id: federationId } }, { signal }) });
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => api.call('POST /api/workshops', { body: { federationId, title } }),
    onSuccess: (r) => navigate(`/workshops/${r.id}`),
  });
  useDocumentTitle(view.data?.name);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  const f = view.data;
  return (
    <div className="page">
      <h1>{f.name}</h1>
      <p className="meta">
        {f.role === 'admin' ? t('federation.roleAdmin') : t('federation.roleMember')} · {t('federation.members')}: {f.members.map((m) => m.name).join(', ')}
      </p>
      <div className="card-grid">
        <section className="card" aria-labelledby="shared-plan">
          <h2 id="shared-plan">{t('federation.sharedPlan')}</h2>
          {f.sharedPlanId === null ? (
            <p>{t('federation.noSharedPlan')}</p>
          ) : (
            <>
              <p>
                <Link href={`/plans/${f.sharedPlanId}`}>{t('federation.openSharedPlan')}</Link>
              </p>
              <h3>{t('federation.sharedGoals')}</h3>
              <ul className="plan-list">
                {f.sharedGoals.map((g) => (
                  <li key={g.id}>
                    <strong>
                      <GlossaryText text={g.name} terms={f.glossary} />
                    </strong>
                    <p className="meta">
                      {g.adoptedBy.length === 0 ? t('federation.adoptedByNone') : `${t('federation.adoptedBy')}: ${g.adoptedBy.map((a) => a.organisationName).join(', ')}`}
                    </p>
                    <Adopt federation={f} goalId={g.id} onDone={() => void queryClient.invalidateQueries({ queryKey: key })} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="glossary">
          <h2 id="glossary">{t('federation.glossary')}</h2>
          {f.glossary.length === 0 ? (
            <p>{t('federation.glossaryEmpty')}</p>
          ) : (
            <dl>
              {f.glossary.map((g) => (
                <div key={g.term}>
                  <dt>
                    <strong>{g.term}</strong>
                  </dt>
                  <dd>{g.definition}</dd>
                </div>
              ))}
            </dl>
          )}
          <p>
            <Link href={`/federations/${f.id}/glossary`}>{t('regionTools.glossaryLink')}</Link>
          </p>
        </section>
        <SharedMeasures federationId={f.id} />
        <section className="card" aria-labelledby="workshops">
          <h2 id="workshops">{t('federation.workshops')}</h2>
          {f.workshops.length === 0 ? (
            <p>{t('federation.noWorkshops')}</p>
          ) : (
            <ul className="plan-list">
              {f.workshops.map((w) => (
                <li key={w.id}>
                  <Link href={`/workshops/${w.id}`}>{w.title}</Link>
                </li>
              ))}
            </ul>
          )}
          {f.role === 'admin' && (
            <form
              className="form"
              onSubmit={(e) => {
                e.preventDefault();
                create.mutate();
              }}
            >
              <h3>{t('federation.newWorkshop')}</h3>
              <TextField label={t('federation.workshopTitle')} value={title} onChange={setTitle} required maxLength={200} />
              <FormError message={create.error ? create.error.message : null} />
              <div>
                <button type="submit" className="button" disabled={create.isPending}>
                  {create.isPending ? t('federation.creatingWorkshop') : t('federation.createWorkshop')}
                </button>
              </div>
            </form>
          )}
        </section>
      </div>
    </div>
  );
}

/** Adopts a shared goal into one of my member organisation's plans (where I may edit). */
function Adopt({ federation, goalId, onDone }: { federation: FederationView; goalId: number; onDone: () => void }) {
  const { t } = useT();
  const organisations = useOrganisations();
  const mine = (organisations.data ?? []).find((o) => federation.members.some((m) => m.id === o.id) && (o.role === 'admin' || o.role === 'editor'));
  const plans = usePlans(mine?.id ?? 0);
  const [planId, setPlanId] = useState<number | null>(null);
  const adopt = useMutation({
    mutationFn: () => api.call('POST /api/federations/:id/adoptions', { params: { id: federation.id }, body: { goalNodeId: goalId, planId: planId ?? plans.data?.[0]?.id ?? 0 } }),
    onSuccess: onDone,
  });
  if (!mine || !plans.data || plans.data.length === 0) return null;
  return (
    <form
      className="form-row workshop-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        adopt.mutate();
      }}
    >
      <Field label={`${t('federation.adoptPlan')} (${mine.name})`}>
        <select value={planId ?? plans.data[0]!.id} onChange={(e) => setPlanId(Number(e.target.value))}>
          {plans.data.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="button button-secondary" disabled={adopt.isPending}>
        {adopt.isPending ? t('federation.adopting') : t('federation.adopt')}
      </button>
      {adopt.isSuccess && <SuccessMessage message={t('federation.adopted')} />}
      <FormError message={adopt.error ? adopt.error.message : null} />
    </form>
  );
}
