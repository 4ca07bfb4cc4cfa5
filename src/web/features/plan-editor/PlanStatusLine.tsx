import { Link } from 'wouter';
import type { PlanInfo } from '../../../shared/authoring-schemas';
import { useT } from '../../i18n';
import { usePlanEditorState } from './PlanEditorContext';

function statusText(info: PlanInfo, t: ReturnType<typeof useT>['t']): string {
  if (info.status === 'draft') return t('planEditor.status.draft');
  if (info.status === 'revision') return t('planEditor.status.revision', { number: info.revision });
  return info.decidingBody ? t('planEditor.status.decidedBy', { body: info.decidingBody }) : t('planEditor.status.decided');
}

/** The plan's status at the top of the scorecard, the edit-mode switch for those who may edit, and where a decided plan's tree changes. */
export function PlanStatusLine() {
  const { t } = useT();
  const editor = usePlanEditorState();
  const info = editor?.info;
  if (!editor || !info) return null;
  return (
    <div className="plan-status-line">
      <p className="plan-status">
        {t('planEditor.statusLabel')} <strong className={`plan-status-${info.status}`}>{statusText(info, t)}</strong>
      </p>
      {info.canEdit && (
        <button type="button" className="button button-secondary button-small" aria-pressed={editor.editing} onClick={() => editor.setEditing(!editor.editing)}>
          {editor.editing ? t('planEditor.stopEditing') : t('planEditor.startEditing')}
        </button>
      )}
      {info.canEdit && !info.structureOpen && (
        <p className="plan-revision-note">
          {t('planEditor.revisionNeeded')} <Link href={`/plans/${info.id}/versions`}>{t('planEditor.versionsLink')}</Link>
        </p>
      )}
    </div>
  );
}
