import { useId, useRef, useState, type FormEvent } from 'react';
import { LANGS, type Lang } from '../../../domain/i18n/lang';
import type { CreatedOrganisation, InstallationOrganisation } from '../../../shared/authoring-schemas';
import { useGovernanceTemplates } from '../../api/queries';
import { TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { LANG_NAMES, useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useCreateOrganisation } from './api';
import { AdminRows, type AdminRow, adminRowErrors } from './AdminRows';
import { KoladaIdField } from './KoladaIdField';

type FieldName = 'name' | 'koladaId' | 'template' | 'copyOfOrganisationId' | 'admins';
const FIELDS: readonly FieldName[] = ['name', 'koladaId', 'template', 'copyOfOrganisationId', 'admins'];
type Errors = Partial<Record<FieldName, string>> & Record<string, string | undefined>;

const COPY = 'copy';

interface Props {
  organisations: InstallationOrganisation[];
  onCreated: (created: CreatedOrganisation, name: string, adminNames: Record<string, string>) => void;
}

/** Name, Kolada id, language, governance model (a built-in template or another organisation's) and first admins. */
export function NewOrganisationForm({ organisations, onCreated }: Props) {
  const { t, lang } = useT();
  const create = useCreateOrganisation();
  const templates = useGovernanceTemplates();
  const [name, setName] = useState('');
  const [koladaId, setKoladaId] = useState('');
  const [language, setLanguage] = useState<Lang>('sv');
  const [model, setModel] = useState('');
  const [copyOf, setCopyOf] = useState('');
  const [admins, setAdmins] = useState<AdminRow[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const focusInvalid = () => focusAfterCommit(() => focusFirstInvalid(formRef.current));
  const id = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const found: Errors = {};
    if (!name.trim()) found.name = t('orgs.nameRequired');
    if (koladaId.trim() && !/^\d{4}$/.test(koladaId.trim())) found.koladaId = t('orgs.koladaInvalid');
    if (!model) found.template = t('orgs.modelRequired');
    else if (model === COPY && !copyOf) found.copyOfOrganisationId = t('orgs.copyFromRequired');
    Object.assign(found, adminRowErrors(admins, t));
    setErrors(found);
    setFormError(null);
    if (Object.values(found).some(Boolean)) return focusInvalid();

    const chosen = model === COPY ? { copyOfOrganisationId: Number(copyOf) } : { template: model };
    const rows = admins.map((a) => ({ email: a.email.trim(), name: a.name.trim() }));
    create.mutate(
      { name: name.trim(), koladaId: koladaId.trim() || null, language, ...chosen, admins: rows },
      {
        onSuccess: (created) => onCreated(created, name.trim(), Object.fromEntries(rows.map((r) => [r.email, r.name]))),
        onError: (error) => {
          const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('orgs.createFailed') });
          // A message about one admin's row (admins.0.email) goes next to that row's field.
          const byRow = Object.fromEntries(error.details.filter((d) => /^admins\.\d+\./.test(d.path)).map((d) => [d.path, d.message]));
          setErrors({ ...placed.byField, ...byRow });
          setFormError(placed.formError);
          focusInvalid();
        },
      },
    );
  };

  const modelError = errors.template;
  return (
    <form ref={formRef} className="form card new-organisation" onSubmit={onSubmit} noValidate>
      <TextField label={t('orgs.name')} hint={t('orgs.nameHint')} error={errors.name} value={name} onChange={setName} autoComplete="off" required />
      <KoladaIdField value={koladaId} onChange={setKoladaId} error={errors.koladaId} />

      <fieldset className="radio-group">
        <legend>{t('orgs.language')}</legend>
        <p className="field-hint">{t('orgs.languageHint')}</p>
        {LANGS.map((l) => (
          <label key={l} className="radio">
            <input type="radio" name={`${id}-language`} value={l} checked={language === l} onChange={() => setLanguage(l)} />{' '}
            <span lang={l}>{LANG_NAMES[l]}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="radio-group model-choice" aria-describedby={modelError ? `${id}-model-error` : `${id}-model-hint`}>
        <legend>{t('orgs.model')}</legend>
        <p className="field-hint" id={`${id}-model-hint`}>
          {t('orgs.modelHint')}
        </p>
        {templates.data?.map((tpl) => (
          <div key={tpl.key} className="radio-with-hint">
            <label className="radio">
              <input
                type="radio"
                name={`${id}-model`}
                value={tpl.key}
                checked={model === tpl.key}
                onChange={() => setModel(tpl.key)}
                aria-describedby={`${id}-tpl-${tpl.key}`}
                aria-invalid={modelError ? true : undefined}
              />{' '}
              {tpl.name[lang]}
            </label>
            <p className="field-hint" id={`${id}-tpl-${tpl.key}`}>
              {t('orgs.templateLevels', { levels: tpl.levels.map((l) => l.name[lang]).join(' → ') })}
            </p>
          </div>
        ))}
        <div className="radio-with-hint">
          <label className="radio">
            <input type="radio" name={`${id}-model`} value={COPY} checked={model === COPY} onChange={() => setModel(COPY)} aria-invalid={modelError ? true : undefined} />{' '}
            {t('orgs.copyFrom')}
          </label>
          {model === COPY && (
            <div className="field nested-field">
              <label htmlFor={`${id}-copy`}>{t('orgs.copyFromLabel')}</label>
              <select
                id={`${id}-copy`}
                value={copyOf}
                onChange={(e) => setCopyOf(e.target.value)}
                aria-invalid={errors.copyOfOrganisationId ? true : undefined}
                aria-describedby={errors.copyOfOrganisationId ? `${id}-copy-error` : undefined}
              >
                <option value="">{t('orgs.copyFromNone')}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} ({o.modelName[lang]})
                  </option>
                ))}
              </select>
              {errors.copyOfOrganisationId && (
                <p className="field-error" id={`${id}-copy-error`}>
                  <span aria-hidden="true">✗ </span>
                  {errors.copyOfOrganisationId}
                </p>
              )}
            </div>
          )}
        </div>
        {modelError && (
          <p className="field-error" id={`${id}-model-error`}>
            <span aria-hidden="true">✗ </span>
            {modelError}
          </p>
        )}
      </fieldset>

      <AdminRows rows={admins} onChange={setAdmins} errors={errors} />

      <FormFooter error={formError} pending={create.isPending} submitLabel={t('orgs.create')} pendingLabel={t('orgs.creating')} />
    </form>
  );
}
