import { useId, useState, type FormEvent } from 'react';
import type { OrganisationSummary } from '../../../shared/api-types';
import { ErrorMessage, Loading, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useKoladaMunicipalities, useSetOrganisationKoladaId } from './api';

/** The organisation's Kolada id, chosen from Kolada's list of regions and kommuner; editors and admins change it. */
export function KoladaIdSetting({ org }: { org: OrganisationSummary }) {
  const { t } = useT();
  const list = useKoladaMunicipalities();
  const save = useSetOrganisationKoladaId(org.id);
  const [choice, setChoice] = useState(org.koladaId ?? '');
  const [message, setMessage] = useState('');
  const selectId = useId();
  const mayEdit = org.role === 'admin' || org.role === 'editor';

  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  const current = list.data.find((m) => m.id === org.koladaId);
  const regions = list.data.filter((m) => m.type === 'L' && m.id !== '0000');
  const kommuner = list.data.filter((m) => m.type === 'K');
  const option = (m: { id: string; title: string }) => (
    <option key={m.id} value={m.id}>
      {t('koladaOrg.option', { title: m.title, id: m.id })}
    </option>
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setMessage('');
    save.mutate(choice || null, { onSuccess: () => setMessage(t('koladaOrg.saved')) });
  };

  return (
    <section aria-labelledby="kolada-org-heading">
      <h2 id="kolada-org-heading">{t('koladaOrg.heading')}</h2>
      <p>{t('koladaOrg.intro')}</p>
      {mayEdit ? (
        <form onSubmit={onSubmit} className="kolada-org-form">
          <div className="field">
            <label htmlFor={selectId}>{t('koladaOrg.label')}</label>
            <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)} aria-invalid={save.isError ? true : undefined}>
              <option value="">{t('koladaOrg.none')}</option>
              <optgroup label={t('koladaOrg.regions')}>{regions.map(option)}</optgroup>
              <optgroup label={t('koladaOrg.municipalities')}>{kommuner.map(option)}</optgroup>
            </select>
          </div>
          <button type="submit" className="button" disabled={save.isPending}>
            {t('koladaOrg.save')}
          </button>
        </form>
      ) : (
        <p>{current ? t('koladaOrg.current', { name: `${current.title} (${current.id})` }) : t('koladaOrg.noneSet')}</p>
      )}
      <SuccessMessage message={message} />
      {save.isError && <ErrorMessage error={save.error} />}
    </section>
  );
}
