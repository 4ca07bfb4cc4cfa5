import { describe, expect, it } from 'vitest';
import { LANGS, type Localized } from '../i18n/lang';
import { DEFAULT_ROLLUP, type GovernanceModel } from './governance';
import { GOVERNANCE_TEMPLATES, TEMPLATE_KEYS, getTemplate, isTemplateKey } from './templates';

function localizedTexts(model: GovernanceModel): Localized[] {
  return [
    model.name,
    model.assignmentName,
    ...model.levels.flatMap((l) => [l.name, l.plural]),
    ...model.measureKinds.flatMap((k) => [k.name, k.plural, k.decidedBy, ...(k.methodName ? [k.methodName] : [])]),
    ...model.bodies.map((b) => b.name),
  ];
}

describe('governance templates', () => {
  it('has the four built-in templates', () => {
    expect(GOVERNANCE_TEMPLATES.map((t) => t.key)).toEqual(['norrbotten', 'skane-2002', 'midtjylland', 'kaplan-norton']);
    expect([...TEMPLATE_KEYS]).toEqual(GOVERNANCE_TEMPLATES.map((t) => t.key));
  });

  it.each(GOVERNANCE_TEMPLATES.map((t) => [t.key, t] as const))('%s names everything in sv, da and en', (_key, template) => {
    for (const text of localizedTexts(template)) {
      for (const lang of LANGS) expect(text[lang].trim(), JSON.stringify(text)).not.toBe('');
    }
  });

  it.each(GOVERNANCE_TEMPLATES.map((t) => [t.key, t] as const))(
    '%s has unique keys, exactly one measure-carrying level, a targeted kind and the default roll-up',
    (_key, template) => {
      const levelKeys = template.levels.map((l) => l.key);
      expect(new Set(levelKeys).size).toBe(levelKeys.length);
      expect(template.levels.filter((l) => l.carriesMeasures)).toHaveLength(1);
      expect(template.measureKinds.some((k) => k.targeted)).toBe(true);
      expect(template.rollup).toEqual(DEFAULT_ROLLUP);
    },
  );

  it('has exactly the expected levels, top down', () => {
    const levels = (key: string) => getTemplate(key).levels.map((l) => [l.key, l.name.sv, l.carriesMeasures]);
    expect(levels('norrbotten')).toEqual([
      ['perspective', 'Perspektiv', false],
      ['goal', 'Strategiskt mål', false],
      ['success-factor', 'Framgångsfaktor', true],
    ]);
    expect(levels('skane-2002')).toEqual([
      ['perspective', 'Perspektiv', false],
      ['goal', 'Strategiskt mål', false],
      ['success-factor', 'Framgångsfaktor', false],
      ['measurable-goal', 'Mätbart mål', true],
    ]);
    expect(getTemplate('midtjylland').levels.map((l) => [l.key, l.name.da, l.carriesMeasures])).toEqual([
      ['overall-goal', 'Overordnet mål', false],
      ['track', 'Spor', false],
      ['initiative', 'Indsats', true],
    ]);
    expect(getTemplate('kaplan-norton').levels.map((l) => [l.key, l.name.en, l.carriesMeasures])).toEqual([
      ['perspective', 'Perspective', false],
      ['objective', 'Objective', true],
    ]);
  });

  it('gives Norrbotten styrmått decided by the board and kontrollmått decided by the director, as in Bilaga 1', () => {
    const norrbotten = getTemplate('norrbotten');
    expect(norrbotten.levels[0]?.plural.da).toBe('Perspektiver');
    expect(norrbotten.measureKinds.map((k) => [k.key, k.name.sv, k.decidedBy.sv, k.targeted])).toEqual([
      ['styrmatt', 'Styrmått', 'Regionstyrelsen', true],
      ['kontrollmatt', 'Kontrollmått', 'Regiondirektören', false],
    ]);
    expect(norrbotten.assignmentName.sv).toBe('Uppdrag');
    expect(norrbotten.bodies.map((b) => [b.code, b.name.sv])).toEqual([
      ['RS', 'Regionstyrelsen'],
      ['RUN', 'Regionala utvecklingsnämnden'],
      ['PN', 'Patientnämnden'],
      ['RF', 'Regionfullmäktige'],
    ]);
  });

  it('gives Skåne 2002 the measure kind Mätetal with a measurement method, and the others their own kinds', () => {
    const kind = getTemplate('skane-2002').measureKinds[0];
    expect([kind?.key, kind?.name.sv, kind?.methodName?.sv]).toEqual(['matetal', 'Mätetal', 'Mätmetod']);
    expect(getTemplate('midtjylland').measureKinds.map((k) => k.name.da)).toEqual(['Indikator']);
    expect(getTemplate('kaplan-norton').measureKinds.map((k) => k.name.en)).toEqual(['Measure']);
  });

  it('refuses an unknown key instead of guessing', () => {
    expect(() => getTemplate('no-such-template')).toThrow(/Okänd mall för styrmodell "no-such-template"; välj en av: norrbotten, skane-2002/);
    expect(isTemplateKey('midtjylland')).toBe(true);
    expect(isTemplateKey('Norrbotten')).toBe(false);
  });

  it('hands out copies, so adapting a template never changes the built-in one', () => {
    const copy = getTemplate('norrbotten');
    copy.levels[0]!.name.sv = 'Ändrat';
    copy.bodies.push({ code: 'X', name: { sv: 'X', da: 'X', en: 'X' } });
    expect(getTemplate('norrbotten').levels[0]?.name.sv).toBe('Perspektiv');
    expect(GOVERNANCE_TEMPLATES[0]?.bodies).toHaveLength(4);
    expect(Object.isFrozen(GOVERNANCE_TEMPLATES[0]?.levels[0])).toBe(true);
    expect(Object.isFrozen(DEFAULT_ROLLUP)).toBe(false);
  });
});
