import { type FormEvent, useState } from 'react';
import type { RoadmapMilestone, RoadmapVersionView } from '../../../shared/roadmap-types';
import { isApiError } from '../../api/client';
import { useOrganisationUsers } from '../../api/queries';
import { SelectField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { useAssignMilestoneOwner } from './roadmap-api';

/** Who is responsible for the milestone (and reports its status); editors pick a person of the organisation. */
export function MilestoneOwner({ view, milestone, isOwner }: { view: RoadmapVersionView; milestone: RoadmapMilestone; isOwner: boolean }) {
  const { t } = useT();
  return (
    <>
      <p className="rm-owner">
        {milestone.owner ? t('work.milestoneOwner', { name: milestone.owner.name }) : t('work.milestoneNoOwner')}
        {isOwner && !view.canEdit && <> {t('work.youReport')}</>}
      </p>
      {view.canEdit && <OwnerForm key={`o${milestone.id}`} view={view} milestone={milestone} />}
    </>
  );
}

function OwnerForm({ view, milestone }: { view: RoadmapVersionView; milestone: RoadmapMilestone }) {
  const { t } = useT();
  const users = useOrganisationUsers(view.roadmap.organisationId);
  const save = useAssignMilestoneOwner(milestone.id);
  const [userId, setUserId] = useState(milestone.owner ? String(milestone.owner.id) : '');
  const [saved, setSaved] = useState('');
  const people = users.data ?? [];
  // The current owner stays choosable while the list loads or if they have since left the organisation.
  const options = [
    { value: '', label: t('work.ownerNone') },
    ...people.map((u) => ({ value: String(u.id), label: u.name || u.email })),
    ...(milestone.owner && !people.some((u) => u.id === milestone.owner?.id) ? [{ value: String(milestone.owner.id), label: milestone.owner.name }] : []),
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setSaved('');
    save.mutate(userId ? Number(userId) : null, { onSuccess: () => setSaved(t('work.ownerSaved')) });
  };
  const error = save.isError ? (isApiError(save.error) && save.error.message ? save.error.message : t('work.ownerFailed')) : null;
  return (
    <form className="rm-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('work.ownerLegend')}</legend>
        <SelectField label={t('work.ownerField')} hint={t('work.ownerHint')} value={userId} onChange={setUserId} options={options} />
        <FormFooter error={error} pending={save.isPending} submitLabel={t('work.ownerSave')} pendingLabel={t('app.saving')} success={saved} />
      </fieldset>
    </form>
  );
}
