import { useRef, useState, type FormEvent } from 'react';
import { WORK_STATUS_LABELS, WORK_STATUSES, type WorkStatus } from '../../../domain/plan-content/work-status';
import type { Activity, ActivityRequest } from '../../../shared/plan-content-types';
import { useSaveActivity } from '../../api/plan-content-queries';
import { useOrganisationUsers } from '../../api/queries';
import { Field, SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import type { NodeOption } from '../plan-content/planNodes';

type FieldName = 'title' | 'description' | 'ownerUserId' | 'ownerUnit' | 'startDate' | 'endDate' | 'status' | 'progress' | 'nodeIds';
const FIELDS: readonly FieldName[] = ['title', 'description', 'ownerUserId', 'ownerUnit', 'startDate', 'endDate', 'status', 'progress', 'nodeIds'];

interface ActivityFormProps {
  planId: number;
  organisationId: number;
  nodes: NodeOption[];
  /** The activity to change; null for a new one. */
  activity: Activity | null;
  onDone: (message: string | null) => void;
}

/** Adds or changes an activity: what, how, who, when, status, progress and the nodes it serves. */
export function ActivityForm({ planId, organisationId, nodes, activity, onDone }: ActivityFormProps) {
  const { t, lang } = useT();
  const save = useSaveActivity(planId);
  const users = useOrganisationUsers(organisationId);
  const [title, setTitle] = useState(activity?.title ?? '');
  const [description, setDescription] = useState(activity?.description ?? '');
  const [ownerUserId, setOwnerUserId] = useState(activity?.owner ? String(activity.owner.id) : '');
  const [ownerUnit, setOwnerUnit] = useState(activity?.ownerUnit ?? '');
  const [startDate, setStartDate] = useState(activity?.startDate ?? '');
  const [endDate, setEndDate] = useState(activity?.endDate ?? '');
  const [status, setStatus] = useState<WorkStatus>(activity?.status ?? 'not-started');
  const [progress, setProgress] = useState(String(activity?.progress ?? 0));
  const [nodeIds, setNodeIds] = useState<number[]>(activity?.nodes.map((n) => n.id) ?? []);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const focusInvalid = () => focusAfterCommit(() => focusFirstInvalid(formRef.current));

  const toggleNode = (id: number) => setNodeIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found: Partial<Record<FieldName, string>> = {};
    if (!title.trim()) found.title = t('activityForm.titleRequired');
    const percent = Number(progress.trim().replace(',', '.'));
    if (progress.trim() === '' || !Number.isFinite(percent)) found.progress = t('activityForm.progressInvalid');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return focusInvalid();
    const input: ActivityRequest = {
      title: title.trim(),
      description,
      ownerUserId: ownerUserId ? Number(ownerUserId) : null,
      ownerUnit,
      startDate,
      endDate,
      status,
      progress: percent,
      nodeIds,
    };
    // Ranges and dates are checked by the server, which names every failing field.
    save.mutate(
      { id: activity?.id ?? null, input },
      {
        onSuccess: (saved) => onDone(t('activityForm.saved', { title: saved.title })),
        onError: (error) => {
          const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('activityForm.failed') });
          setErrors(placed.byField);
          setFormError(placed.formError);
          focusInvalid();
        },
      },
    );
  };

  const people = users.data ?? [];
  return (
    <form ref={formRef} className="form card activity-form" onSubmit={onSubmit} noValidate aria-labelledby="activity-form-heading">
      <h2 id="activity-form-heading">{activity ? t('activityForm.editTitle') : t('activityForm.newTitle')}</h2>
      <TextField label={t('activityForm.title')} error={errors.title} value={title} onChange={setTitle} required autoComplete="off" />
      <Field label={t('activityForm.description')} hint={t('activityForm.descriptionHint')} error={errors.description}>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <div className="form-row">
        <SelectField
          label={t('activityForm.owner')}
          error={errors.ownerUserId}
          value={ownerUserId}
          onChange={setOwnerUserId}
          options={[{ value: '', label: t('activityForm.noOwner') }, ...people.map((u) => ({ value: String(u.id), label: u.name || u.email }))]}
        />
        <TextField label={t('activityForm.ownerUnit')} hint={t('activityForm.ownerUnitHint')} error={errors.ownerUnit} value={ownerUnit} onChange={setOwnerUnit} />
      </div>
      <div className="form-row">
        <TextField label={t('activityForm.startDate')} hint={t('activityForm.dateHint')} error={errors.startDate} type="date" value={startDate} onChange={setStartDate} required />
        <TextField label={t('activityForm.endDate')} hint={t('activityForm.dateHint')} error={errors.endDate} type="date" value={endDate} onChange={setEndDate} required />
      </div>
      <div className="form-row">
        <SelectField
          label={t('activityForm.status')}
          error={errors.status}
          value={status}
          onChange={setStatus}
          options={WORK_STATUSES.map((s) => ({ value: s, label: WORK_STATUS_LABELS[s][lang] }))}
        />
        <TextField
          label={t('activityForm.progress')}
          hint={t('activityForm.progressHint')}
          error={errors.progress}
          inputMode="numeric"
          value={progress}
          onChange={setProgress}
        />
      </div>
      <fieldset className="checkbox-list" aria-describedby={errors.nodeIds ? 'activity-nodes-hint activity-nodes-error' : 'activity-nodes-hint'}>
        <legend>{t('activityForm.nodes')}</legend>
        <p className="field-hint" id="activity-nodes-hint">
          {t('activityForm.nodesHint')}
        </p>
        {nodes.map((n) => (
          <label key={n.id} className={`checkbox depth-${Math.min(n.depth, 3)}`}>
            <input type="checkbox" checked={nodeIds.includes(n.id)} onChange={() => toggleNode(n.id)} aria-invalid={errors.nodeIds ? true : undefined} /> {n.label}
          </label>
        ))}
        {errors.nodeIds && (
          <p className="field-error" id="activity-nodes-error">
            <span aria-hidden="true">✗ </span>
            {errors.nodeIds}
          </p>
        )}
      </fieldset>
      <FormFooter error={formError} pending={save.isPending} submitLabel={t('activityForm.save')} pendingLabel={t('activityForm.saving')}>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
          {t('activityForm.cancel')}
        </button>
      </FormFooter>
    </form>
  );
}
