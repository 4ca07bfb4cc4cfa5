import { localizedError } from '../../http/errors';
import { requireFacilitator, type Who, workshopFor } from './workshop-access';
import type { WorkshopDeps } from './workshops.service';
import * as q from './workshops.queries';

/**
 * The facilitator moves the room to a step of the agenda (or back to "not started" with null);
 * every screen following the workshop highlights it and opens its exercise.
 */
export async function setAgendaStep(deps: WorkshopDeps, who: Who, workshopId: number, stepId: number | null): Promise<{ currentAgendaId: number | null }> {
  await deps.db.transaction(async (tx) => {
    const { workshop, viewer } = await workshopFor(tx, who, workshopId, true);
    requireFacilitator(viewer);
    if (stepId !== null && !(await q.agenda(tx, workshop.id)).some((s) => s.id === stepId)) {
      throw localizedError(
        'validation',
        {
          sv: `Steget ${stepId} finns inte i workshoppens agenda.`,
          da: `Trinnet ${stepId} findes ikke i workshoppens dagsorden.`,
          en: `Step ${stepId} is not on the workshop's agenda.`,
        },
        'agendaItemId',
      );
    }
    await q.setCurrentAgendaStep(tx, workshop.id, stepId);
  });
  await deps.live.publish(`workshop:${workshopId}`, { kind: 'agenda', ...(stepId === null ? {} : { id: stepId }) });
  return { currentAgendaId: stepId };
}
