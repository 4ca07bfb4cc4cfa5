import type { Db } from '../../../db/client';
import { formatNumber } from '../../../domain/numbers';
import type { KoladaChoiceRequest, KoladaValueDifference } from '../../../shared/kolada-choice-types';
import { type Actor, can } from '../../access/can';
import { AppError, localizedError } from '../../http/errors';
import { authorize } from '../../http/session';
import { audit } from '../audit/audit';
import { readablePlan } from '../plans/plans.service';
import * as q from './kolada-choices.queries';

/** Where the plan's entered values differ from Kolada's: measure, period, entered value, Kolada's value. */
export async function listKoladaDifferences(db: Db, actor: Actor, planId: number): Promise<KoladaValueDifference[]> {
  const plan = await readablePlan(db, actor, planId);
  const rows = await q.planDifferences(db, planId);
  return rows.map((r) => ({
    measureId: r.measure_id,
    measureName: r.measure_name,
    period: r.period,
    sex: r.sex,
    entered: r.entered,
    enteredBy: r.entered_by,
    kolada: r.kolada,
    version: r.version,
    canChoose: can(actor, 'value:enter', { organisationId: plan.organisation_id, ownerUserId: r.owner_user_id }),
  }));
}

/**
 * A person chooses which value holds: the entered one (remembered against this Kolada value, so it
 * is not asked again) or Kolada's (the value becomes Kolada's). Audited as a change of the value;
 * a choice made against an older version of the value is refused (409).
 */
export async function chooseKoladaValue(db: Db, actor: Actor, measureId: number, input: KoladaChoiceRequest): Promise<void> {
  const m = await q.measurePlan(db, measureId);
  if (!m) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
  authorize(actor, 'value:enter', { organisationId: m.organisation_id, ownerUserId: m.owner_user_id });
  await db.transaction(async (tx) => {
    const stored = await q.lockValue(tx, measureId, input.period, input.sex);
    if (!stored || stored.version !== input.version) {
      const now = stored ? ` (nu ${formatNumber(stored.value, 'sv')}, version ${stored.version})` : '';
      throw localizedError(
        'conflict',
        {
          sv: `Värdet för ${input.period} har ändrats efter din version ${input.version}${now}. Ladda om och välj igen.`,
          da: `Værdien for ${input.period} er ændret efter din version ${input.version}${now}. Genindlæs og vælg igen.`,
          en: `The value for ${input.period} has changed since your version ${input.version}${now}. Reload and choose again.`,
        },
        'version',
      );
    }
    const difference = (await q.planDifferences(tx, m.plan_id, measureId)).find((d) => d.period === input.period && d.sex === input.sex);
    if (!difference) {
      throw localizedError('not-found', {
        sv: `Det finns ingen skillnad mot Kolada för ${input.period} att välja.`,
        da: `Der er ingen forskel fra Kolada for ${input.period} at vælge.`,
        en: `There is no difference from Kolada for ${input.period} to choose.`,
      });
    }
    if (input.keep === 'kolada') await q.takeKoladaValue(tx, stored.id, difference.kolada, actor.id);
    else await q.rememberKept(tx, { measureId, period: input.period, sex: input.sex, kolada: difference.kolada, entered: stored.value, userId: actor.id });
    await audit(tx, { userId: actor.id }, {
      organisationId: m.organisation_id,
      planId: m.plan_id,
      objectType: 'value',
      objectId: stored.id,
      action: 'kolada-choice',
      before: { value: stored.value, source: stored.source, kolada: difference.kolada, version: stored.version },
      after:
        input.keep === 'kolada'
          ? { keep: 'kolada', value: difference.kolada, source: 'Kolada', version: stored.version + 1 }
          : { keep: 'entered', value: stored.value, source: stored.source, version: stored.version },
    });
  });
}
