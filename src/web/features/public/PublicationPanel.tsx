import { useState } from 'react';
import { Link } from 'wouter';
import type { Localized } from '../../../domain/i18n/lang';
import { usePublication, useSetPublication } from '../../api/public-queries';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';

/** For an organisation's admins: publish the plan with chosen periods, or withdraw it. */
export function PublicationPanel({ planId, periods }: { planId: number; periods: { key: string; label: Localized }[] }) {
  const { t, lang } = useT();
  const publication = usePublication(planId);
  const save = useSetPublication(planId);
  const [chosen, setChosen] = useState<string[] | null>(null);
  if (publication.isPending) return <Loading />;
  if (publication.isError) return <ErrorMessage error={publication.error} />;
  const current = publication.data;
  const selected = chosen ?? current.periods;
  const toggle = (key: string) => setChosen(selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key]);
  return (
    <section className="card document-card" aria-labelledby="publication-heading">
      <h2 id="publication-heading">{t('publication.heading')}</h2>
      <p>{t('publication.intro')}</p>
      <p>
        <strong>{current.published ? t('publication.published') : t('publication.notPublished')}</strong>
        {current.published && (
          <>
            {' · '}
            <Link href={`/offentlig/planer/${planId}`}>{t('publication.publicLink')}</Link>
          </>
        )}
      </p>
      <fieldset>
        <legend>{t('publication.periods')}</legend>
        {periods.map((p) => (
          <label key={p.key} className="checkbox">
            <input type="checkbox" checked={selected.includes(p.key)} onChange={() => toggle(p.key)} /> {p.label[lang]}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" className="button" disabled={save.isPending} onClick={() => save.mutate({ published: true, periods: selected }, { onSuccess: () => setChosen(null) })}>
          {current.published ? t('publication.update') : t('publication.publish')}
        </button>{' '}
        {current.published && (
          <button type="button" className="button button-secondary" disabled={save.isPending} onClick={() => save.mutate({ published: false, periods: [] })}>
            {t('publication.withdraw')}
          </button>
        )}
      </p>
      {save.isSuccess && <p role="status">{t('publication.saved')}</p>}
      {save.isError && <ErrorMessage error={save.error} />}
    </section>
  );
}
