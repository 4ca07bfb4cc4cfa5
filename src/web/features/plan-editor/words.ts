import type { Lang } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { DeletionImpact } from '../../../shared/authoring-schemas';
import type { useT } from '../../i18n';
import type { MoveRefusal, PlannedMove } from './moves';

type T = ReturnType<typeof useT>['t'];

/** A level's name as it reads inside a sentence: "strategiskt mål", "framgångsfaktorer". */
export function levelWord(model: GovernanceModel, levelKey: string, lang: Lang, count = 1): string {
  const level = model.levels.find((l) => l.key === levelKey);
  if (!level) return levelKey;
  return (count === 1 ? level.name[lang] : level.plural[lang]).toLocaleLowerCase(lang);
}

/** A level's name as a label: "Strategiskt mål". */
export function levelName(model: GovernanceModel, levelKey: string, lang: Lang): string {
  return model.levels.find((l) => l.key === levelKey)?.name[lang] ?? levelKey;
}

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** "2 framgångsfaktorer, 5 mått och 40 värden": everything a deletion takes, in the model's words. */
export function impactList(impact: DeletionImpact, model: GovernanceModel, lang: Lang, t: T): string {
  const order = (key: string) => model.levels.findIndex((l) => l.key === key);
  const parts = [...impact.nodes]
    .filter((n) => n.count > 0)
    .sort((a, b) => order(a.levelKey) - order(b.levelKey))
    .map((n) => `${n.count} ${levelWord(model, n.levelKey, lang, n.count)}`);
  const counted = (count: number, one: string, other: string) => {
    if (count > 0) parts.push(count === 1 ? one : other);
  };
  counted(impact.measures, t('planEditor.delete.measuresOne'), t('planEditor.delete.measuresOther', { count: impact.measures }));
  counted(impact.values, t('planEditor.delete.valuesOne'), t('planEditor.delete.valuesOther', { count: impact.values }));
  counted(impact.judgements, t('planEditor.delete.judgementsOne'), t('planEditor.delete.judgementsOther', { count: impact.judgements }));
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(parts);
}

/** Why a move cannot be made, in the user's words. */
export function refusalText(refusal: MoveRefusal, title: string, model: GovernanceModel, lang: Lang, t: T): string {
  switch (refusal.code) {
    case 'first':
      return t('planEditor.move.first', { title });
    case 'last':
      return t('planEditor.move.last', { title });
    case 'no-previous':
      return t('planEditor.move.noPrevious', { title });
    case 'top':
      return t('planEditor.move.top', { title });
    case 'same-place':
    case 'not-found':
      return t('planEditor.move.samePlace', { title });
    case 'placement': {
      const p = refusal.problem;
      if (p.code === 'cycle') return t('planEditor.move.cycle');
      if (p.code === 'children-not-below') return t('planEditor.move.children', { title });
      if (p.code === 'level-carries-no-measures') {
        const carriers = model.levels.filter((l) => l.carriesMeasures).map((l) => l.plural[lang].toLocaleLowerCase(lang));
        return t('planEditor.move.measures', { title, levels: new Intl.ListFormat(LOCALES[lang], { type: 'disjunction' }).format(carriers) });
      }
      return t('planEditor.move.placement', { level: levelWord(model, p.levelKey, lang) });
    }
  }
}

/** "«Jämlik vård» är flyttad till plats 2 under «God och jämlik hälsa»." */
export function movedText(move: PlannedMove, title: string, model: GovernanceModel, lang: Lang, t: T): string {
  const position = move.request.position + 1;
  const level = levelWord(model, move.levelKey, lang);
  const changedLevel = move.request.levelKey !== undefined;
  if (move.parent) {
    const parent = move.parent.title;
    return changedLevel ? t('planEditor.move.movedUnderAs', { title, position, parent, level }) : t('planEditor.move.movedUnder', { title, position, parent });
  }
  return changedLevel ? t('planEditor.move.movedTopAs', { title, position, level }) : t('planEditor.move.movedTop', { title, position });
}
