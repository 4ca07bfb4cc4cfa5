import type { OutboxEntry } from '../../../shared/mail-types';

/** Why a mail went, as a message key; an unknown reason is shown as written. */
const WHY_KEYS = {
  'followup-reminder-before': 'outbox.whyFollowupBefore',
  'followup-reminder-after': 'outbox.whyFollowupAfter',
  'followup-no-action': 'outbox.whyFollowupNoAction',
  'consultation-invitation': 'outbox.whyConsultationInvitation',
  'consultation-reminder': 'outbox.whyConsultationReminder',
  'workshop-invitation': 'outbox.whyWorkshopInvitation',
  reminder: 'outbox.whyReminder',
} as const;

export function whyKey(why: string): (typeof WHY_KEYS)[keyof typeof WHY_KEYS] | undefined {
  return Object.hasOwn(WHY_KEYS, why) ? WHY_KEYS[why as keyof typeof WHY_KEYS] : undefined;
}

export const STATUS_KEYS = {
  queued: 'outbox.statusQueued',
  sending: 'outbox.statusSending',
  sent: 'outbox.statusSent',
  failed: 'outbox.statusFailed',
  'not-configured': 'outbox.statusNotConfigured',
} as const satisfies Record<OutboxEntry['status'], string>;
