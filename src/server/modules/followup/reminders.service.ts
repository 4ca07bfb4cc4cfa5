/**
 * Follow-up reminders by mail (issue 12, item 8): for every plan's period whose deadline is near or
 * just passed, each owner is mailed what of theirs is still missing, and editors the measures not
 * met without a planned action. Every mail goes through the one mailer with a dedupe key, so that
 * each goes once however often and on however many servers the hourly job runs.
 */
import type { Db } from '../../../db/client';
import { type NoActionMeasure, planReminders, reminderDedupeKey, reminderStage, reminderText, todayIso } from '../../../domain/followup';
import type { Scorecard, ScorecardNode } from '../../../shared/api-types';
import type { Actor } from '../../access/can';
import type { Mailer } from '../../mail/mailer';
import { getPlan } from '../plans/plans.queries';
import { getScorecard } from '../plans/plans.service';
import { planMeasures } from '../plans/plans.queries';
import * as q from './followup.queries';
import { missingInPeriod } from './followup-missing.service';
import { followupPeriods } from './followup.service';
import * as rq from './reminders.queries';

/** The reminders job reads as the organisation's administrator would; it writes nothing but mail. */
const systemReader = (organisationId: number): Actor => ({ id: 0, roles: new Map([[organisationId, 'admin']]) });

/** Targeted measures not met whose node, and every node above it, has no planned activity and no actions written in its judgement. */
function notMetWithoutAction(scorecard: Scorecard, withAction: Set<number>): NoActionMeasure[] {
  const targeted = new Set(scorecard.model.measureKinds.filter((k) => k.targeted).map((k) => k.key));
  const out: NoActionMeasure[] = [];
  const walk = (node: ScorecardNode, covered: boolean) => {
    const here = covered || withAction.has(node.id);
    for (const m of node.measures) {
      if (!here && targeted.has(m.kindKey) && m.fulfilment.status === 'not-met') out.push({ id: m.id, name: m.name });
    }
    for (const child of node.children) walk(child, here);
  };
  for (const top of scorecard.nodes) walk(top, false);
  return out;
}

export interface ReminderDeps {
  db: Db;
  mailer: Mailer;
}

/**
 * Queues every reminder due at `now` and returns how many were queued (already-sent ones are not
 * counted). `days`: how many days before a deadline owners are reminded (LEDSTJARNA_REMINDER_DAYS),
 * unless the plan's organisation has set its own.
 */
export async function sendFollowupReminders(deps: ReminderDeps, now: Date, days: number, publicUrl?: string): Promise<number> {
  const { db, mailer } = deps;
  const today = todayIso(now);
  let queued = 0;
  for (const p of await rq.plansToRemind(db)) {
    const plan = (await getPlan(db, p.id))!;
    const due = (await followupPeriods(db, plan, today))
      .map((period) => ({ period, stage: reminderStage(today, period.deadline, p.reminder_days ?? days) }))
      .filter((d): d is { period: typeof d.period; stage: 'before' | 'after' } => d.stage !== null);
    if (due.length === 0) continue;
    const actor = systemReader(p.organisation_id);
    const [nodeOwnerRows, measureRows, editorIds, activityNodes] = await Promise.all([
      q.planNodeOwners(db, p.id),
      planMeasures(db, p.id),
      rq.organisationEditors(db, p.organisation_id),
      rq.nodesWithPlannedActivity(db, p.id),
    ]);
    const owners = {
      nodeOwners: new Map(nodeOwnerRows.map((o) => [o.node_id, o.user_id])),
      measureOwners: new Map(measureRows.map((m) => [m.id, m.owner_user_id])),
    };
    for (const { period, stage } of due) {
      const missing = await missingInPeriod(db, actor, p.id, period.key, stage === 'after', owners);
      const [scorecard, judgements] = await Promise.all([getScorecard(db, actor, p.id, period.key), q.planJudgements(db, p.id, [period.key])]);
      const withAction = new Set(activityNodes);
      for (const j of judgements) if (j.actions.trim() !== '') withAction.add(j.node_id);
      const reminders = planReminders({ stage, owners: missing, editorIds, notMetWithoutAction: notMetWithoutAction(scorecard, withAction) });
      const addresses = await rq.userAddresses(db, [...new Set(reminders.map((r) => r.userId))]);
      const link = publicUrl ? `${publicUrl}/plans/${p.id}/followup` : undefined;
      for (const r of reminders) {
        const to = addresses.get(r.userId);
        if (!to) continue;
        const mail = reminderText(p.default_lang, r, { plan: p.title, period: period.label[p.default_lang], deadline: period.deadline, link });
        const id = await mailer.queue(db, {
          organisationId: p.organisation_id,
          to: to.email,
          toName: to.name || null,
          subject: mail.subject,
          text: mail.text,
          why: r.kind === 'no-action' ? 'followup-no-action' : `followup-reminder-${r.kind}`,
          reference: `plan:${p.id}:${period.key}`,
          dedupeKey: reminderDedupeKey(p.id, period.key, r),
        });
        if (id !== null) queued++;
      }
    }
  }
  if (queued) mailer.deliverSoon();
  return queued;
}
