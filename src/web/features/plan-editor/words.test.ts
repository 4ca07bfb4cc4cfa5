import { beforeAll, describe, expect, it } from 'vitest';
import { getTemplate } from '../../../domain/model/templates';
import { loadLang, translate } from '../../i18n';
import type { Lang } from '../../../domain/i18n/lang';
import { impactList } from './words';

/** The translation function useT() gives, for one language, outside React. */
const loose = translate as (lang: Lang, key: string, vars?: Record<string, string | number>) => string;
const tIn = (lang: Lang) => ((key: string, vars?: Record<string, string | number>) => loose(lang, key, vars)) as Parameters<typeof impactList>[3];

const norrbotten = getTemplate('norrbotten');
const midtjylland = getTemplate('midtjylland');
const impact = { nodes: [{ levelKey: 'success-factor', count: 2 }, { levelKey: 'goal', count: 1 }], measures: 5, values: 40, judgements: 1 };

// Dictionaries are loaded one at a time in the app; these tests read all three.
beforeAll(async () => {
  await Promise.all((['sv', 'da', 'en'] as const).map(loadLang));
});

describe('impactList', () => {
  it('says what a deletion takes in the model’s words, levels top-down, with the language’s list', () => {
    expect(impactList(impact, norrbotten, 'sv', tIn('sv'))).toBe('1 strategiskt mål, 2 framgångsfaktorer, 5 mått, 40 värden och 1 bedömning');
    expect(impactList({ nodes: [{ levelKey: 'goal', count: 1 }], measures: 1, values: 0, judgements: 0 }, norrbotten, 'en', tIn('en'))).toBe('1 strategic goal and 1 measure');
  });

  it('uses the level names of another model and language', () => {
    const tracks = { nodes: [{ levelKey: 'initiative', count: 3 }, { levelKey: 'track', count: 1 }], measures: 2, values: 0, judgements: 0 };
    expect(impactList(tracks, midtjylland, 'da', tIn('da'))).toBe('1 spor, 3 indsatser og 2 indikatorer');
  });
});
