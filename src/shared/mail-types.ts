/** One mail in an organisation's outbox (GET /api/organisations/:id/outbox). */
export interface OutboxEntry {
  id: number;
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  /** Why it was sent: 'reminder', 'consultation-invitation', 'new-user', … */
  why: string;
  reference: string | null;
  /** queued → sending → sent; failed (retried); not-configured (no SMTP server set). */
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'not-configured';
  attempts: number;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}
