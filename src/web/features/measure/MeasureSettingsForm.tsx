import { useRef, useState, type FormEvent } from 'react';
import type { MeasureDetail, UpdateMeasureRequest } from '../../../shared/api-types';
import { useOrganisationUsers, useUpdateMeasure } from '../../api/queries';
import { Field, RadioGroup, SelectField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { ErrorMessage } from '../../components/States';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';

type Direction = 'increase' | 'decrease' | '';
type Nature = MeasureDetail['valueNature'];
type FieldName = keyof UpdateMeasureRequest;
type Errors = Partial<Record<FieldName, string>>;
const FIELDS: readonly FieldName[] = ['definition', 'ownerUserId', 'betterDirection', 'valueNature'];

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
        const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('measureSettings.failed') });
        setErrors(placed.byField);
        setFormError(placed.formError);
        focusInvalid();
      },
    });
  };

  return (
    <form id={id} ref={formRef} className="form card settings-form" onSubmit={onSubmit} noValidate>
      <Field label={t('measure.definition')} hint={t('measureSettings.definitionHint')} error={errors.definition}>
        <textarea rows={5} value={definition} onChange={(e) => setDefinition(e.target.value)} />
      </Field>
      <SelectField
        label={t('measureSettings.owner')}
        hint={t('measureSettings.ownerHint')}
        error={errors.ownerUserId}
        value={ownerId}
        onChange={setOwnerId}
        options={[
          { value: '', label: t('measureSettings.noOwner') },
          ...(ownerMissing && measure.owner ? [{ value: String(measure.owner.id), label: measure.owner.name }] : []),
          ...people.map((p) => ({
            value: String(p.id),
            label: t('measureSettings.ownerOption', { name: p.name, role: t(`roles.${p.role}`) }),
          })),
        ]}
      />
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
      <FormFooter
        error={formError}
        pending={update.isPending}
        submitLabel={t('measureSettings.save')}
        pendingLabel={t('app.saving')}
      >
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('measureSettings.cancel')}
        </button>
      </FormFooter>
    </form>
  );
}
