import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { AddNodeForm, levelsForNew } from './AddNodeForm';
import { useRestoreDeletion } from './api';
import { EditError } from './EditError';
import { type PlanEditorValue, usePlanEditorState } from './PlanEditorContext';
import { levelWord } from './words';

/**
 * The scorecard's tree with what edit mode adds around it: the shortcuts, adding at the top
 * level, the empty plan's first step, and the status line that says what just happened (with
 * "Ångra" after a deletion) or why the server refused.
 */
export function PlanEditorTree({ children, empty }: { children: ReactNode; empty: boolean }) {
  const { t, lang } = useT();
  const editor = usePlanEditorState();
  if (!editor) return <>{children}</>;
  const firstLevel = levelsForNew(editor.model, null)[0];
  const mayAdd = editor.info?.canEdit === true && editor.treeOpen && firstLevel !== undefined;
  const first = firstLevel ? levelWord(editor.model, firstLevel, lang) : '';

  return (
    <div className={`plan-editor${editor.dragging !== null ? ' is-dragging' : ''}`}>
      {editor.editing && editor.treeOpen && <p className="editor-help">{t('planEditor.help')}</p>}
      {empty && (
        <div className="empty-plan">
          <p>{mayAdd ? t('planEditor.empty', { level: first }) : t('scorecard.empty')}</p>
          {mayAdd && !editor.addingTop && (
            <button
              type="button"
              className="button"
              onClick={() => {
                editor.setEditing(true);
                editor.setAddingTop(true);
              }}
            >
              {t('planEditor.add', { level: first })}
            </button>
          )}
        </div>
      )}
      {editor.editing && editor.treeOpen && !empty && !editor.addingTop && (
        <button type="button" className="button button-secondary button-small" data-focus-key="0:add-top" onClick={() => editor.setAddingTop(true)}>
          {t('planEditor.addTop')}
        </button>
      )}
      {editor.editing && editor.addingTop && (
        <AddNodeForm
          parent={null}
          onClose={() => {
            editor.setAddingTop(false);
            editor.focusLater(0, 'add-top');
          }}
        />
      )}
      {children}
      <EditorStatus editor={editor} />
    </div>
  );
}

function EditorStatus({ editor }: { editor: PlanEditorValue }) {
  const { t } = useT();
  const restore = useRestoreDeletion(editor.planId);
  const { announcement } = editor;
  const undo = announcement?.undo;

  async function onUndo() {
    if (!undo || restore.isPending) return;
    try {
      const restored = await restore.mutateAsync(undo.deletionId);
      editor.announce({ message: t('planEditor.delete.restored', { title: undo.title }) });
      editor.focusLater(restored.objectId, 'edit');
    } catch (caught) {
      editor.showError(caught);
    }
  }

  return (
    <div className={`editor-status${announcement || editor.error ? ' has-message' : ''}`}>
      <EditError error={editor.error} />
      <div role="status" aria-live="polite" className="editor-announcement">
        {announcement && (
          <p>
            {announcement.message}
            {undo && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button-small"
                  data-focus-key="0:undo"
                  aria-label={t('planEditor.delete.undoLabel', { title: undo.title })}
                  onClick={onUndo}
                  aria-disabled={restore.isPending || undefined}
                >
                  {t('planEditor.delete.undo')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
