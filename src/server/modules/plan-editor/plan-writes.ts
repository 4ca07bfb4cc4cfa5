/**
 * The one write path for plan content below the services' checks of who and which version:
 * every plan, node and measure that enters the database — typed in the editor, copied from
 * an earlier plan, read from a seed or an extracted document — goes through these functions,
 * which check the governance model's rules and write the audit entry in the caller's
 * transaction. Services authorise and check versions, then call these.
 */
import type { Tx } from '../../../db/client';
import type { Lang, Localized } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import { checkPlacement, type PlacementError } from '../../../domain/plan-tree/placement';
import { type AppError, fieldError, localizedError } from '../../http/errors';
import { audit, type Who } from '../audit/audit';
import type { MeasureRow } from '../plans/plans.queries';
import * as q from './plan-editor.queries';

/** What every write in a plan needs to know. */
export interface PlanScope {
  planId: number;
  organisationId: number;
  model: GovernanceModel;
}

/** A level's name in `lang`, as the organisation's model names it (the key when the model has no such level). */
const levelName = (model: GovernanceModel, key: string, lang: Lang = 'sv') => model.levels.find((l) => l.key === key)?.name[lang] ?? key;

/** A message in every language, each naming the model's levels in its own language. */
const inEachLang = (text: (lang: Lang) => string): Localized => ({ sv: text('sv'), da: text('da'), en: text('en') });

/** A placement rule's refusal in the model's own words, in the reader's language (the model's level names in it too). */
export function placementError(model: GovernanceModel, e: PlacementError, path = 'levelKey'): AppError {
  const name = (k: string, lang: Lang) => levelName(model, k, lang).toLowerCase();
  switch (e.code) {
    case 'unknown-level':
      return localizedError(
        'validation',
        inEachLang((lang) => {
          const levels = model.levels.map((l) => l.name[lang]).join(', ');
          return {
            sv: `Styrmodellen har ingen nivå "${e.levelKey}". Nivåer: ${levels}.`,
            da: `Styringsmodellen har intet niveau "${e.levelKey}". Niveauer: ${levels}.`,
            en: `The governance model has no level "${e.levelKey}". Levels: ${levels}.`,
          }[lang];
        }),
        path,
      );
    case 'not-below-parent':
      return localizedError(
        'validation',
        {
          sv: `En ${name(e.levelKey, 'sv')} kan inte ligga under en ${name(e.parentLevelKey, 'sv')}.`,
          da: `Niveauet ${name(e.levelKey, 'da')} kan ikke ligge under niveauet ${name(e.parentLevelKey, 'da')}.`,
          en: `A ${name(e.levelKey, 'en')} cannot be placed under a ${name(e.parentLevelKey, 'en')}.`,
        },
        path,
      );
    case 'children-not-below':
      return localizedError(
        'validation',
        {
          sv: `Noden kan inte bli ${name(e.levelKey, 'sv')}: den har en ${name(e.childLevelKey, 'sv')} under sig.`,
          da: `Elementet kan ikke blive ${name(e.levelKey, 'da')}: det har et element på niveauet ${name(e.childLevelKey, 'da')} under sig.`,
          en: `The node cannot become a ${name(e.levelKey, 'en')}: it has a ${name(e.childLevelKey, 'en')} under it.`,
        },
        path,
      );
    case 'level-carries-no-measures':
      return localizedError(
        'validation',
        {
          sv: `På nivån ${levelName(model, e.levelKey, 'sv')} hänger inga mått, och noden har ${e.measures}. Flytta måtten först.`,
          da: `På niveauet ${levelName(model, e.levelKey, 'da')} hører ingen målinger til, og elementet har ${e.measures}. Flyt målingerne først.`,
          en: `No measures belong to the level ${levelName(model, e.levelKey, 'en')}, and the node has ${e.measures}. Move the measures first.`,
        },
        path,
      );
    case 'cycle':
      return fieldError('parentId', 'En nod kan inte flyttas in under sig själv.');
  }
}

export interface NewNodeInput {
  parentId: number | null;
  /** The parent's level (null at the top), so that a bulk writer need not read it back. */
  parentLevelKey: string | null;
  levelKey: string;
  name: string;
  description?: string;
  longTermGoals?: string;
  bodies?: string[];
  sourceLine?: number | null;
  lineageId?: number | null;
  predecessorNodeId?: number | null;
  servesNodeId?: number | null;
}

/** Checks the node against the model, inserts it at `position` (default last) and records it. */
export async function writeNewNode(tx: Tx, who: Who, scope: PlanScope, input: NewNodeInput, position?: number): Promise<number> {
  const problem = checkPlacement(scope.model, input.levelKey, input.parentLevelKey, [], 0);
  if (problem) throw placementError(scope.model, problem);
  const at = position ?? (await q.childCount(tx, scope.planId, input.parentId));
  const id = await q.insertNode(
    tx,
    {
      planId: scope.planId,
      parentId: input.parentId,
      levelKey: input.levelKey,
      title: input.name,
      description: input.description ?? '',
      longTermGoals: input.longTermGoals,
      bodies: input.bodies,
      sourceLine: input.sourceLine,
      lineageId: input.lineageId,
      predecessorNodeId: input.predecessorNodeId,
      servesNodeId: input.servesNodeId,
    },
    at,
  );
  await audit(tx, who, {
    organisationId: scope.organisationId,
    planId: scope.planId,
    objectType: 'node',
    objectId: id,
    action: 'create',
    before: null,
    after: { name: input.name, levelKey: input.levelKey, parentId: input.parentId, position: at, description: input.description ?? '', version: 1 },
  });
  return id;
}

export interface NewMeasureInput {
  nodeId: number;
  nodeLevelKey: string;
  columns: q.MeasureColumns;
  targets: { year: number; text: string; needsRevision: boolean }[];
  sourceLine?: number | null;
  lineageId?: number | null;
  predecessorMeasureId?: number | null;
}

/** Checks the measure against the model (its node's level carries measures, its kind exists), inserts it with its targets and records it. */
export async function writeNewMeasure(tx: Tx, who: Who, scope: PlanScope, input: NewMeasureInput): Promise<number> {
  const level = scope.model.levels.find((l) => l.key === input.nodeLevelKey);
  if (!level?.carriesMeasures) {
    const carriers = (lang: Lang) => scope.model.levels.filter((l) => l.carriesMeasures).map((l) => l.name[lang].toLowerCase());
    const here = (lang: Lang) => levelName(scope.model, input.nodeLevelKey, lang).toLowerCase();
    throw localizedError(
      'validation',
      {
        sv: `Mått hänger på ${carriers('sv').join(' och ')}, inte på en ${here('sv')}.`,
        da: `Målinger hører til ${carriers('da').join(' og ')}, ikke til niveauet ${here('da')}.`,
        en: `Measures belong to ${carriers('en').join(' and ')}, not to a ${here('en')}.`,
      },
      'nodeId',
    );
  }
  if (!scope.model.measureKinds.some((k) => k.key === input.columns.kind_key)) {
    throw fieldError('kindKey', `Styrmodellen har inget måttslag "${input.columns.kind_key}". Slag: ${scope.model.measureKinds.map((k) => k.key).join(', ')}.`);
  }
  const id = await q.insertMeasure(tx, scope.planId, input.nodeId, input.columns, {
    sourceLine: input.sourceLine,
    lineageId: input.lineageId,
    predecessorMeasureId: input.predecessorMeasureId,
  });
  if (input.targets.length > 0) await q.replaceTargets(tx, id, input.targets);
  await audit(tx, who, {
    organisationId: scope.organisationId,
    planId: scope.planId,
    objectType: 'measure',
    objectId: id,
    action: 'create',
    before: null,
    after: { ...measureAuditState(input.columns), nodeId: input.nodeId, targets: Object.fromEntries(input.targets.map((t) => [t.year, t.text])), version: 1 },
  });
  return id;
}

/** A stored measure's columns, as a copy writes them and an update starts from. */
export function columnsOf(m: MeasureRow): q.MeasureColumns {
  return {
    kind_key: m.kind_key,
    name: m.name,
    definition: m.definition,
    method: m.method,
    unit: m.unit,
    better_direction: m.better_direction,
    value_nature: m.value_nature,
    baseline_text: m.baseline_text,
    source: m.source,
    periods_text: m.periods_text,
    reporting_periods: m.reporting_periods,
    breakdowns: JSON.stringify(m.breakdowns),
    footnotes: JSON.stringify(m.footnotes),
    owner_user_id: m.owner_user_id,
    kolada_kpi: m.kolada_kpi,
  };
}

/** A measure's fields as the audit log and the conflict message name them. */
export function measureAuditState(c: Partial<q.MeasureColumns>) {
  return {
    name: c.name,
    kindKey: c.kind_key,
    definition: c.definition,
    method: c.method,
    unit: c.unit,
    betterDirection: c.better_direction,
    valueNature: c.value_nature,
    baseline: c.baseline_text,
    source: c.source,
    periodsText: c.periods_text,
    reportingPeriods: c.reporting_periods,
    breakdowns: c.breakdowns === undefined ? undefined : JSON.parse(c.breakdowns),
    footnotes: c.footnotes === undefined ? undefined : JSON.parse(c.footnotes),
    ownerUserId: c.owner_user_id,
    koladaKpi: c.kolada_kpi,
  };
}

export interface NewPlanInput extends q.NewPlan {}

/** Inserts a plan and records it. */
export async function writeNewPlan(tx: Tx, who: Who, input: NewPlanInput): Promise<number> {
  const id = await q.insertPlan(tx, input);
  await audit(tx, who, {
    organisationId: input.organisationId,
    planId: id,
    objectType: 'plan',
    objectId: id,
    action: 'create',
    before: null,
    after: { title: input.title, startYear: input.startYear, endYear: input.endYear, parentPlanId: input.parentPlanId, copyOfPlanId: input.copyOfPlanId, targetBetweenYears: input.targetBetweenYears ?? 'next-target', version: 1 },
  });
  return id;
}
