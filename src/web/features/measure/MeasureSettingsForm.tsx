import { useId, useRef, useState, type FormEvent } from 'react';
import type { MeasureDetail, UpdateMeasureRequest } from '../../../shared/api-types';
import { useOrganisationUsers, useUpdateMeasure } from '../../api/queries';
import { Field } from '../../components/Field';
import { ErrorMessage } from '../../components/States';
import { useT } from '../../i18n';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';

type Direction = 'increase' | 'decrease' | '';
type Nature = MeasureDetail['valueNature'];
type FieldName = keyof UpdateMeasureRequest;
type Errors = Partial<Record<FieldName, string>>;
const FIELDS: readonly string[] = ['definition', 'ownerUserId', 'betterDirection', 'valueNature'];

interface Props {
  id: string;
  measure: MeasureDetail;
  /** The measure's organisation, whose people may own it; unknown while the plan is loading. */
  orgId: number | undefined;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Definition, owner, better direction and value nature of a measure; only what changed is sent. */
export function MeasureSettingsForm({ id, measure, orgId, onDone, onCancel }: Props) {
  const { t } = useT();
  const update = useUpdateMeasure(measure.id);
  const users = useOrganisationUsers(orgId ?? Number.NaN, orgId !== undefined);
  const [definition, setDefinition] = useState(measure.definition);
  const [ownerId, setOwnerId] = useState(measure.owner ? String(measure.owner.id) : '');
  const [direction, setDirection] = useState<Direction>(measure.betterDirection ?? '');
  const [nature, setNature] = useState<Nature>(measure.valueNature);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const focusInvalid = () => focusAfterCommit(() => focusFirstInvalid(formRef.current));

  const people = [...(users.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const ownerMissing = measure.owner && !people.some((p) => p.id === measure.owner?.id);

  const changes = (): UpdateMeasureRequest => {
    const patch: UpdateMeasureRequest = {};
    if (definition.trim() !== measure.definition.trim()) patch.definition = definition.trim();
    const ownerUserId = ownerId ? Number(ownerId) : null;
    if (ownerUserId !== (measure.owner?.id ?? null)) patch.ownerUserId = ownerUserId;
    if ((direction || null) !== measure.betterDirection) patch.betterDirection = direction || null;
    if (nature !== measure.valueNature) patch.valueNature = nature;
    return patch;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setErrors({});
    setFormError(null);
    const patch = changes();
    if (Object.keys(patch).length === 0) return onDone(t('measureSettings.noChanges'));
    update.mutate(patch, {
      onSuccess: () => onDone(t('measureSettings.saved')),
      onError: (error) => {
        const byField: Errors = {};
        let unplaced = false;
        for (const d of error.details ?? []) {
          const field = d.path.split('.')[0] ?? '';
          if (FIELDS.includes(field)) byField[field as FieldName] ??= d.message;
          else unplaced = true;
        }
        setErrors(byField);
        if (Object.keys(byField).length === 0 || unplaced) {
          setFormError(error.status === 0 ? t('app.networkError') : error.message || t('measureSettings.failed'));
        }
        focusInvalid();
      },
    });
  };

  return (
    <form id={id} ref={formRef} className="form card settings-form" onSubmit={onSubmit} noValidate>
      <Field label={t('measure.definition')} hint={t('measureSettings.definitionHint')} error={errors.definition}>
        <textarea rows={5} value={definition} onChange={(e) => setDefinition(e.target.value)} />
      </Field>
      <Field label={t('measureSettings.owner')} hint={t('measureSettings.ownerHint')} error={errors.ownerUserId}>
        <select value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          <option value="">{t('measureSettings.noOwner')}</option>
          {ownerMissing && measure.owner && <option value={String(measure.owner.id)}>{measure.owner.name}</option>}
          {people.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {t('measureSettings.ownerOption', { name: p.name, role: t(`roles.${p.role}`) })}
            </option>
          ))}
        </select>
      </Field>
      {users.isError && <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />}
      <RadioGroup
        legend={t('measureSettings.direction')}
        value={direction}
        onChange={setDirection}
        error={errors.betterDirection}
        options={[
          { value: 'increase', label: t('measureSettings.directionIncrease') },
          { value: 'decrease', label: t('measureSettings.directionDecrease') },
          { value: '', label: t('measureSettings.directionNone') },
        ]}
      />
      <RadioGroup
        legend={t('measure.nature')}
        value={nature}
        onChange={setNature}
        error={errors.valueNature}
        options={(['flow', 'cumulative', 'state'] as const).map((n) => ({ value: n, label: t(`measure.natures.${n}`) }))}
      />
      <div role="alert" className={formError ? 'error-box' : undefined}>
        {formError && <p>{formError}</p>}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={update.isPending || undefined}>
          {update.isPending ? t('app.saving') : t('measureSettings.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('measureSettings.cancel')}
        </button>
      </div>
    </form>
  );
}

interface RadioGroupProps<V extends string> {
  legend: string;
  value: V;
  onChange: (value: V) => void;
  options: { value: V; label: string }[];
  error: string | undefined;
}

/** A fieldset of radio buttons with its error right below and announced with the group. */
function RadioGroup<V extends string>({ legend, value, onChange, options, error }: RadioGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="radio-group" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value || 'none'} className="radio">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-invalid={error ? true : undefined}
          />{' '}
          {option.label}
        </label>
      ))}
      {error && (
        <p className="field-error" id={`${name}-error`}>
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
