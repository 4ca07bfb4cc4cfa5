/**
 * A document's "Ansvarig" cell on a measure. The measure model's responsible is a person
 * (`owner_user_id`): a cell naming exactly one of the organisation's people (by name or e-mail,
 * case and spacing aside) makes that person the owner. Any other text — a role, a unit, a name
 * nobody in the organisation has — is kept verbatim as a footnote marked "Ansvarig", so it is
 * shown on the measure and nothing is lost or guessed.
 */
export interface Member {
  id: number;
  name: string;
  email: string;
}

export const RESPONSIBLE_MARK = 'Ansvarig';

export type ResponsibleMatch = { ownerUserId: number; footnote: null } | { ownerUserId: null; footnote: { mark: string; text: string } | null };

const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('sv');

export function matchResponsible(text: string | null, members: Member[]): ResponsibleMatch {
  const written = text?.replace(/\s+/gu, ' ').trim() ?? '';
  if (written === '') return { ownerUserId: null, footnote: null };
  const key = norm(written);
  const hits = members.filter((m) => (m.name !== '' && norm(m.name) === key) || norm(m.email) === key);
  if (hits.length === 1) return { ownerUserId: hits[0]!.id, footnote: null };
  return { ownerUserId: null, footnote: { mark: RESPONSIBLE_MARK, text: written } };
}
