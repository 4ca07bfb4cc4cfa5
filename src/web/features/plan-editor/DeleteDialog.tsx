import { useEffect, useId, useRef, useState } from 'react';
import type { DeletionImpact } from '../../../shared/authoring-schemas';
import type { ScorecardNode } from '../../../shared/api-types';
import { useT } from '../../i18n';
import { useDeleteNode } from './api';
import { EditError } from './EditError';
import { usePlanEditorState } from './PlanEditorContext';
import { impactList, levelWord } from './words';

interface Props {
  node: ScorecardNode;
  impact: DeletionImpact;
  /** `deleted` when the part is gone (focus then goes to "Ångra"). */
  onClose: (deleted: boolean) => void;
}

/**
 * Asks before deleting a part of the plan and says exactly what goes with it; after the deletion
 * the status line offers "Ångra". Cancel has focus first, so that Enter does not delete by accident.
 */
export function DeleteDialog({ node, impact, onClose }: Props) {
  const { t, lang } = useT();
  const editor = usePlanEditorState()!;
  const remove = useDeleteNode(editor.planId);
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<unknown>(null);
  const titleId = useId();
  const textId = useId();
  const list = impactList(impact, editor.model, lang, t);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
  }, []);

  async function confirm() {
    if (remove.isPending) return;
    setError(null);
    try {
      const result = await remove.mutateAsync({ nodeId: node.id, version: node.version });
      editor.announce({
        message: t('planEditor.delete.deleted', { title: node.title, list: impactList(result.impact, editor.model, lang, t) }),
        undo: { deletionId: result.deletionId, title: node.title },
      });
      onClose(true);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <dialog
      ref={ref}
      className="delete-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={titleId}>{t('planEditor.delete.title', { level: levelWord(editor.model, node.levelKey, lang), title: node.title })}</h2>
      <div id={textId}>
        <p>{t('planEditor.delete.goes', { list })}</p>
        <p>{t('planEditor.delete.undoHint')}</p>
      </div>
      <EditError error={error} />
      <div className="form-actions">
        <button type="button" className="button button-danger" onClick={confirm} aria-disabled={remove.isPending || undefined}>
          {remove.isPending ? t('planEditor.saving') : t('planEditor.delete.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={() => onClose(false)}>
          {t('planEditor.cancel')}
        </button>
      </div>
    </dialog>
  );
}
