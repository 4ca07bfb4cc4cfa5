import { useRef, useState, type FormEvent } from 'react';
import type { PlanInfo, UpdatePlanRequest } from '../../../shared/authoring-schemas';
import type { ApiError } from '../../api/client';
import { usePlans } from '../../api/queries';
import { Field, RadioGroup, SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useUpdatePlan } from './api';
import { ConflictMessage } from './ConflictMessage';

const FIELDS = ['title', 'startYear', 'endYear', 'vision', 'parentPlanId', 'targetBetweenYears'] as const;

/** Title, years, vision, the plan above and how years between target years are judged; only what changed is sent, with the version it was made against. */
export function PlanSettingsForm({ plan, onReload }: { plan: PlanInfo; onReload: () => void }) {
  const { t } = useT();
  const update = useUpdatePlan(plan.id);
  const plans = usePlans(plan.organisationId);
  const [title, setTitle] = useState(plan.title);
  const [startYear, setStartYear] = useState(String(plan.startYear));
  const [endYear, setEndYear] = useState(String(plan.endYear));
  const [vision, setVision] = useState(plan.vision);
  const [parent, setParent] = useState(plan.parentPlan ? String(plan.parentPlan.id) : '');
  const [between, setBetween] = useState<PlanInfo['targetBetweenYears']>(plan.targetBetweenYears);
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();

  const parentOptions = [
    { value: '', label: t('planVersions.noParent') },
    ...(plan.parentPlan && !plans.data?.some((p) => p.id === plan.parentPlan?.id) ? [{ value: String(plan.parentPlan.id), label: `${plan.parentPlan.title} (${plan.parentPlan.organisationName})` }] : []),
    ...(plans.data ?? []).filter((p) => p.id !== plan.id).map((p) => ({ value: String(p.id), label: t('planNew.yearsOption', { title: p.title, start: p.startYear, end: p.endYear }) })),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setSaved('');
    setConflict(null);
    setFormError(null);
    const found: typeof errors = {};
    if (!title.trim()) found.title = t('planNew.titleMissing');
    if (!/^\d{4}$/.test(startYear.trim())) found.startYear = t('planNew.yearInvalid');
    if (!/^\d{4}$/.test(endYear.trim())) found.endYear = t('planNew.yearInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusAfterCommit(() => focusFirstInvalid(formRef.current));
    const patch: UpdatePlanRequest = { version: plan.version };
    if (title.trim() !== plan.title) patch.title = title.trim();
    if (Number(startYear) !== plan.startYear) patch.startYear = Number(startYear);
    if (Number(endYear) !== plan.endYear) patch.endYear = Number(endYear);
    if (vision !== plan.vision) patch.vision = vision;
    const parentId = parent ? Number(parent) : null;
    if (parentId !== (plan.parentPlan?.id ?? null)) patch.parentPlanId = parentId;
    if (between !== plan.targetBetweenYears) patch.targetBetweenYears = between;
    if (Object.keys(patch).length === 1) return setSaved(t('measureEditor.noChanges'));
    update.mutate(patch, {
      onSuccess: () => setSaved(t('planVersions.saved')),
      onError: (error: ApiError) => {
        if (error.status === 409) return setConflict(error.message);
        const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('planVersions.saveFailed') });
        setErrors(placed.byField);
        setFormError(placed.formError);
        focusAfterCommit(() => focusFirstInvalid(formRef.current));
      },
    });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('planVersions.settingsHeading')}</h2>
      <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
        <TextField label={t('planVersions.titleLabel')} value={title} onChange={setTitle} error={errors.title} required />
        <div className="field-row">
          <TextField label={t('planVersions.startYear')} value={startYear} onChange={setStartYear} error={errors.startYear} inputMode="numeric" maxLength={4} size={6} />
          <TextField label={t('planVersions.endYear')} value={endYear} onChange={setEndYear} error={errors.endYear} inputMode="numeric" maxLength={4} size={6} />
        </div>
        <Field label={t('planVersions.vision')} error={errors.vision}>
          <textarea rows={3} value={vision} onChange={(e) => setVision(e.target.value)} />
        </Field>
        <SelectField label={t('planVersions.parent')} value={parent} onChange={setParent} error={errors.parentPlanId} options={parentOptions} />
        <RadioGroup
          legend={t('glance.betweenLegend')}
          value={between}
          onChange={setBetween}
          error={errors.targetBetweenYears}
          options={[
            { value: 'next-target', label: t('glance.betweenNext') },
            { value: 'straight-line', label: t('glance.betweenLine') },
          ]}
        />
        <ConflictMessage
          message={conflict}
          onReload={() => {
            setConflict(null);
            onReload();
            setSaved(t('planVersions.reloaded'));
          }}
          reloadLabel={t('planVersions.reload')}
        />
        <FormFooter error={formError} pending={update.isPending} submitLabel={t('planVersions.save')} pendingLabel={t('app.saving')} success={saved} />
      </form>
    </section>
  );
}
