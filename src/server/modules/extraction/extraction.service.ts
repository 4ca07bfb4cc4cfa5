import type { Db } from '../../../db/client';
import { type DraftNode, checkDraft } from '../../../domain/extraction/draft';
import type { Block } from '../../../domain/extraction/blocks';
import { proposeGovernanceModel } from '../../../domain/extraction/governance-proposal';
import type { ExtractionMapping } from '../../../domain/extraction/mapping';
import { nameLevels } from '../../../domain/extraction/name-levels';
import { kindsOf, proposeStructure } from '../../../domain/extraction/propose';
import type { Proposal } from '../../../domain/extraction/proposal';
import type { GovernanceModel } from '../../../domain/model/governance';
import { matchResponsible } from '../../../domain/extraction/responsible';
import { deriveMeasureAttributes } from '../../../domain/measures/derive-attributes';
import { UnreadableDocument } from '../../../importers/documents/read-document';
import type { CreateDraftRequest, DraftCreated, ExtractionProfileInfo, ExtractionView, SaveProfileRequest } from '../../../shared/contracts/extraction';
import { type Actor, can } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { audit, type Who } from '../audit/audit';
import { upsertValue } from '../measures/measures.queries';
import { getOrganisation } from '../organisations/organisations.queries';
import { type PlanScope, writeNewMeasure, writeNewNode, writeNewPlan } from '../plan-editor/plan-writes';
import type { WorkerPool } from '../../workers/pool';
import type { TaskResult } from '../../workers/tasks';
import * as q from './extraction.queries';

/**
 * Plan documents come in: upload → blocks and a proposal; the user's mapping → a new proposal;
 * the mapping saved as the organisation's profile; a draft plan written through the plan
 * editor's write path, with outcome columns as values — all or nothing.
 */
const profileInfo = (p: q.ProfileRow): ExtractionProfileInfo => ({ id: p.id, name: p.name, mapping: p.mapping, version: p.version });

async function organisationModel(db: Db, organisationId: number) {
  const org = await getOrganisation(db, organisationId);
  if (!org) throw new AppError('not-found', `Organisationen ${organisationId} finns inte.`);
  return org;
}

/**
 * The proposal under the organisation's model: mapped kinds rank as the model orders them, and
 * the kinds the user has not mapped are named by the document's words and their depth.
 */
function proposeUnder(blocks: Block[], mapping: ExtractionMapping, model: GovernanceModel): Proposal {
  return nameLevels(proposeStructure(blocks, { ...mapping, levelOrder: model.levels.map((l) => l.key) }), model);
}

async function extractionFor(db: Db, actor: Actor, id: number): Promise<q.ExtractionRow> {
  const row = await q.getExtraction(db, id);
  if (!row || !can(actor, 'plan:read', { organisationId: row.organisation_id })) throw new AppError('not-found', `Inläsningen ${id} finns inte.`);
  authorize(actor, 'plan:import', { organisationId: row.organisation_id });
  return row;
}

async function view(db: Db, row: q.ExtractionRow, mapping: ExtractionMapping): Promise<ExtractionView> {
  const org = await organisationModel(db, row.organisation_id);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    fileName: row.file_name,
    format: row.format,
    blocks: row.blocks,
    kinds: kindsOf(row.blocks),
    proposal: proposeUnder(row.blocks, mapping, org.definition),
    profiles: (await q.listProfiles(db, row.organisation_id)).map(profileInfo),
    planId: row.plan_id,
    levels: org.definition.levels.map((l) => ({ key: l.key, name: l.name, carriesMeasures: l.carriesMeasures })),
    proposedModel: proposeGovernanceModel(row.blocks),
  };
}

/**
 * Reads an uploaded document and keeps its blocks for review. Nothing of the plan is written.
 * The reading (up to 25 MB of PDF, Word or Excel) runs in the worker pool, so the server keeps
 * answering others meanwhile; it counts against the person's tasks like a value file.
 */
export async function uploadDocument(db: Db, actor: Actor, organisationId: number, fileName: string, bytes: Uint8Array, workers: WorkerPool): Promise<ExtractionView> {
  authorize(actor, 'plan:import', { organisationId });
  await organisationModel(db, organisationId);
  let read: TaskResult<'readDocument'>;
  try {
    read = await workers.run('readDocument', [bytes, fileName], actor.id);
  } catch (e) {
    if (e instanceof UnreadableDocument) throw fieldError('file', e.message);
    throw e;
  }
  if (read.blocks.length === 0) throw fieldError('file', `${fileName} innehåller ingen text att läsa.`);
  const id = await q.insertExtraction(db, { organisationId, fileName, format: read.format, blocks: read.blocks, createdBy: actor.id });
  return view(db, (await q.getExtraction(db, id))!, { levels: {}, columns: {}, skipRows: [], cellEdits: {} });
}

export async function getExtractionView(db: Db, actor: Actor, id: number): Promise<ExtractionView> {
  return view(db, await extractionFor(db, actor, id), { levels: {}, columns: {}, skipRows: [], cellEdits: {} });
}

/** The proposal under the user's mapping. */
export async function proposeWithMapping(db: Db, actor: Actor, id: number, mapping: ExtractionMapping): Promise<ExtractionView> {
  return view(db, await extractionFor(db, actor, id), mapping);
}

export async function listExtractionProfiles(db: Db, actor: Actor, organisationId: number): Promise<ExtractionProfileInfo[]> {
  authorize(actor, 'plan:import', { organisationId });
  return (await q.listProfiles(db, organisationId)).map(profileInfo);
}

/** Saves the mapping as the organisation's profile (a new version where the name exists), audited. */
export async function saveExtractionProfile(db: Db, actor: Actor, organisationId: number, input: SaveProfileRequest): Promise<ExtractionProfileInfo> {
  authorize(actor, 'plan:import', { organisationId });
  await organisationModel(db, organisationId);
  return db.transaction(async (tx) => {
    const before = (await q.listProfiles(tx, organisationId)).find((p) => p.name === input.name);
    const saved = await q.upsertProfile(tx, { organisationId, name: input.name, mapping: input.mapping, userId: actor.id });
    await audit(tx, { userId: actor.id }, {
      organisationId,
      planId: null,
      objectType: 'extraction-profile',
      objectId: saved.id,
      action: before ? 'update' : 'create',
      before: before ? { name: before.name, mapping: before.mapping, version: before.version } : null,
      after: { name: saved.name, mapping: saved.mapping, version: saved.version },
    });
    return profileInfo(saved);
  });
}

/**
 * Creates a draft plan from the reviewed proposal: checked whole against the model first (every
 * problem reported, nothing written), then plan, nodes, measures and targets through the plan
 * editor's write path and the outcome columns as values, in one transaction.
 */
export async function createDraftPlan(db: Db, actor: Actor, id: number, input: CreateDraftRequest): Promise<DraftCreated> {
  const row = await extractionFor(db, actor, id);
  authorize(actor, 'plan:create', { organisationId: row.organisation_id });
  if (input.endYear < input.startYear) throw fieldError('endYear', 'Planens sista år kommer före dess första.');
  const org = await organisationModel(db, row.organisation_id);
  const model = org.definition;
  const proposal = proposeUnder(row.blocks, input.mapping, model);
  const { nodes, problems, warnings } = checkDraft(proposal, model);
  if (problems.length > 0) {
    throw new AppError('validation', `Utkastet kan inte skapas (${problems.length} att rätta). Ingenting har sparats.`, problems);
  }
  const kind = model.measureKinds.find((k) => k.targeted) ?? model.measureKinds[0];
  if (!kind) throw new AppError('validation', `Styrmodellen "${model.name.sv}" har inget måttslag.`);
  const who: Who = { userId: actor.id };
  const members = await q.listMembers(db, org.id);
  const targetYears = [...new Set(nodes.flatMap(function years(n): number[] {
    return [...n.measures.flatMap((m) => m.targets.map((t) => t.year)), ...n.children.flatMap(years)];
  }))].sort((a, b) => a - b);
  return db.transaction(async (tx) => {
    const planId = await writeNewPlan(tx, who, {
      organisationId: org.id,
      title: input.title,
      startYear: input.startYear,
      endYear: input.endYear,
      vision: '',
      ownerBody: null,
      parentPlanId: null,
      copyOfPlanId: null,
      sourceDocument: row.file_name,
      targetYears,
    });
    const scope: PlanScope = { planId, organisationId: org.id, model };
    const counts = { nodes: 0, measures: 0, values: 0, owners: 0 };
    const store = async (n: DraftNode, parentId: number | null, parentLevelKey: string | null): Promise<void> => {
      const nodeId = await writeNewNode(tx, who, scope, { parentId, parentLevelKey, levelKey: n.levelKey, name: n.name, description: n.description, sourceLine: null });
      counts.nodes++;
      for (const d of n.measures) {
        const m = d.measure;
        const responsible = matchResponsible(d.responsible, members);
        if (responsible.ownerUserId !== null) counts.owners++;
        const a = deriveMeasureAttributes({ baselineText: m.baseline ?? '', targetTexts: d.targets.map((t) => t.text), periodsText: m.period ?? '', footnotes: [] });
        const measureId = await writeNewMeasure(tx, who, scope, {
          nodeId,
          nodeLevelKey: n.levelKey,
          columns: {
            kind_key: kind.key,
            name: m.name,
            definition: '',
            method: '',
            unit: m.unit ?? a.unit,
            better_direction: a.betterDirection,
            value_nature: a.valueNature,
            baseline_text: m.baseline ?? '',
            source: m.source ?? '',
            periods_text: m.period ?? '',
            reporting_periods: a.reportingPeriods,
            breakdowns: '{}',
            footnotes: JSON.stringify(responsible.footnote ? [responsible.footnote] : []),
            owner_user_id: responsible.ownerUserId,
            kolada_kpi: null,
          },
          targets: d.targets.map((t) => ({ ...t, needsRevision: false })),
          sourceLine: null,
        });
        counts.measures++;
        for (const v of d.values) {
          await upsertValue(tx, { measureId, period: v.period, sex: 'T', ageBand: '', area: '', value: v.value, status: 'final', source: row.file_name, enteredBy: actor.id });
          counts.values++;
        }
      }
      for (const c of n.children) await store(c, nodeId, n.levelKey);
    };
    for (const n of nodes) await store(n, null, null);
    await q.setExtractionPlan(tx, row.id, planId);
    return { planId, ...counts, skippedCells: warnings };
  });
}
