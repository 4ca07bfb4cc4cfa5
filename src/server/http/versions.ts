import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import type { Lang, Localized } from '../../domain/i18n/lang';
import { changesAfterVersion } from '../modules/audit/audit.queries';
import { AppError } from './errors';
import { translateMessage } from './messages';

/**
 * The version of a row that an edit was made against: `version` in the body, else the
 * If-Match header (`"3"`, `W/"3"` or `3`). Undefined when the caller sent neither: scripts
 * that send neither are not checked.
 */
export function expectedVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  if (bodyVersion !== undefined) return bodyVersion;
  const header = request.headers['if-match'];
  if (typeof header !== 'string') return undefined;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!m) throw new AppError('validation', 'If-Match ska vara en version, t.ex. "3".', [{ path: 'If-Match', message: 'Ogiltig version' }]);
  return Number(m[1]);
}

/** The fields an edit may change, in each language's words (for the 409 that says what changed). */
const FIELD_NAMES: Record<string, Localized> = {
  name: { sv: 'namn', da: 'navn', en: 'name' },
  title: { sv: 'namn', da: 'navn', en: 'name' },
  description: { sv: 'beskrivning', da: 'beskrivelse', en: 'description' },
  longTermGoals: { sv: 'långsiktiga mål', da: 'langsigtede mål', en: 'long-term goals' },
  parentId: { sv: 'plats i trädet', da: 'plads i træet', en: 'place in the tree' },
  position: { sv: 'ordning', da: 'rækkefølge', en: 'order' },
  levelKey: { sv: 'nivå', da: 'niveau', en: 'level' },
  bodies: { sv: 'ansvariga organ', da: 'ansvarlige organer', en: 'responsible bodies' },
  responsibleUserId: { sv: 'ansvarig', da: 'ansvarlig', en: 'responsible' },
  agendaGoals: { sv: 'Agenda 2030-mål', da: 'Agenda 2030-mål', en: 'Agenda 2030 goals' },
  servesNodeId: { sv: 'kaskadlänk', da: 'kaskadelink', en: 'cascade link' },
  targets: { sv: 'mål', da: 'mål', en: 'targets' },
  baseline: { sv: 'ingångsvärde', da: 'udgangsværdi', en: 'baseline' },
  definition: { sv: 'definition', da: 'definition', en: 'definition' },
  method: { sv: 'mätmetod', da: 'målemetode', en: 'method' },
  unit: { sv: 'enhet', da: 'enhed', en: 'unit' },
  betterDirection: { sv: 'riktning', da: 'retning', en: 'direction' },
  valueNature: { sv: 'värdets natur', da: 'værdiens natur', en: 'nature of the value' },
  source: { sv: 'källa', da: 'kilde', en: 'source' },
  periodsText: { sv: 'perioder', da: 'perioder', en: 'periods' },
  reportingPeriods: { sv: 'perioder', da: 'perioder', en: 'periods' },
  breakdowns: { sv: 'uppdelningar', da: 'opdelinger', en: 'breakdowns' },
  ownerUserId: { sv: 'ägare', da: 'ejer', en: 'owner' },
  footnotes: { sv: 'fotnoter', da: 'fodnoter', en: 'footnotes' },
  koladaKpi: { sv: 'Kolada-KPI', da: 'Kolada-KPI', en: 'Kolada KPI' },
  kindKey: { sv: 'slag', da: 'type', en: 'kind' },
  nodeId: { sv: 'plats i trädet', da: 'plads i træet', en: 'place in the tree' },
  vision: { sv: 'vision', da: 'vision', en: 'vision' },
  parentPlanId: { sv: 'planen ovanför', da: 'planen ovenover', en: 'the plan above' },
  decidingBody: { sv: 'beslutande organ', da: 'besluttende organ', en: 'deciding body' },
  startYear: { sv: 'år', da: 'år', en: 'year' },
  endYear: { sv: 'år', da: 'år', en: 'year' },
  status: { sv: 'status', da: 'status', en: 'status' },
  model: { sv: 'styrmodell', da: 'styringsmodel', en: 'governance model' },
  body: { sv: 'text', da: 'tekst', en: 'text' },
  analysis: { sv: 'analys', da: 'analyse', en: 'analysis' },
  actions: { sv: 'åtgärder', da: 'handlinger', en: 'actions' },
  judgement: { sv: 'bedömning', da: 'vurdering', en: 'judgement' },
  matchStatus: { sv: 'framgångsfaktor', da: 'succesfaktor', en: 'success factor' },
  year: { sv: 'år', da: 'år', en: 'year' },
  whatCouldHappen: { sv: 'vad som kan hända', da: 'hvad der kan ske', en: 'what could happen' },
  consequenceText: { sv: 'konsekvens (text)', da: 'konsekvens (tekst)', en: 'consequence (text)' },
  consequence: { sv: 'konsekvens', da: 'konsekvens', en: 'consequence' },
  probability: { sv: 'sannolikhet', da: 'sandsynlighed', en: 'likelihood' },
  cause: { sv: 'orsak', da: 'årsag', en: 'cause' },
  riskAction: { sv: 'åtgärd', da: 'handling', en: 'action' },
  controlMethod: { sv: 'kontrollmetod', da: 'kontrolmetode', en: 'control method' },
  label: { sv: 'benämning', da: 'betegnelse', en: 'label' },
  kind: { sv: 'radtyp', da: 'rækketype', en: 'row type' },
  sign: { sv: 'tecken', da: 'fortegn', en: 'sign' },
  amounts: { sv: 'belopp', da: 'beløb', en: 'amounts' },
};

/** The fields that differ between two states of an object, in the words of `lang`. */
function changedFields(before: unknown, after: unknown, lang: Lang): string[] {
  if (typeof before !== 'object' || typeof after !== 'object' || !before || !after) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = Object.keys(a).filter((k) => k !== 'version' && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return [...new Set(keys.map((k) => FIELD_NAMES[k]?.[lang] ?? k))];
}

/**
 * The 409 for an edit made against an old version: says who changed what since, so the person
 * can reload and redo their change instead of overwriting someone else's.
 */
export async function staleEdit(db: Db, objectType: string, objectId: number, label: string | Localized, seen: number, current: number): Promise<AppError> {
  const changes = await changesAfterVersion(db, objectType, objectId, seen);
  // A label given in Swedish only (`Måttet «…»`) is worded by the message catalogue; a level's name comes given in every language.
  const named = typeof label === 'string' ? { sv: label, da: translateMessage(label, 'da'), en: translateMessage(label, 'en') } : label;
  const words = {
    sv: { someone: 'någon', deleted: 'togs bort', since: 'Ändringar sedan dess' },
    da: { someone: 'nogen', deleted: 'blev slettet', since: 'Ændringer siden da' },
    en: { someone: 'someone', deleted: 'deleted', since: 'Changes since then' },
  } as const;
  const whoIn = (lang: Lang) => {
    const parts = changes.map((c) => {
      const fields = changedFields(c.before, c.after, lang);
      const when = c.at.slice(0, 16).replace('T', ' ');
      return `${c.actor ?? words[lang].someone} ${when}${fields.length ? ` (${fields.join(', ')})` : c.action === 'delete' ? ` (${words[lang].deleted})` : ''}`;
    });
    return parts.length > 0 ? ` ${words[lang].since}: ${parts.join('; ')}.` : '';
  };
  // Worded so that it fits any object, whatever its grammatical gender: "Måttet …", "Framgångsfaktor …".
  const message: Localized = {
    sv: `${named.sv} har ändrats efter din version ${seen} (nu version ${current}).${whoIn('sv')} Ladda om och gör din ändring igen.`,
    da: `${named.da} er ændret efter din version ${seen} (nu version ${current}).${whoIn('da')} Genindlæs, og foretag din ændring igen.`,
    en: `${named.en} has changed since your version ${seen} (now version ${current}).${whoIn('en')} Reload and make your change again.`,
  };
  return new AppError('conflict', message.sv, [{ path: 'version', message: message.sv }], message);
}
