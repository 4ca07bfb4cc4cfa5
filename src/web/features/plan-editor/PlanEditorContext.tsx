import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { PlanInfo } from '../../../shared/authoring-schemas';
import type { ScorecardNode } from '../../../shared/api-types';
import { useT } from '../../i18n';
import { editorKeys, usePlanInfo, useUpdateNode } from './api';
import { locate, type MoveResult } from './moves';
import { movedText, refusalText } from './words';

/** What the status line at the bottom of the editor says, with an undo for a deletion. */
export interface Announcement {
  message: string;
  undo?: { deletionId: number; title: string };
}

export type DropWhere = 'before' | 'after' | 'inside';

export interface PlanEditorValue {
  planId: number;
  info: PlanInfo | undefined;
  model: GovernanceModel;
  roots: ScorecardNode[];
  editing: boolean;
  setEditing: (editing: boolean) => void;
  /** Whether the tree (names, places, new and deleted parts) may change now. */
  treeOpen: boolean;
  announcement: Announcement | null;
  announce: (a: Announcement | null) => void;
  error: unknown;
  showError: (error: unknown) => void;
  reload: () => Promise<unknown>;
  /** Focuses the control `data-focus-key="<nodeId>:<control>"` once it is on screen (after a refetch). */
  focusLater: (nodeId: number, control: string) => void;
  /** Sends a planned move (or says why not) and keeps focus on the moved part. */
  runMove: (nodeId: number, result: MoveResult, control: string) => Promise<void>;
  dragging: number | null;
  setDragging: (id: number | null) => void;
  dropTarget: { nodeId: number; where: DropWhere } | null;
  setDropTarget: (target: { nodeId: number; where: DropWhere } | null) => void;
  /** The top-level add form is open (from the empty plan's button or the toolbar). */
  addingTop: boolean;
  setAddingTop: (open: boolean) => void;
}

const Context = createContext<PlanEditorValue | null>(null);

interface ProviderProps {
  planId: number;
  model: GovernanceModel;
  roots: ScorecardNode[];
  reload: () => Promise<unknown>;
  children: ReactNode;
}

/** Holds the scorecard's edit mode and what its editing parts share: announcements, errors, focus and dragging. */
export function PlanEditorProvider({ planId, model, roots, reload: reloadScorecard, children }: ProviderProps) {
  const { t, lang } = useT();
  const client = useQueryClient();
  const reload = useCallback(
    () =>
      Promise.all([
        reloadScorecard(),
        client.invalidateQueries({ queryKey: editorKeys.plan(planId) }),
        client.invalidateQueries({ queryKey: ['plan-node'] }),
      ]),
    [reloadScorecard, client, planId],
  );
  const plan = usePlanInfo(planId);
  const update = useUpdateNode(planId);
  const [editing, setEditingState] = useState(false);
  const [announcement, announce] = useState<Announcement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [dropTarget, setDropTargetState] = useState<{ nodeId: number; where: DropWhere } | null>(null);
  const [addingTop, setAddingTop] = useState(false);

  const setEditing = useCallback((next: boolean) => {
    setEditingState(next);
    announce(null);
    setError(null);
    setAddingTop(false);
  }, []);
  const setDropTarget = useCallback(
    (next: { nodeId: number; where: DropWhere } | null) =>
      setDropTargetState((prev) => (prev?.nodeId === next?.nodeId && prev?.where === next?.where ? prev : next)),
    [],
  );
  const focusLater = useCallback((nodeId: number, control: string) => setPendingFocus(`${nodeId}:${control}`), []);
  const showError = useCallback((e: unknown) => {
    setError(e);
    if (e) announce(null);
  }, []);

  // The moved or restored part is rendered anew after the refetch; focus it once it is there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `roots` is the trigger (a new tree on screen), not an input
  useEffect(() => {
    if (!pendingFocus) return;
    const target = document.querySelector<HTMLElement>(`[data-focus-key="${pendingFocus}"]`);
    if (!target) return;
    target.focus();
    setPendingFocus(null);
  }, [pendingFocus, roots]);

  const runMove = useCallback(
    async (nodeId: number, result: MoveResult, control: string) => {
      const node = locate(roots, nodeId)?.node;
      if (!node) return;
      setError(null);
      if (!result.ok) {
        announce({ message: refusalText(result.refusal, node.title, model, lang, t) });
        return;
      }
      try {
        await update.mutateAsync({ nodeId, body: { ...result.move.request, version: (node as ScorecardNode).version } });
        announce({ message: movedText(result.move, node.title, model, lang, t) });
        focusLater(nodeId, control);
      } catch (e) {
        showError(e);
      }
    },
    [roots, model, lang, t, update, focusLater, showError],
  );

  const info = plan.data;
  const value = useMemo<PlanEditorValue>(
    () => ({
      planId,
      info,
      model,
      roots,
      editing: editing && info?.canEdit === true,
      setEditing,
      treeOpen: info?.structureOpen === true,
      announcement,
      announce,
      error,
      showError,
      reload,
      focusLater,
      runMove,
      dragging,
      setDragging,
      dropTarget,
      setDropTarget,
      addingTop,
      setAddingTop,
    }),
    [planId, info, model, roots, editing, setEditing, announcement, error, showError, reload, focusLater, runMove, dragging, dropTarget, setDropTarget, addingTop],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The editor's shared state; null outside a scorecard. */
export function usePlanEditorState(): PlanEditorValue | null {
  return useContext(Context);
}

/** The editor while edit mode is on, else null: what a scorecard part uses to show its edit tools. */
export function useEditingPlan(): PlanEditorValue | null {
  const value = useContext(Context);
  return value?.editing ? value : null;
}
