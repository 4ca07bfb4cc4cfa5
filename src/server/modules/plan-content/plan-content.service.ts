import type { Db } from '../../../db/client';
import { parseRichText } from '../../../domain/plan-content/rich-text';
import { validateAgendaGoals } from '../../../domain/plan-content/validation';
import type { AdvocacyIssue, AgendaGoalsReport, Chapter, ChaptersReport, OrganisationUnit } from '../../../shared/plan-content-types';
import { type Actor, can } from '../../access/can';
import { staleEdit } from '../../http/versions';
import { audit } from '../audit/audit';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { readablePlan } from '../plans/plans.service';
import * as q from './plan-content.queries';

/** The plan's narrative chapters, and whether the reader may edit them. */
export async function getChapters(db: Db, actor: Actor, planId: number): Promise<ChaptersReport> {
  const plan = await readablePlan(db, actor, planId);
  return { chapters: await q.listChapters(db, planId), canEdit: can(actor, 'plan:edit', { organisationId: plan.organisation_id }) };
}

/**
 * Saves a chapter's title and body (editors). A body with anything the markup would neutralise —
 * HTML, a javascript: link — is refused with every such place and its line, so that the editor
 * sees why instead of finding it silently shown as text.
 */
export async function updateChapter(db: Db, actor: Actor, chapterId: number, input: { title: string; body: string; version?: number }): Promise<Chapter> {
  const chapter = await q.getChapter(db, chapterId);
  if (!chapter) throw new AppError('not-found', `Kapitlet ${chapterId} finns inte.`);
  return db.transaction(async (tx) => {
    const plan = await readablePlan(tx, actor, chapter.planId);
    authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
    const title = input.title.trim();
    if (title === '') throw fieldError('title', 'Kapitlet behöver en rubrik.');
    const { issues } = parseRichText(input.body);
    if (issues.length > 0) {
      throw new AppError(
        'validation',
        `Texten innehåller ${issues.length === 1 ? 'något' : `${issues.length} saker`} som inte är tillåtet: ${issues[0]!.message}`,
        issues.map((i) => ({ path: 'body', message: `Rad ${i.line}: ${i.message}` })),
      );
    }
    const before = (await q.chapterForUpdate(tx, chapterId))!;
    if (input.version !== undefined && input.version !== before.version) {
      throw await staleEdit(tx, 'chapter', chapterId, `Kapitlet "${before.title}"`, input.version, before.version);
    }
    await q.updateChapter(tx, chapterId, title, input.body, actor.id);
    const { planId: _plan, ...saved } = (await q.getChapter(tx, chapterId))!;
    await audit(tx, { userId: actor.id }, {
      organisationId: plan.organisation_id, planId: chapter.planId, objectType: 'chapter', objectId: chapterId, action: 'update',
      before, after: { title: saved.title, body: saved.body, version: saved.version },
    });
    return saved;
  });
}

/** The plan's advocacy issues (påverkansfrågor) with their arenas. */
export async function getAdvocacyIssues(db: Db, actor: Actor, planId: number): Promise<AdvocacyIssue[]> {
  await readablePlan(db, actor, planId);
  return q.listAdvocacyIssues(db, planId);
}

/** The organisation's divisions and common units. */
export async function getOrganisationUnits(db: Db, actor: Actor, organisationId: number): Promise<OrganisationUnit[]> {
  authorize(actor, 'plan:read', { organisationId });
  return q.listOrganisationUnits(db, organisationId);
}

/** The Agenda 2030 goals the plan names and those linked to its nodes. */
export async function getAgendaGoals(db: Db, actor: Actor, planId: number): Promise<AgendaGoalsReport> {
  const plan = await readablePlan(db, actor, planId);
  const [planGoals, nodeGoals] = await Promise.all([q.planAgendaGoals(db, planId), q.nodeAgendaGoals(db, planId)]);
  return { planGoals, nodeGoals, canEdit: can(actor, 'plan:edit', { organisationId: plan.organisation_id }) };
}

/** Replaces the Agenda 2030 goals a node contributes to (editors); each must be 1–17. */
export async function setNodeAgendaGoals(db: Db, actor: Actor, nodeId: number, goals: number[]): Promise<{ nodeId: number; goals: number[] }> {
  const owner = await q.nodeOwner(db, nodeId);
  if (!owner) throw new AppError('not-found', `Noden ${nodeId} finns inte.`);
  authorize(actor, 'plan:edit', { organisationId: owner.organisationId });
  const issues = validateAgendaGoals(goals);
  if (issues.length > 0) throw new AppError('validation', issues[0]!.message, issues);
  await db.transaction((tx) => q.setNodeAgendaGoals(tx, nodeId, goals));
  return { nodeId, goals: [...new Set(goals)].sort((a, b) => a - b) };
}
