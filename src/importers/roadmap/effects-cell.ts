import { EFFECT_TAGS, type Effect, type EffectTag } from '../../domain/roadmap/types';
import { cellParagraphs, listItems } from './text';

const TAG_GROUP = /\(\s*((?:inv|sys|vsh)(?:[\s,]+(?:inv|sys|vsh))*)\s*\)/g;

const sortTags = (tags: Iterable<string>): EffectTag[] => EFFECT_TAGS.filter((t) => new Set(tags).has(t));

/**
 * Reads Tabell 1's short-term effects cell: each effect ends with its tags in brackets, "(inv)",
 * "(sys, vsh)", "(sys vsh)"; text without tags becomes untagged effects, one per sentence.
 */
export function readEffectsCell(cell: string): Effect[] {
  const effects: Effect[] = [];
  const untagged = (text: string) => {
    for (const sentence of text.split(/(?<=\.)\s+/)) {
      const t = sentence.replace(/^-\s*/, '').trim();
      if (t) effects.push({ text: t, tags: [] });
    }
  };
  for (const item of cellParagraphs(cell).flatMap(listItems)) {
    let rest = 0;
    for (const match of item.matchAll(TAG_GROUP)) {
      const text = item.slice(rest, match.index).replace(/^-\s*/, '').trim();
      const tags = sortTags(match[1]!.split(/[\s,]+/));
      if (text) effects.push({ text, tags });
      else if (effects.length > 0) effects.at(-1)!.tags = sortTags([...effects.at(-1)!.tags, ...tags]);
      rest = match.index! + match[0].length;
    }
    untagged(item.slice(rest));
  }
  return effects;
}
