import type { Db } from '../../../db/client';
import type { AgendaItem, AgendaStep } from '../../../domain/workshop/agenda';
import type { CreateCardRequest, Exercise, Quadrant } from '../../../shared/workshop-types';

export interface WorkshopRow {
  id: number;
  federation_id: number;
  federation_name: string;
  federation_organisation_id: number;
  title: string;
  target_picture: string;
  voting_mode: 'dots' | 'points';
  dots_per_person: number;
  votes_revealed: boolean;
  revealed: string[];
  timer_ends_at: string | null;
  timer_label: string;
  draft_plan_id: number | null;
  current_agenda_id: number | null;
  created_at: string;
}

export async function insertWorkshop(db: Db, w: { federationId: number; title: string; createdBy: number }): Promise<number> {
  return (await db.query<{ id: number }>('INSERT INTO workshops (federation_id, title, created_by) VALUES ($1, $2, $3) RETURNING id', [w.federationId, w.title, w.createdBy]))[0]!.id;
}

export async function insertAgenda(db: Db, workshopId: number, agenda: readonly AgendaItem[]): Promise<void> {
  for (const [position, a] of agenda.entries()) {
    await db.query('INSERT INTO workshop_agenda (workshop_id, day, half, position, title, exercise) VALUES ($1, $2, $3, $4, $5, $6)', [workshopId, a.day, a.half, position, a.title, a.exercise]);
  }
}

export async function getWorkshop(db: Db, id: number, lock = false): Promise<WorkshopRow | undefined> {
  return (
    await db.query<WorkshopRow>(
      `SELECT w.id, w.federation_id, f.name AS federation_name, f.organisation_id AS federation_organisation_id, w.title, w.target_picture, w.voting_mode,
              w.dots_per_person, w.votes_revealed, w.revealed, w.timer_ends_at::text, w.timer_label, w.draft_plan_id, w.current_agenda_id, w.created_at::text
         FROM workshops w JOIN federations f ON f.id = w.federation_id WHERE w.id = $1${lock ? ' FOR UPDATE OF w' : ''}`,
      [id],
    )
  )[0];
}

export async function agenda(db: Db, workshopId: number): Promise<AgendaStep[]> {
  return db.query<AgendaStep>('SELECT id, day, half, title, exercise FROM workshop_agenda WHERE workshop_id = $1 ORDER BY position', [workshopId]);
}

/** The step the room is on (null: not started). */
export async function setCurrentAgendaStep(db: Db, workshopId: number, stepId: number | null): Promise<void> {
  await db.query('UPDATE workshops SET current_agenda_id = $2, version = version + 1 WHERE id = $1', [workshopId, stepId]);
}

export interface ParticipantRow {
  id: number;
  organisation_id: number;
  user_id: number | null;
  name: string;
  email: string | null;
  token_id: number | null;
  facilitator: boolean;
}

const PARTICIPANT = 'id, organisation_id, user_id, name, email, token_id::int AS token_id, facilitator';

export async function participants(db: Db, workshopId: number): Promise<ParticipantRow[]> {
  return db.query<ParticipantRow>(`SELECT ${PARTICIPANT} FROM workshop_participants WHERE workshop_id = $1 ORDER BY facilitator DESC, id`, [workshopId]);
}

export async function participantByUser(db: Db, workshopId: number, userId: number): Promise<ParticipantRow | undefined> {
  return (await db.query<ParticipantRow>(`SELECT ${PARTICIPANT} FROM workshop_participants WHERE workshop_id = $1 AND user_id = $2`, [workshopId, userId]))[0];
}

export async function participantByToken(db: Db, workshopId: number, tokenId: number): Promise<ParticipantRow | undefined> {
  return (await db.query<ParticipantRow>(`SELECT ${PARTICIPANT} FROM workshop_participants WHERE workshop_id = $1 AND token_id = $2`, [workshopId, tokenId]))[0];
}

export async function insertParticipant(
  db: Db,
  p: { workshopId: number; organisationId: number; userId: number | null; name: string; email: string | null; facilitator: boolean },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO workshop_participants (workshop_id, organisation_id, user_id, name, email, facilitator) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (workshop_id, user_id) WHERE user_id IS NOT NULL DO UPDATE SET name = workshop_participants.name RETURNING id`,
    [p.workshopId, p.organisationId, p.userId, p.name, p.email, p.facilitator],
  );
  return rows[0]!.id;
}

export async function setParticipantToken(db: Db, participantId: number, tokenId: number): Promise<void> {
  await db.query('UPDATE workshop_participants SET token_id = $2 WHERE id = $1', [participantId, tokenId]);
}

export interface CardRow {
  id: number;
  exercise: Exercise;
  organisation_id: number;
  organisation_name: string;
  participant_id: number | null;
  text: string;
  term: string | null;
  quadrant: Quadrant | null;
  stage: 'today' | 'target' | null;
  perspective: string | null;
  who: string | null;
  when_text: string | null;
  cluster_id: number | null;
}

export async function cards(db: Db, workshopId: number): Promise<CardRow[]> {
  return db.query<CardRow>(
    `SELECT c.id, c.exercise, c.organisation_id, o.name AS organisation_name, c.participant_id, c.text, c.term, c.quadrant, c.stage, c.perspective,
            c.who, c.when_text, c.cluster_id
       FROM workshop_cards c JOIN organisations o ON o.id = c.organisation_id WHERE c.workshop_id = $1 ORDER BY c.id`,
    [workshopId],
  );
}

export async function getCard(db: Db, workshopId: number, cardId: number): Promise<CardRow | undefined> {
  return (await cards(db, workshopId)).find((c) => c.id === cardId);
}

export async function cardByClientKey(db: Db, workshopId: number, clientKey: string): Promise<number | undefined> {
  return (await db.query<{ id: number }>('SELECT id FROM workshop_cards WHERE workshop_id = $1 AND client_key = $2', [workshopId, clientKey]))[0]?.id;
}

export async function insertCard(db: Db, workshopId: number, participantId: number | null, c: CreateCardRequest): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO workshop_cards (workshop_id, exercise, organisation_id, participant_id, text, term, quadrant, stage, perspective, who, when_text, client_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [workshopId, c.exercise, c.organisationId, participantId, c.text, c.term ?? null, c.quadrant ?? null, c.stage ?? null, c.perspective ?? null, c.who ?? null, c.when ?? null, c.clientKey ?? null],
  );
  return rows[0]!.id;
}

export async function setCardCluster(db: Db, cardId: number, clusterId: number | null): Promise<void> {
  await db.query('UPDATE workshop_cards SET cluster_id = $2 WHERE id = $1', [cardId, clusterId]);
}

export interface ClusterRow {
  id: number;
  exercise: Exercise;
  name: string;
}

export async function clusters(db: Db, workshopId: number): Promise<ClusterRow[]> {
  return db.query<ClusterRow>('SELECT id, exercise, name FROM workshop_clusters WHERE workshop_id = $1 ORDER BY id', [workshopId]);
}

export async function insertCluster(db: Db, workshopId: number, exercise: Exercise, name: string): Promise<number> {
  return (await db.query<{ id: number }>('INSERT INTO workshop_clusters (workshop_id, exercise, name) VALUES ($1, $2, $3) RETURNING id', [workshopId, exercise, name]))[0]!.id;
}

export interface VoteRow {
  participant_id: number;
  organisation_id: number;
  card_id: number;
  points: number;
}

export async function votes(db: Db, workshopId: number): Promise<VoteRow[]> {
  return db.query<VoteRow>(
    `SELECT v.participant_id, p.organisation_id, v.card_id, v.points FROM workshop_votes v JOIN workshop_participants p ON p.id = v.participant_id
      WHERE v.workshop_id = $1 ORDER BY v.card_id, v.participant_id`,
    [workshopId],
  );
}

export async function replaceBallot(db: Db, workshopId: number, participantId: number, entries: readonly { cardId: number; points: number }[]): Promise<void> {
  await db.query('DELETE FROM workshop_votes WHERE participant_id = $1', [participantId]);
  for (const e of entries) {
    await db.query('INSERT INTO workshop_votes (workshop_id, participant_id, card_id, points) VALUES ($1, $2, $3, $4)', [workshopId, participantId, e.cardId, e.points]);
  }
}

export async function updateWorkshop(
  db: Db,
  id: number,
  f: { voting_mode?: string; dots_per_person?: number; target_picture?: string; votes_revealed?: boolean; revealed?: string[]; timer_ends_at?: Date | null; timer_label?: string; draft_plan_id?: number },
): Promise<void> {
  const entries = Object.entries(f).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return;
  const sets = entries.map(([k], i) => `${k} = $${i + 2}`);
  await db.query(`UPDATE workshops SET ${sets.join(', ')}, version = version + 1 WHERE id = $1`, [id, ...entries.map(([, v]) => (v instanceof Date ? v.toISOString() : v))]);
}

export interface PositionRow {
  card_id: number;
  organisation_id: number;
  position: 'agree' | 'disagree' | 'comment';
  comment: string;
}

export async function positions(db: Db, workshopId: number): Promise<PositionRow[]> {
  return db.query<PositionRow>(
    `SELECT p.card_id, p.organisation_id, p.position, p.comment FROM workshop_definition_positions p JOIN workshop_cards c ON c.id = p.card_id
      WHERE c.workshop_id = $1 ORDER BY p.card_id, p.organisation_id`,
    [workshopId],
  );
}

export async function upsertPosition(db: Db, cardId: number, organisationId: number, position: string, comment: string): Promise<void> {
  await db.query(
    `INSERT INTO workshop_definition_positions (card_id, organisation_id, position, comment) VALUES ($1, $2, $3, $4)
     ON CONFLICT (card_id, organisation_id) DO UPDATE SET position = EXCLUDED.position, comment = EXCLUDED.comment, updated_at = now()`,
    [cardId, organisationId, position, comment],
  );
}

export async function focusAreas(db: Db, workshopId: number): Promise<{ id: number; name: string; cardIds: number[] }[]> {
  const areas = await db.query<{ id: number; name: string }>('SELECT id, name FROM workshop_focus_areas WHERE workshop_id = $1 ORDER BY position, id', [workshopId]);
  const links = await db.query<{ focus_area_id: number; card_id: number }>(
    `SELECT l.focus_area_id, l.card_id FROM workshop_focus_area_cards l JOIN workshop_focus_areas a ON a.id = l.focus_area_id WHERE a.workshop_id = $1 ORDER BY l.card_id`,
    [workshopId],
  );
  return areas.map((a) => ({ ...a, cardIds: links.filter((l) => l.focus_area_id === a.id).map((l) => l.card_id) }));
}

export async function insertFocusArea(db: Db, workshopId: number, name: string, cardIds: readonly number[]): Promise<number> {
  const id = (
    await db.query<{ id: number }>(
      `INSERT INTO workshop_focus_areas (workshop_id, name, position)
       VALUES ($1, $2, (SELECT count(*)::int FROM workshop_focus_areas WHERE workshop_id = $1)) RETURNING id`,
      [workshopId, name],
    )
  )[0]!.id;
  for (const cardId of new Set(cardIds)) await db.query('INSERT INTO workshop_focus_area_cards (focus_area_id, card_id) VALUES ($1, $2)', [id, cardId]);
  return id;
}

export async function insertTrace(db: Db, workshopId: number, objectType: 'node' | 'activity', objectId: number, cardIds: readonly number[]): Promise<void> {
  for (const cardId of new Set(cardIds)) {
    await db.query('INSERT INTO workshop_plan_trace (workshop_id, object_type, object_id, card_id) VALUES ($1, $2, $3, $4)', [workshopId, objectType, objectId, cardId]);
  }
}

export async function traces(db: Db, workshopId: number): Promise<{ object_type: 'node' | 'activity'; object_id: number; card_id: number }[]> {
  return db.query('SELECT object_type, object_id, card_id FROM workshop_plan_trace WHERE workshop_id = $1 ORDER BY object_type, object_id, card_id', [workshopId]);
}
