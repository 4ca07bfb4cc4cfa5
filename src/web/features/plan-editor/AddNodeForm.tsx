import { type FormEvent, useRef, useState } from 'react';
import { checkPlacement, levelBelow } from '../../../domain/plan-tree/placement';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { ScorecardNode } from '../../../shared/api-types';
import { isApiError } from '../../api/client';
import { SelectField, TextField } from '../../components/Field';
import { useT } from '../../i18n';
import { useCreateNode } from './api';
import { EditError, isConflict } from './EditError';
import { usePlanEditorState } from './PlanEditorContext';
import { levelName, levelWord } from './words';

/** The levels a new part may take: under a parent the level right below it; at the top every level the model allows there, the first one first. */
export function levelsForNew(model: GovernanceModel, parentLevelKey: string | null): string[] {
  if (parentLevelKey !== null) {
    const below = levelBelow(model, parentLevelKey);
    return below ? [below] : [];
  }
  return model.levels.filter((l) => checkPlacement(model, l.key, null, [], 0) === null).map((l) => l.key);
}

interface Props {
  parent: ScorecardNode | null;
  onClose: () => void;
}

/**
 * Adds parts one after another: after each save the name field is empty and keeps focus, so the
 * next name can be typed at once; Escape or "Avbryt" closes the form.
 */
export function AddNodeForm({ parent, onClose }: Props) {
  const { t, lang } = useT();
  const editor = usePlanEditorState()!;
  const create = useCreateNode(editor.planId);
  const levels = levelsForNew(editor.model, parent?.levelKey ?? null);
  const [levelKey, setLevelKey] = useState(levels[0] ?? '');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (create.isPending) return;
    if (!name.trim()) {
      setNameError(t('planEditor.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    setNameError(undefined);
    setError(null);
    try {
      await create.mutateAsync({ parentId: parent?.id ?? null, levelKey, name: name.trim() });
      editor.announce({ message: t('planEditor.added', { level: levelWord(editor.model, levelKey, lang), title: name.trim() }) });
      setName('');
      nameRef.current?.focus();
    } catch (caught) {
      if (!isConflict(caught) && isApiError(caught) && caught.fieldError('name')) setNameError(caught.fieldError('name'));
      else setError(caught);
    }
  }

  return (
    <form
      className="node-add-form form"
      aria-label={parent ? t('planEditor.addFormLabel', { title: parent.title }) : t('planEditor.addTopFormLabel')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      noValidate
    >
      <div className="form-row">
        {levels.length > 1 && (
          <SelectField
            label={t('planEditor.level')}
            value={levelKey}
            onChange={setLevelKey}
            options={levels.map((key) => ({ value: key, label: levelName(editor.model, key, lang) }))}
          />
        )}
        <TextField
          ref={nameRef}
          label={levels.length > 1 ? t('planEditor.name') : `${t('planEditor.name')} (${levelWord(editor.model, levelKey, lang)})`}
          value={name}
          onChange={setName}
          error={nameError}
          required
          autoFocus
        />
      </div>
      <EditError error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-small" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t('planEditor.saving') : t('planEditor.add', { level: levelWord(editor.model, levelKey, lang) })}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('planEditor.cancel')}
        </button>
      </div>
    </form>
  );
}
