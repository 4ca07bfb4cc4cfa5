import type { DragEvent } from 'react';
import type { ScorecardNode } from '../../../shared/api-types';
import { locate, type MoveResult, planDrop } from './moves';
import { type DropWhere, useEditingPlan } from './PlanEditorContext';

/** Pixels at the bottom of a part where a drop means "after it" rather than "into it". */
const AFTER_ZONE = 14;

/**
 * Drag and drop onto a part of the plan: the upper half of its heading drops before it, its bottom
 * edge after it, anywhere else on its own area into it (last). Nested parts handle their own area,
 * so each event stops at the innermost part. Only drops the model allows are accepted and shown.
 */
export function useDropTarget(node: ScorecardNode): { props: Record<string, unknown>; className: string } {
  const editor = useEditingPlan();
  if (!editor || editor.dragging === null || !editor.treeOpen) return { props: {}, className: '' };
  const { model, roots, dragging } = editor;

  const plan = (where: DropWhere): MoveResult => {
    if (where === 'inside') return planDrop(model, roots, dragging, node.id, node.children.length);
    const at = locate(roots, node.id);
    if (!at) return { ok: false, refusal: { code: 'not-found' } };
    return planDrop(model, roots, dragging, at.parent?.id ?? null, at.index + (where === 'after' ? 1 : 0));
  };
  const whereOf = (e: DragEvent<HTMLElement>): DropWhere => {
    const section = e.currentTarget;
    const heading = section.querySelector('.node-heading') ?? section;
    const head = heading.getBoundingClientRect();
    if (e.clientY < head.top + head.height / 2) return 'before';
    if (e.clientY > section.getBoundingClientRect().bottom - AFTER_ZONE) return 'after';
    return 'inside';
  };

  const props = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      e.stopPropagation();
      const where = whereOf(e);
      if (!plan(where).ok) {
        editor.setDropTarget(null);
        return;
      }
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      editor.setDropTarget({ nodeId: node.id, where });
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.stopPropagation();
      e.preventDefault();
      const result = plan(whereOf(e));
      editor.setDropTarget(null);
      editor.setDragging(null);
      void editor.runMove(dragging, result, 'edit');
    },
  };
  const target = editor.dropTarget?.nodeId === node.id ? editor.dropTarget.where : null;
  return { props, className: target ? ` drop-${target}` : dragging === node.id ? ' is-dragged' : '' };
}
