import type { Lang } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { ScorecardNode } from '../../../shared/api-types';

export interface NodeOption {
  id: number;
  levelKey: string;
  title: string;
  /** "Framgångsfaktor: Förflyttning mot öppna vårdformer", in the model's words. */
  label: string;
  depth: number;
}

/** Every node of a scorecard tree, depth first, labelled with its level's name in the model. */
export function nodeOptions(nodes: readonly ScorecardNode[], model: GovernanceModel, lang: Lang, depth = 0): NodeOption[] {
  return nodes.flatMap((n) => {
    const level = model.levels.find((l) => l.key === n.levelKey)?.name[lang] ?? n.levelKey;
    return [{ id: n.id, levelKey: n.levelKey, title: n.title, label: `${level}: ${n.title}`, depth }, ...nodeOptions(n.children, model, lang, depth + 1)];
  });
}
