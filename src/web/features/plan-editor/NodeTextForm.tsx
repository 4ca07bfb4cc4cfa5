import { type FormEvent, useState } from 'react';
import type { ScorecardNode } from '../../../shared/api-types';
import { isApiError } from '../../api/client';
import { Field, TextField } from '../../components/Field';
import { useT } from '../../i18n';
import { useUpdateNode } from './api';
import { EditError, isConflict } from './EditError';
import { usePlanEditorState } from './PlanEditorContext';

interface Props {
  node: ScorecardNode;
  /** Closes the form; `saved` when the change went through. */
  onClose: (saved: boolean) => void;
}

/**
 * Renames a part of the plan and edits its description in place. Enter in the name saves, Escape
 * cancels. A decided plan keeps its names, so then only the description is offered.
 */
export function NodeTextForm({ node, onClose }: Props) {
  const { t } = useT();
  const editor = usePlanEditorState()!;
  const update = useUpdateNode(editor.planId);
  const [name, setName] = useState(node.title);
  const [description, setDescription] = useState(node.description);
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const nameOpen = editor.treeOpen;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (update.isPending) return;
    if (nameOpen && !name.trim()) {
      setNameError(t('planEditor.nameRequired'));
      return;
    }
    setNameError(undefined);
    setError(null);
    try {
      // The version is the node's as shown now: after "Ladda om" the newest one.
      await update.mutateAsync({ nodeId: node.id, body: { ...(nameOpen ? { name } : {}), description, version: node.version } });
      editor.announce({ message: t('planEditor.saved', { title: nameOpen ? name.trim() : node.title }) });
      onClose(true);
    } catch (caught) {
      if (!isConflict(caught) && isApiError(caught) && caught.fieldError('name')) setNameError(caught.fieldError('name'));
      else setError(caught);
    }
  }

  return (
    <form
      className="node-edit-form form"
      aria-label={t('planEditor.editFormLabel', { title: node.title })}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose(false);
        }
      }}
      noValidate
    >
      {nameOpen && (
        <TextField label={t('planEditor.name')} value={name} onChange={setName} error={nameError} autoFocus required hint={t('planEditor.escHint')} />
      )}
      <Field label={t('planEditor.description')}>
        {/* biome-ignore lint/a11y/noAutofocus: the form opens on the user's request; in a decided plan the description is its only field */}
        <textarea rows={4} value={description} onChange={(e) => setDescription(e.target.value)} autoFocus={!nameOpen} />
      </Field>
      <EditError error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-small" aria-disabled={update.isPending || undefined}>
          {update.isPending ? t('planEditor.saving') : t('planEditor.save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => onClose(false)}>
          {t('planEditor.cancel')}
        </button>
      </div>
    </form>
  );
}
