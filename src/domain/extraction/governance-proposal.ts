import { type Block, blockText } from './blocks';

/**
 * A governance model proposed from a document that describes one, as Region Skåne's 2002 slides
 * do ("Vision - vår ledstjärna … Perspektiv: Hälsa Kund … Strategiska mål: Hur ska vi …?"):
 * each term with its explanation, sorted into the plan's statements (vision, mission), the tree's
 * levels in order, the measure kind and the action plan. Terms and explanations are verbatim.
 */
export interface ProposedModelTerm {
  term: string;
  text: string;
}
export interface ProposedGovernanceModel {
  /** The heading the model was found under. */
  name: string | null;
  statements: ProposedModelTerm[];
  levels: (ProposedModelTerm & { carriesMeasures: boolean })[];
  measureKind: ProposedModelTerm | null;
  actions: ProposedModelTerm | null;
  /** The members a level lists ("Perspektiv: Hälsa Kund Process …"), where one is all capitalised words. */
  starters: { level: string; names: string[] }[];
}

// A term: a capitalised word, maybe followed by lower-case words or "&", before ":" or " - ".
const TERM = /(\p{Lu}[\p{Ll}é]+(?:\s+(?:&\s+)?\p{Ll}+)*)\s*(?::|\s[-–]\s)/gu;
const TERM_START = new RegExp(TERM.source, 'u');
const STATEMENT = /^(vision|verksamhetsidé|mission|uppdrag|värdegrund|värderingar|vision og mission)$/iu;
const MEASURE = /(mått|mätetal|indikator|nyckeltal|nøgletal|measure)/iu;
const ACTION = /(handlingsplan|aktivitet|åtgärd|handleplan|action)/iu;

function termsIn(text: string): ProposedModelTerm[] {
  const found = [...text.matchAll(TERM)];
  return found.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = found[i + 1]?.index ?? text.length;
    return { term: m[1] ?? '', text: text.slice(start, end).trim() };
  });
}

export function proposeGovernanceModel(blocks: Block[]): ProposedGovernanceModel | null {
  let best: { at: number; terms: ProposedModelTerm[]; lead: string } | null = null;
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    const text = blockText(b);
    const terms = termsIn(text);
    const lead = text.slice(0, text.search(TERM_START)).trim();
    if (terms.length >= 4 && (best === null || terms.length > best.terms.length)) best = { at: i, terms, lead };
  }
  if (best === null) return null;
  // The model's name: the text before its first term ("6 Modell för Balanserad styrning Vision - …"), else the block above.
  const before = blocks[best.at - 1];
  const above = before && (before.kind === 'heading' || before.kind === 'paragraph') && before.text.length <= 120 ? before.text : '';
  const name = (best.lead || above).replace(/^\d+\s+/u, '') || null;
  const statements = best.terms.filter((t) => STATEMENT.test(t.term));
  const measureKind = best.terms.find((t) => MEASURE.test(t.term)) ?? null;
  const actions = best.terms.find((t) => ACTION.test(t.term)) ?? null;
  const levelTerms = best.terms.filter((t) => !statements.includes(t) && t !== measureKind && t !== actions);
  const levels = levelTerms.map((t, i) => ({ ...t, carriesMeasures: i === levelTerms.length - 1 }));
  const starters = levels
    .filter((l) => l.text !== '' && !/[?.]/u.test(l.text) && l.text.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w)))
    .map((l) => ({ level: l.term, names: l.text.split(/\s+/u) }));
  // A level that only lists its members has no question of its own.
  for (const l of levels) if (starters.some((s) => s.level === l.term)) l.text = '';
  return { name, statements, levels, measureKind, actions, starters };
}
