import { type KeyboardEvent, useState } from 'react';
import { Link } from 'wouter';
import { levelBelow } from '../../../domain/plan-tree/placement';
import type { DeletionImpact } from '../../../shared/authoring-schemas';
import type { ScorecardNode } from '../../../shared/api-types';
import { HistoryPanel } from '../../components/HistoryPanel';
import { useT } from '../../i18n';
import { AddNodeForm } from './AddNodeForm';
import { fetchDeletionImpact } from './api';
import { DeleteDialog } from './DeleteDialog';
import { type MoveDirection, planMove } from './moves';
import { NodeDetails } from './NodeDetails';
import { NodeTextForm } from './NodeTextForm';
import { type PlanEditorValue, useEditingPlan } from './PlanEditorContext';
import { levelWord } from './words';

const SHORTCUTS: Record<string, MoveDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };
const MOVES: { direction: MoveDirection; arrow: string; shortcut: string }[] = [
  { direction: 'up', arrow: '↑', shortcut: 'Alt+ArrowUp' },
  { direction: 'down', arrow: '↓', shortcut: 'Alt+ArrowDown' },
  { direction: 'indent', arrow: '→', shortcut: 'Alt+ArrowRight' },
  { direction: 'outdent', arrow: '←', shortcut: 'Alt+ArrowLeft' },
];

/** The edit tools of one part of the plan, shown under its heading in edit mode. */
export function NodeEditTools({ node }: { node: ScorecardNode }) {
  const editor = useEditingPlan();
  if (!editor) return null;
  return <Tools node={node} editor={editor} />;
}

function Tools({ node, editor }: { node: ScorecardNode; editor: PlanEditorValue }) {
  const { t, lang } = useT();
  const [form, setForm] = useState<'text' | 'add' | null>(null);
  const [impact, setImpact] = useState<DeletionImpact | null>(null);
  const [counting, setCounting] = useState(false);
  const below = levelBelow(editor.model, node.levelKey);
  const key = (control: string) => `${node.id}:${control}`;
  const moveLabels = {
    up: t('planEditor.move.upLabel', { title: node.title }),
    down: t('planEditor.move.downLabel', { title: node.title }),
    indent: t('planEditor.move.indentLabel', { title: node.title }),
    outdent: t('planEditor.move.outdentLabel', { title: node.title }),
  };
  const moveText = { up: t('planEditor.move.up'), down: t('planEditor.move.down'), indent: t('planEditor.move.indent'), outdent: t('planEditor.move.outdent') };

  function move(direction: MoveDirection, control: string) {
    void editor.runMove(node.id, planMove(editor.model, editor.roots, node.id, direction), control);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const direction = SHORTCUTS[e.key];
    if (!e.altKey || !direction || !editor.treeOpen) return;
    // Inside a text field the arrows belong to the text.
    if ((e.target as HTMLElement).closest('input, textarea, select, dialog')) return;
    e.preventDefault();
    const control = (document.activeElement as HTMLElement | null)?.dataset.focusKey?.split(':')[1] ?? 'edit';
    move(direction, control);
  }

  async function askDelete() {
    if (counting) return;
    setCounting(true);
    editor.showError(null);
    try {
      setImpact(await fetchDeletionImpact(node.id));
    } catch (caught) {
      editor.showError(caught);
    } finally {
      setCounting(false);
    }
  }

  function closeForm(control: string) {
    setForm(null);
    editor.focusLater(node.id, control);
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons and disclosures, not form fields; it passes Alt+arrow shortcuts from its buttons on to the move
    <div className="node-edit-tools" role="group" aria-label={t('planEditor.toolsLabel', { title: node.title })} onKeyDown={onKeyDown}>
      <div className="node-edit-buttons">
        {editor.treeOpen && (
          <span
            className="drag-handle"
            draggable
            title={t('planEditor.dragHandle')}
            aria-hidden="true"
            onDragStart={(e) => {
              e.dataTransfer.setData('text/plain', String(node.id));
              e.dataTransfer.effectAllowed = 'move';
              editor.setDragging(node.id);
            }}
            onDragEnd={() => {
              editor.setDragging(null);
              editor.setDropTarget(null);
            }}
          >
            ⠿
          </span>
        )}
        <button
          type="button"
          className="button button-secondary button-small"
          data-focus-key={key('edit')}
          aria-label={editor.treeOpen ? t('planEditor.editLabel', { title: node.title }) : t('planEditor.editDescriptionLabel', { title: node.title })}
          aria-expanded={form === 'text'}
          onClick={() => setForm(form === 'text' ? null : 'text')}
        >
          {editor.treeOpen ? t('planEditor.edit') : t('planEditor.editDescription')}
        </button>
        {editor.treeOpen && below && (
          <button
            type="button"
            className="button button-secondary button-small"
            data-focus-key={key('add')}
            aria-expanded={form === 'add'}
            onClick={() => setForm(form === 'add' ? null : 'add')}
          >
            {t('planEditor.add', { level: levelWord(editor.model, below, lang) })}
            <span className="visually-hidden">{t('planEditor.addUnder', { title: node.title })}</span>
          </button>
        )}
        {editor.model.levels.find((l) => l.key === node.levelKey)?.carriesMeasures && (
          // The measure form is a page of its own (every field of a measure); a decided plan offers there only the kinds it may take.
          <Link className="button button-secondary button-small" href={`/plans/${editor.planId}/nodes/${node.id}/measures/new`}>
            {t('planEditor.addMeasure')}
            <span className="visually-hidden">{t('planEditor.addUnder', { title: node.title })}</span>
          </Link>
        )}
        {editor.treeOpen && (
          <span className="move-buttons">
            <span className="move-legend" aria-hidden="true">
              {t('planEditor.move.legend')}:
            </span>
            {MOVES.map(({ direction, arrow, shortcut }) => {
              const possible = planMove(editor.model, editor.roots, node.id, direction).ok;
              return (
                <button
                  key={direction}
                  type="button"
                  className="button button-secondary button-small move-button"
                  data-focus-key={key(`move-${direction}`)}
                  aria-label={moveLabels[direction]}
                  aria-keyshortcuts={shortcut}
                  // aria-disabled keeps the button focusable: pressing it says why the move is not possible.
                  aria-disabled={!possible || undefined}
                  onClick={() => move(direction, `move-${direction}`)}
                >
                  <span aria-hidden="true">{arrow}</span> {moveText[direction]}
                </button>
              );
            })}
          </span>
        )}
        {editor.treeOpen && (
          <button
            type="button"
            className="button button-secondary button-small button-danger-text"
            data-focus-key={key('delete')}
            aria-label={t('planEditor.delete.label', { title: node.title })}
            onClick={askDelete}
            aria-disabled={counting || undefined}
          >
            {counting ? t('planEditor.delete.counting') : t('planEditor.delete.button')}
          </button>
        )}
      </div>
      {form === 'text' && <NodeTextForm node={node} onClose={() => closeForm('edit')} />}
      {form === 'add' && <AddNodeForm parent={node} onClose={() => closeForm('add')} />}
      {impact && (
        <DeleteDialog
          node={node}
          impact={impact}
          onClose={(deleted) => {
            setImpact(null);
            if (deleted) editor.focusLater(0, 'undo');
            else editor.focusLater(node.id, 'delete');
          }}
        />
      )}
      <div className="node-edit-panels">
        <NodeDetails node={node} />
        <HistoryPanel objectType="node" objectId={node.id} title={node.title} />
      </div>
    </div>
  );
}
