import type { Lang } from '../i18n/lang';
import type { GovernanceModel } from '../model/governance';
import { announcedCount } from './count-banner';
import { endingPhrase, type LevelWords, leadingLabel, levelWords } from './level-words';
import type { Proposal, ProposedNode } from './proposal';

/**
 * Names the levels of the nodes a proposal left as depth numbers, by the model the document is
 * read under: first by the document's own words — a heading's label ("Spor 2", "Målområde:",
 * "Indsats") names its level; a heading that announces its items ("Overordnede mål", "8 nye
 * nationale mål", "Fem spor", "Indsatser:") names theirs — then by depth below the nearest
 * named node. A level already chosen (the user's mapping) stays. A node no level of the model
 * fits (deeper than the model, or a heading that only groups the model's top level) keeps its
 * depth number: nothing is guessed outside the model. Pure.
 */
export function nameLevels(proposal: Proposal, model: GovernanceModel): Proposal {
  const words = model.levels.map(levelWords);
  const keyIndex = (key: string) => model.levels.findIndex((l) => l.key === key);
  // Levels the document names with its own labels ("Spor 1") are theirs: an unlabelled node is not put on one by depth.
  const labelled = new Set<number>();
  const collect = (n: ProposedNode) => {
    const w = wordLevel(n, words, -1);
    if (w !== null) labelled.add(w);
    n.children.forEach(collect);
  };
  proposal.nodes.forEach(collect);

  const name = (n: ProposedNode, parent: number, announced: number | null): ProposedNode => {
    let own: number | null;
    if (typeof n.level === 'string') own = keyIndex(n.level) >= 0 ? keyIndex(n.level) : null;
    else own = wordLevel(n, words, parent) ?? (announced !== null && announced > parent ? announced : null) ?? byDepth(n, model, words, parent, labelled);
    const below = own ?? parent;
    const announces = n.children.length > 0 ? announcedLevel(n.name, words, below) : null;
    return {
      ...n,
      level: typeof n.level === 'string' || own === null ? n.level : model.levels[own]!.key,
      children: n.children.map((c) => name(c, below, announces)),
    };
  };
  return { ...proposal, nodes: proposal.nodes.map((n) => name(n, -1, null)) };
}

/** The label word of a heading kind: `label Spor` → "spor". */
const labelWord = (kind: string) => (kind.startsWith('label ') ? kind.slice('label '.length).trim().toLowerCase() : null);

/**
 * The first level below `parent` that the heading's label names — its kind's label word
 * (`label Spor`) or the words it opens with ("Målområde: Hälsa", "Mål 2 – …") — the model's own
 * names first, then their groups' words.
 */
function wordLevel(n: ProposedNode, words: LevelWords[], parent: number): number | null {
  const word = labelWord(n.kind);
  const names = (w: Set<string>) => (word !== null ? w.has(word) : leadingLabel(n.name, w) !== null);
  const first = (set: 'own' | 'all') => words.findIndex((w, i) => i > parent && names(w[set]));
  const exact = first('own');
  if (exact >= 0) return exact;
  const group = first('all');
  return group >= 0 ? group : null;
}

/** A heading's words without a closing remark in brackets or a colon: "Overordnede mål (udtrykt i …):" → "Overordnede mål". */
const headingCore = (text: string) => text.replace(/\s*\([^)]*\)\s*$/u, '').replace(/[\s:.–—-]+$/u, '');

/**
 * The level a heading announces its items on: it ends with a level's plural ("Overordnede mål",
 * "Indsatser") or counts them ("8 nye nationale mål", "Fem spor"). Only levels below `parent`.
 */
function announcedLevel(heading: string, words: LevelWords[], parent: number): number | null {
  const core = headingCore(heading);
  const counted = announcedCount(core) !== null;
  let best: { level: number; length: number } | null = null;
  for (const [i, w] of words.entries()) {
    if (i <= parent) continue;
    const phrase = endingPhrase(core, counted ? w.all : w.plural);
    if (phrase !== null && (best === null || phrase.length > best.length)) best = { level: i, length: phrase.length };
  }
  return best?.level ?? null;
}

/**
 * The level right below the parent; a node that holds measures and no children goes to the first
 * level below that carries measures. Null — the node keeps its depth number — where that level is
 * one the document labels ("Spor 1" …) and this node is not so labelled, where the heading only
 * groups items of that level ("8 nye nationale mål"), or below the model's last level.
 */
function byDepth(n: ProposedNode, model: GovernanceModel, words: LevelWords[], parent: number, labelled: Set<number>): number | null {
  let next = parent + 1;
  if (next >= model.levels.length) return null;
  if (n.children.length > 0 && announcedLevel(n.name, words, parent) === next) return null;
  if (n.measures.length > 0 && n.children.length === 0 && !model.levels[next]!.carriesMeasures) {
    const carrier = model.levels.findIndex((l, i) => i > parent && l.carriesMeasures);
    if (carrier >= 0) next = carrier;
  }
  return labelled.has(next) ? null : next;
}

/**
 * The model among `models` whose level words the document's headings use, where one clearly does:
 * the most of its levels named (each text counted for the models that name it with the longest
 * words: "Overordnede mål" is Midtjylland's, not any model's "mål"), at least two, and more than any
 * other model, or as many but a larger share of its levels; or one level whose words no other model
 * has ("Spor"). Otherwise null: the levels stay numbers.
 */
export function matchModel(proposal: Proposal, models: readonly GovernanceModel[]): GovernanceModel | null {
  const vocab = models.map((m) => m.levels.map(levelWords));
  const found = models.map(() => new Set<number>());
  const texts: ((w: Set<string>) => string | null)[] = [];
  const walk = (n: ProposedNode) => {
    const label = labelWord(n.kind);
    // A label names its own level; a heading over items may name theirs by how it ends.
    if (label !== null) texts.push((w) => (w.has(label) ? label : null));
    else texts.push((w) => leadingLabel(n.name, w));
    if (n.children.length > 0) texts.push((w) => endingPhrase(headingCore(n.name), w));
    n.children.forEach(walk);
  };
  proposal.nodes.forEach(walk);
  for (const phraseIn of texts) {
    const hits: { model: number; level: number; length: number }[] = [];
    for (const [m, levels] of vocab.entries()) {
      for (const [i, w] of levels.entries()) {
        const phrase = phraseIn(w.all);
        if (phrase !== null) hits.push({ model: m, level: i, length: phrase.length });
      }
    }
    const longest = Math.max(0, ...hits.map((h) => h.length));
    for (const h of hits) if (h.length === longest) found[h.model]!.add(h.level);
  }
  const ranked = models
    .map((m, i) => ({ model: m, count: found[i]!.size, share: found[i]!.size / Math.max(1, m.levels.length) }))
    .sort((a, b) => b.count - a.count || b.share - a.share);
  const [best, second] = ranked;
  if (best === undefined || best.count === 0) return null;
  // One level's words are a clear sign only when no other model has them ("Spor" is Midtjylland's; "Mål" is everyone's).
  if (best.count === 1) return second === undefined || second.count === 0 ? best.model : null;
  if (second !== undefined && second.count === best.count && second.share === best.share) return null;
  return best.model;
}

/** The language a document's headings are written in, by its letters: æ/ø Danish, ä/ö Swedish; Swedish when neither tells. */
export function headingLanguage(proposal: Proposal): Lang {
  let da = 0;
  let sv = 0;
  const walk = (n: ProposedNode) => {
    da += (n.name.match(/[æøÆØ]/gu) ?? []).length;
    sv += (n.name.match(/[äöÄÖ]/gu) ?? []).length;
    n.children.forEach(walk);
  };
  proposal.nodes.forEach(walk);
  if (proposal.title) {
    da += (proposal.title.match(/[æøÆØ]/gu) ?? []).length;
    sv += (proposal.title.match(/[äöÄÖ]/gu) ?? []).length;
  }
  return da > sv ? 'da' : 'sv';
}

/** The proposal with each level key replaced by the level's name in `lang` ("track" → "Spor"), for people reading the JSON. */
export function withLevelNames(proposal: Proposal, model: GovernanceModel, lang: Lang): Proposal {
  const rename = (n: ProposedNode): ProposedNode => ({
    ...n,
    level: typeof n.level === 'string' ? (model.levels.find((l) => l.key === n.level)?.name[lang] ?? n.level) : n.level,
    children: n.children.map(rename),
  });
  return { ...proposal, nodes: proposal.nodes.map(rename) };
}
