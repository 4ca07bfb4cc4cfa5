import { useId, useState, type FormEvent } from 'react';
import type { OrganisationUser } from '../../../shared/api-types';
import type { FollowupNode } from '../../../shared/followup-types';
import { FormError } from '../../components/Form';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useAssignNodeOwner } from './api';

/** The node's responsible person: text for most, a select with a save button for editors and admins. */
export function NodeOwner({ node, people, canAssign }: { node: FollowupNode; people: OrganisationUser[] | undefined; canAssign: boolean }) {
  const { t } = useT();
  const id = useId();
  const assign = useAssignNodeOwner(node.id);
  const [chosen, setChosen] = useState(node.owner ? String(node.owner.id) : '');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!canAssign || !people) {
    return (
      <p className="node-owner">
        <span className="label">{t('followup.owner')}:</span> {node.owner?.name ?? t('followup.noOwner')}
      </p>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setError(null);
    assign.mutate(chosen ? Number(chosen) : null, {
      onSuccess: () => setMessage(t('followup.ownerSaved')),
      onError: (e) => setError(e.message || t('followup.ownerFailed')),
    });
  };
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form className="node-owner owner-form" onSubmit={onSubmit}>
      <label htmlFor={id}>
        {t('followup.owner')}
        <span className="visually-hidden"> – {node.title}</span>
      </label>
      <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t('followup.noOwner')}</option>
        {sorted.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.name || p.email} ({t(`roles.${p.role}`)})
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary button-small" aria-disabled={assign.isPending || undefined}>
        {t('followup.ownerSave')}
        <span className="visually-hidden"> – {node.title}</span>
      </button>
      <SuccessMessage message={message} />
      <FormError message={error} />
    </form>
  );
}
