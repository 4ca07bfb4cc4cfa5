import { type FormEvent, useState } from 'react';
import type { OrganisationUser } from '../../../shared/api-types';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { type AuditFilter, NO_FILTER } from './auditApi';
import { AUDIT_ACTIONS, AUDIT_TYPES } from './auditLabels';

interface Props {
  filter: AuditFilter;
  people: readonly OrganisationUser[];
  onApply: (filter: AuditFilter) => void;
}

/** The audit log's filters: kind of object, event, person and a date range; applied with "Visa". */
export function AuditFilters({ filter, people, onApply }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const set = (key: keyof AuditFilter) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: <form role="search"> is the ARIA search landmark; the <search> element is not yet exposed by every screen reader
    <form role="search" aria-label={t('audit.filters')} className="audit-filters" onSubmit={submit}>
      <Field label={t('audit.objectType')}>
        <select value={draft.objectType} onChange={set('objectType')}>
          <option value="">{t('audit.anyObjectType')}</option>
          {AUDIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`audit.types.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('audit.action')}>
        <select value={draft.action} onChange={set('action')}>
          <option value="">{t('audit.anyAction')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`audit.actions.${action}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('audit.actor')}>
        <select value={draft.actorUserId} onChange={set('actorUserId')}>
          <option value="">{t('audit.anyActor')}</option>
          {people.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.name || p.email}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('audit.from')} hint={t('audit.dateHint')}>
        <input type="date" value={draft.from} onChange={set('from')} max={draft.to || undefined} />
      </Field>
      <Field label={t('audit.to')} hint={t('audit.dateHint')}>
        <input type="date" value={draft.to} onChange={set('to')} min={draft.from || undefined} />
      </Field>
      <div className="audit-filter-buttons">
        <button type="submit">{t('audit.apply')}</button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setDraft(NO_FILTER);
            onApply(NO_FILTER);
          }}
        >
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
