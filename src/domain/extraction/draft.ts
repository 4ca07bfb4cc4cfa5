import type { Lang, Localized } from '../i18n/lang';
import type { GovernanceModel } from '../model/governance';
import { parseNumber, parseQuantity } from '../numbers';
import { parsePeriodKey } from '../periods/period';
import { parseWrittenPeriod } from '../periods/written-period';
import { checkPlacement } from '../plan-tree/placement';
import type { Proposal, ProposedMeasure, ProposedNode } from './proposal';

/**
 * A reviewed proposal checked against the governance model before anything is written: every
 * node on one of the model's levels, below a level that may hold it; every measure under a level
 * that carries measures; every target column with a year; every outcome a number for a period.
 * All problems are reported at once, each with where to fix it, so the draft is all or nothing.
 */
export interface DraftMeasure {
  measure: ProposedMeasure;
  targets: { year: number; text: string }[];
  values: { period: string; value: number; text: string }[];
  /** What the responsible column says, verbatim ("Hälso- och sjukvårdsdirektör"); the service matches it to a person. */
  responsible: string | null;
}
export interface DraftNode {
  levelKey: string;
  name: string;
  description: string;
  children: DraftNode[];
  measures: DraftMeasure[];
  block: number;
}
export interface DraftWarning {
  path: string;
  measure: string;
  period: string;
  text: string;
  message: string;
}
export interface DraftProblem {
  /** `kind.<heading kind>`, `column.<header>`, `cell.<block>:<row>`, `measure.<block>:<row>`. */
  path: string;
  message: string;
  /** The message in every language, when it names levels of the model: each in the model's own name for that language. */
  localized?: Localized;
}

/**
 * Checks a proposal against the model. `problems` refuse the draft; `warnings` do not: an outcome
 * cell that is no number ("Ej mätt", "–", "uppnått") is left out of the values and named there,
 * never turned into a number.
 */
export function checkDraft(proposal: Proposal, model: GovernanceModel): { nodes: DraftNode[]; problems: DraftProblem[]; warnings: DraftWarning[] } {
  const problems: DraftProblem[] = [];
  const warnings: DraftWarning[] = [];
  const seen = new Set<string>();
  const problem = (path: string, message: string | Localized) => {
    const sv = typeof message === 'string' ? message : message.sv;
    if (seen.has(path + sv)) return;
    seen.add(path + sv);
    problems.push(typeof message === 'string' ? { path, message } : { path, message: sv, localized: message });
  };
  const levelName = (key: string, lang: Lang = 'sv') => (model.levels.find((l) => l.key === key)?.name[lang] ?? key).toLowerCase();
  const carriers = (lang: Lang) => model.levels.filter((l) => l.carriesMeasures).map((l) => l.name[lang].toLowerCase());
  const measureOf = (m: ProposedMeasure, levelKey: string): DraftMeasure => {
    const at = `${m.at.block}:${m.at.row}`;
    if (!model.levels.find((l) => l.key === levelKey)?.carriesMeasures) {
      problem(`measure.${at}`, {
        sv: `Måttet "${m.name}" står under en ${levelName(levelKey)}; mått hänger på ${carriers('sv').join(' och ')}.`,
        da: `Målingen "${m.name}" står under niveauet ${levelName(levelKey, 'da')}; målinger hører til ${carriers('da').join(' og ')}.`,
        en: `The measure "${m.name}" is under a ${levelName(levelKey, 'en')}; measures belong to ${carriers('en').join(' and ')}.`,
      });
    }
    const targets: DraftMeasure['targets'] = [];
    for (const [key, text] of Object.entries(m.targets)) {
      if (/^\d{4}$/u.test(key)) targets.push({ year: Number(key), text });
      else problem(`column.${key}`, `Kolumnen "${key}" är mål utan år. Ange vilket år målet gäller i kolumnvalet.`);
    }
    const values: DraftMeasure['values'] = [];
    for (const [key, text] of Object.entries(m.outcomes)) {
      const period = parsePeriodKey(key) ? key : parseWrittenPeriod(key);
      if (period === null) {
        problem(`column.${key}`, `Kolumnen "${key}" är utfall utan period som går att läsa. Ange perioden (t.ex. 2023) i kolumnvalet.`);
        continue;
      }
      const value = parseQuantity(text)?.value ?? parseNumber(text);
      if (value === null) {
        warnings.push({ path: `cell.${at}`, measure: m.name, period, text, message: `Utfallet "${text}" för "${m.name}" (${key}) är inget tal och sparas inte som värde.` });
        continue;
      }
      values.push({ period, value, text });
    }
    return { measure: m, targets, values, responsible: m.responsible?.trim() || null };
  };
  const walk = (n: ProposedNode, parentLevel: string | null): DraftNode | null => {
    const levelKey = String(n.level);
    if (!model.levels.some((l) => l.key === levelKey)) {
      problem(`kind.${n.kind}`, `Rubriktypen "${n.kind}" (t.ex. "${n.name}") har ingen nivå i styrmodellen. Välj en nivå eller hoppa över den.`);
      return null;
    }
    const placement = checkPlacement(model, levelKey, parentLevel, n.children.map((c) => String(c.level)).filter((k) => model.levels.some((l) => l.key === k)), 0);
    if (placement) {
      problem(`kind.${n.kind}`, {
        sv: `"${n.name}" kan inte vara en ${levelName(levelKey)} ${parentLevel === null ? 'överst' : `under en ${levelName(parentLevel)}`}. Ändra nivåvalet.`,
        da: `"${n.name}" kan ikke være på niveauet ${levelName(levelKey, 'da')} ${parentLevel === null ? 'øverst' : `under niveauet ${levelName(parentLevel, 'da')}`}. Ret niveauvalget.`,
        en: `"${n.name}" cannot be a ${levelName(levelKey, 'en')} ${parentLevel === null ? 'at the top' : `under a ${levelName(parentLevel, 'en')}`}. Change the choice of level.`,
      });
    }
    return {
      levelKey,
      name: n.name,
      description: n.description ?? '',
      children: n.children.map((c) => walk(c, levelKey)).filter((c): c is DraftNode => c !== null),
      measures: n.measures.map((m) => measureOf(m, levelKey)),
      block: n.at.block,
    };
  };
  const nodes = proposal.nodes.map((n) => walk(n, null)).filter((n): n is DraftNode => n !== null);
  for (const m of proposal.measures) problem(`measure.${m.at.block}:${m.at.row}`, `Måttet "${m.name}" står inte under någon rubrik som blir en nivå i planen.`);
  if (nodes.length === 0 && problems.length === 0) problems.push({ path: 'levels', message: 'Förslaget har inga noder. Välj vilka rubriker som är planens nivåer.' });
  return { nodes, problems, warnings };
}
