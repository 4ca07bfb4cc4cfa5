/** An organisation's reminder days (issue 12, item 8): its admins set them; without a setting the installation's apply. */
import type { Db } from '../../../db/client';
import { DEFAULT_REMINDER_DAYS } from '../../../domain/followup';
import type { ReminderSettings } from '../../../shared/followup-types';
import type { Actor } from '../../access/can';
import { AppError, localizedError } from '../../http/errors';
import { authorize } from '../../http/session';
import * as rq from './reminders.queries';

/** The organisation's reminder days, the installation's, and which apply. */
export async function getReminderSettings(db: Db, actor: Actor, organisationId: number, installationDays = DEFAULT_REMINDER_DAYS): Promise<ReminderSettings> {
  authorize(actor, 'plan:read', { organisationId });
  const row = await rq.organisationReminderDays(db, organisationId);
  if (!row) throw new AppError('not-found', 'Organisationen finns inte.');
  return { reminderDays: row.reminder_days, installationDays, effectiveDays: row.reminder_days ?? installationDays };
}

/** Sets the organisation's reminder days (0–90), or null to follow the installation's setting. */
export async function setReminderSettings(db: Db, actor: Actor, organisationId: number, days: number | null, installationDays = DEFAULT_REMINDER_DAYS): Promise<ReminderSettings> {
  authorize(actor, 'organisation:settings', { organisationId });
  if (days !== null && (!Number.isInteger(days) || days < 0 || days > 90)) {
    throw localizedError(
      'validation',
      {
        sv: 'Ange hur många dagar före sista dag påminnelsen skickas: ett heltal från 0 till 90.',
        da: 'Angiv hvor mange dage før fristen påmindelsen sendes: et heltal fra 0 til 90.',
        en: 'Give how many days before the deadline the reminder is sent: a whole number from 0 to 90.',
      },
      'reminderDays',
    );
  }
  await rq.setOrganisationReminderDays(db, organisationId, days);
  return getReminderSettings(db, actor, organisationId, installationDays);
}
