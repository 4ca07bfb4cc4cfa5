import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../domain/model/templates';
import type { ImportedMeasure, ImportedNode, ImportedPlan, ImportIssue } from './imported-plan';
import { parsePlanText, type PlanTextResult } from './parse-plan-text';
import { summarizePlan } from './summary';
import { formatIssue } from './text';

const SEED = readFileSync(
  fileURLToPath(new URL('../../../data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', import.meta.url)),
  'utf8',
);
const SEED_LINES = SEED.split('\n');
const norrbotten = getTemplate('norrbotten');

function planOf(result: PlanTextResult): { plan: ImportedPlan; warnings: ImportIssue[] } {
  if ('errors' in result) throw new Error(`unexpected errors:\n${result.errors.map(formatIssue).join('\n')}`);
  return result;
}
function errorsOf(result: PlanTextResult): ImportIssue[] {
  if (!('errors' in result)) throw new Error('expected errors, got a plan');
  return result.errors;
}
/** The seed with 1-based lines replaced (a string) or removed (null). */
function edited(changes: Record<number, string | null>): string {
  return SEED_LINES.flatMap((line, i) => {
    const change = changes[i + 1];
    if (change === undefined) return [line];
    return change === null ? [] : [change];
  }).join('\n');
}
const cutAfter = (lineCount: number): string => SEED_LINES.slice(0, lineCount).join('\n');

const { plan, warnings } = planOf(parsePlanText(SEED, norrbotten));
const goals = plan.nodes.flatMap((p) => p.children);
const factors = goals.flatMap((g) => g.children);
const measures = factors.flatMap((f) => f.measures);
const measure = (name: string): ImportedMeasure => {
  const found = measures.find((m) => m.name === name);
  if (found === undefined) throw new Error(`no measure ${name}`);
  return found;
};
const factor = (title: string): ImportedNode => {
  const found = factors.find((f) => f.title === title);
  if (found === undefined) throw new Error(`no success factor ${title}`);
  return found;
};

describe('parsePlanText on seed 001 (Region Norrbotten, Regionstyrelsens plan 2022-2024)', () => {
  it('reads the title, plan period, vision and target years', () => {
    expect(plan.title).toBe('Regionstyrelsens plan 2022-2024');
    expect([plan.startYear, plan.endYear]).toEqual([2022, 2024]);
    expect(plan.vision).toBe('Tillsammans för Norrbotten – Bästa livet, bästa hälsan.');
    expect(plan.targetYears).toEqual([2022, 2024]);
  });

  it('finds 5 perspectives, 5 strategic goals, 17 success factors, 58 styrmått and 40 assignments', () => {
    expect(plan.nodes).toHaveLength(5);
    expect(goals).toHaveLength(5);
    expect(factors).toHaveLength(17);
    expect(measures).toHaveLength(58);
    expect(plan.assignments).toHaveLength(40);
  });

  it('keeps the perspective titles as written and maps headings onto the model levels by position', () => {
    expect(plan.nodes.map((p) => p.title)).toEqual([
      'Samhällsperspektivet',
      'Medborgarperspektivet',
      'Verksamhetsperspektivet',
      'Medarbetarperspektivet',
      'Ekonomiperspektivet',
    ]);
    expect(plan.nodes.every((p) => p.levelKey === 'perspective' && p.children.length === 1)).toBe(true);
    expect(goals.every((g) => g.levelKey === 'goal')).toBe(true);
    expect(factors.every((f) => f.levelKey === 'success-factor')).toBe(true);
    expect(measures.every((m) => m.kindKey === 'styrmatt')).toBe(true);
    expect(plan.nodes[0]?.line).toBe(385);
  });

  it('names the five strategic goals', () => {
    expect(goals.map((g) => g.title)).toEqual([
      'Ett livskraftigt län',
      'Trygg norrbottning med god livskvalitet',
      'God, nära och samordnad vård',
      'Hållbar kompetensförsörjning',
      'Långsiktigt hållbar ekonomi',
    ]);
  });

  it('lists all 17 success factors in order with their measure counts', () => {
    expect(factors.map((f) => [f.title, f.measures.length])).toEqual([
      ['Attraktiva livsmiljöer finns i hela Norrbotten', 3],
      ['Beslut på nationell och EU nivå ska vara gynnsamma för länet och organisationen', 1],
      ['En god vård med hög tillgänglighet och kontinuitet', 12],
      ['Jämlik och jämställd hälsa genom främjande och förebyggande åtgärder', 4],
      ['Kvinnor, män, flickor och pojkar är delaktiga i samhällets utveckling', 1],
      ['Förflyttning mot öppna vårdformer', 2],
      ['Den nära vården utformas med primärvården som nav', 3],
      ['Ett hälsofrämjande och personcentrerat förhållningssätt där patientens kraft tas till vara', 2],
      ['En sammanhållen och samordnad vård utifrån individens behov', 4],
      ['Verksamheterna använder bästa tillgängliga kunskap', 3],
      ['En hållbar verksamhet med hög säkerhet', 3],
      ['Tillgänglig och rätt använd kompetens', 3],
      ['Ledarskap och medarbetarskap som främjar förbättring och förnyelse', 2],
      ['Hållbar arbetsmiljö', 2],
      ['Ansvarsfullt chefs och medarbetarskap', 4],
      ['Verksamheten håller sina ekonomiska ramar', 3],
      ['Kostnadseffektiv verksamhet', 6],
    ]);
  });

  it('keeps every description paragraph between heading and table, and no footnote definitions', () => {
    const first = factor('Attraktiva livsmiljöer finns i hela Norrbotten').description.split('\n\n');
    expect(first).toHaveLength(3);
    expect(first[0]).toMatch(/^Regionen arbetar aktivt och medskapande/);
    expect(first[2]).toBe(
      'I länet finns i nuläget 8 filialer och 11 servicepunkter. Utformade utifrån lokala förutsättningar är de en viktig del i utvecklingen av en god, nära och jämlik vård i länet.',
    );
    expect(factor('En hållbar verksamhet med hög säkerhet').description.split('\n\n')).toHaveLength(6);
    // ¹⁰ is defined between two paragraphs of this success factor's text.
    const knowledge = factor('Verksamheterna använder bästa tillgängliga kunskap').description;
    expect(knowledge.split('\n\n')).toHaveLength(2);
    expect(knowledge).not.toContain('Resultatet tertial 2');
    expect(factors.every((f) => !/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(f.description))).toBe(true);
  });

  it('mends paragraphs split by a page break', () => {
    expect(factor('En sammanhållen och samordnad vård utifrån individens behov').description).toContain(
      'tillgodoses på bästa sätt. Den sömlösa vården förutsätter god samverkan',
    );
  });

  it('puts the long-term goals in longTermGoals, not in a description', () => {
    const trygg = goals[1];
    expect(trygg?.longTermGoals).toBe(
      'Långsiktiga mål är ökad medellivslängd och självskattad hälsa samt minskad skillnad mellan kommuner med lägst respektive högst värde.',
    );
    expect(trygg?.description).toBe('');
    expect(goals.filter((g) => g.longTermGoals !== '')).toHaveLength(1);
  });

  it('takes goal bodies from the risk table where given, else the plan owner RS', () => {
    expect(goals.map((g) => g.bodies)).toEqual([['RS', 'RUN'], ['RS'], ['RS'], ['RS'], ['RS', 'RUN', 'PN']]);
  });

  it('gives success factors handled in the RUN plan the body RUN, the others RS', () => {
    const run = factors.filter((f) => f.bodies.join() === 'RUN').map((f) => f.title);
    expect(run).toEqual([
      'Beslut på nationell och EU nivå ska vara gynnsamma för länet och organisationen',
      'Kvinnor, män, flickor och pojkar är delaktiga i samhällets utveckling',
    ]);
    expect(factors.filter((f) => f.bodies.join() === 'RS')).toHaveLength(15);
  });

  it('attaches each footnote to the measure whose name or baseline carries its mark', () => {
    const withNotes = measures.filter((m) => m.footnotes.length > 0).map((m) => [m.name, m.footnotes.map((f) => f.mark)]);
    expect(withNotes).toEqual([
      ['Andel digitala vårdbesök, nybesök respektive återbesök av totala besök', ['3']],
      ['Andel patienter som får kontakt med hälsocentralen via telefon inom 4 timmar eller digitalt samma dag', ['4']],
      ['Andel medicinsk bedömning av legitimerad personal i primärvård inom 3 dagar', ['5']],
      [
        'Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare till första besök i specialiserad vård',
        ['6'],
      ],
      [
        'Andel patienter 18 år och äldre som besökt primärvården och som fått rådgivande/kvalificerat rådgivande samtal på grund av ohälsosamma levnadsvanor.',
        ['7'],
      ],
      ['Antal kommuner med medborgardialoger', ['8']],
      ['Andel digitala vårdbesök, av totalt antal besök (Ny- och återbesök)', ['9']],
      ['Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)', ['10']],
      ['Kostnadsandel öppenvård av totalkostnad enligt KPP (inner- och ytterfall)', ['11']],
    ]);
    expect(measure('Andel digitala vårdbesök, nybesök respektive återbesök av totala besök').footnotes).toEqual([
      { mark: '3', text: 'Uppdelat på primärvård, somatisk vård och psykiatrisk vård i uppföljningen' },
    ]);
    // ⁸ is defined only after the next success factor's table.
    expect(measure('Antal kommuner med medborgardialoger').footnotes[0]?.text).toBe(
      'Dialoger genomförda av uppdragsberedning och sjukvårdsberedning',
    );
    const readmissions = measure('Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)');
    expect(readmissions.baselineText).toBe('2019: K 16,9 % M 18,0 %');
    expect(readmissions.footnotes).toEqual([{ mark: '10', text: 'Resultatet tertial 2 2020 var K 17,1 % och M 17,9 % 2' }]);
    expect(measures.every((m) => !/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(m.name + m.baselineText))).toBe(true);
  });

  it('keeps cell texts verbatim, skipping the arrow column', () => {
    expect(measure('Andel vårdskador, sluten somatisk vård')).toEqual({
      kindKey: 'styrmatt',
      name: 'Andel vårdskador, sluten somatisk vård',
      baselineText: '2019: 7,0 %',
      targets: [
        { year: 2022, text: 'Under 6,5 %' },
        { year: 2024, text: 'Under 5 %' },
      ],
      source: 'Markörbaserad journalgranskning',
      periodsText: 'DÅ 08, ÅR',
      footnotes: [],
      line: 559,
    });
    expect(readmissionTargets()).toEqual(['K 16,0 M 17,2', 'K15,0 M15,5']);
    const pensions = measure('Avsättning till pensioner inkl ansvarsförbindelse och löneskatt, konsolideringsgrad');
    expect([pensions.baselineText, ...pensions.targets.map((t) => t.text), pensions.source, pensions.periodsText]).toEqual([
      'Årsprognos aug 2020, 55 %',
      'DÅ 04: 56 % DÅ 08: 57 % ÅR: 58 %',
      'DÅ 04: 65 % DÅ 08: 66 % ÅR: 67 %',
      'Ekonomi o planering',
      'DÅ 04,08, ÅR',
    ]);
    const falls = measure('Vårdrelaterade fallskador hos äldre');
    expect(falls.targets).toEqual([
      { year: 2022, text: 'Minska med 50 % jmf 2020' },
      { year: 2024, text: '' },
    ]);
    expect(measure('Totalindex i mätningen Hållbart medarbetarengagemang (HME)').baselineText).toBe('78?');
    expect(measure('Kostnad för ytterfall').source).toBe('');
    expect(measures[0]).toMatchObject({
      name: 'Antal besök på filialer och servicepunkter',
      baselineText: '2021',
      targets: [
        { year: 2022, text: 'Öka' },
        { year: 2024, text: 'Öka' },
      ],
      source: 'Datalager',
      periodsText: 'DÅ 04,08 ÅR',
      line: 400,
    });
  });

  it('reads the assignments with their bodies, keeping the one cut off in the source with a warning', () => {
    expect(plan.assignments[0]).toEqual({
      text: 'Färdigställa den år 2019 påbörjade omställningen för en ekonomi i balans. En kontinuerlig process som innebär såväl kostnadsminskningar som intäktsökningar.',
      bodies: ['RS', 'RUN'],
      line: 114,
    });
    expect(plan.assignments.at(-1)).toEqual({
      text: 'Undersöka möjligheterna till en samordnad obesitasvård i Norrbotten.',
      bodies: ['RS'],
      line: 154,
    });
    const cut = plan.assignments.filter((a) => a.bodies.length === 0);
    expect(cut).toHaveLength(1);
    expect(cut[0]?.line).toBe(153);
    expect(cut[0]?.text).toMatch(/planera för genomförandet av Kiruna nya$/);
    expect(plan.assignments.find((a) => a.line === 136)?.text).toBe(
      'Undersöka möjligheten för Region Norrbotten att ansluta sig till Organiserad prostatacancer-testning (OPT).',
    );
    expect(plan.assignments.filter((a) => a.bodies.includes('RUN'))).toHaveLength(8);
    expect(warnings.map((w) => w.line)).toEqual([153]);
  });

  it('summarises the plan in the model’s own words', () => {
    expect(summarizePlan(plan, norrbotten, 'sv').slice(0, 5)).toEqual([
      'Perspektiv: 5',
      'Strategiskt mål: 5',
      'Framgångsfaktor: 17',
      'Styrmått: 58',
      'Uppdrag: 40',
    ]);
    expect(summarizePlan(plan, norrbotten, 'en').slice(0, 5)).toEqual([
      'Perspective: 5',
      'Strategic goal: 5',
      'Success factor: 17',
      'Steering measure: 58',
      'Assignment: 40',
    ]);
  });

  it('gives the same result for CRLF line endings', () => {
    const crlf = planOf(parsePlanText(SEED.replace(/\n/g, '\r\n'), norrbotten));
    expect(crlf.plan).toEqual(plan);
  });
});

function readmissionTargets(): string[] {
  return measure('Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)').targets.map((t) => t.text);
}

describe('parsePlanText refuses truncated and garbled files', () => {
  const PLAN_FIRST_LINE = 385; // Samhällsperspektivet
  const PLAN_LAST_LINE = 641; // the line before "Bilaga 1: Styrmått och kontrollmått"

  it('gives errors, never a smaller plan, when the seed is cut after any line of the plan part', () => {
    for (let n = PLAN_FIRST_LINE; n <= PLAN_LAST_LINE; n += 1) {
      const result = parsePlanText(cutAfter(n), norrbotten);
      expect('errors' in result, `cut after line ${n}`).toBe(true);
    }
  });

  it('gives errors when the seed is cut in the middle of any line of the plan part', () => {
    for (let n = PLAN_FIRST_LINE; n <= PLAN_LAST_LINE + 1; n += 1) {
      const lines = SEED_LINES.slice(0, n);
      const last = lines[n - 1] ?? '';
      if (last.trim().length < 2) continue;
      lines[n - 1] = last.slice(0, Math.floor(last.length / 2));
      expect('errors' in parsePlanText(lines.join('\n'), norrbotten), `cut inside line ${n}`).toBe(true);
    }
  });

  it('names the missing headings from the table of contents and where the file stops', () => {
    const errors = errorsOf(parsePlanText(cutAfter(560), norrbotten));
    expect(errors[0]).toEqual({
      line: 50,
      message: 'Perspektivet "Medarbetarperspektivet" finns i innehållsförteckningen men saknas i texten; filen kan vara avkortad',
    });
    expect(errors.filter((e) => /finns i innehållsförteckningen men saknas/.test(e.message)).map((e) => e.line)).toEqual([
      50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
    ]);
    expect(errors.at(-1)).toEqual({
      line: 560,
      message:
        'Filen tar slut inne i planavsnittet: rubriken "Bilaga 1: Styrmått och kontrollmått", som enligt innehållsförteckningen följer efter planen, saknas',
    });
  });

  it('reports a row cut in the middle with its line and column count', () => {
    const errors = errorsOf(parsePlanText(`${cutAfter(558)}\nAndel vårdskador, sluten somatisk vård\t2019: 7,0 %\tUnder 6,5 %`, norrbotten));
    expect(errors).toContainEqual({ line: 559, message: 'Styrmåttsraden har 3 kolumner, 7 väntades' });
    expect(formatIssue({ line: 559, message: 'Styrmåttsraden har 3 kolumner, 7 väntades' })).toBe(
      'Rad 559: Styrmåttsraden har 3 kolumner, 7 väntades',
    );
  });

  it('fails the whole file on a row with a wrong number of columns', () => {
    const garbled = (SEED_LINES[429] ?? '').replace('\t43 000\t', '\t43 000 ');
    expect(errorsOf(parsePlanText(edited({ 430: garbled }), norrbotten))).toEqual([
      { line: 430, message: 'Styrmåttsraden har 6 kolumner, 7 väntades' },
    ]);
  });

  it('fails on a footnote mark that is never defined, even when its definition would come after a later table', () => {
    expect(errorsOf(parsePlanText(edited({ 490: null }), norrbotten))).toEqual([
      { line: 474, message: 'Fotnot ⁸ används men definieras aldrig (filen kan vara avkortad)' },
    ]);
    expect(errorsOf(parsePlanText(edited({ 535: null }), norrbotten))).toEqual([
      { line: 528, message: 'Fotnot ¹⁰ används men definieras aldrig (filen kan vara avkortad)' },
    ]);
  });

  it('fails on a footnote defined twice', () => {
    const errors = errorsOf(parsePlanText(edited({ 445: '⁴ Uppdelning i kön saknas\n\n⁴ Något annat' }), norrbotten));
    expect(errors).toEqual([
      { line: 447, message: 'Fotnot ⁴ definieras två gånger (även på rad 445); det går inte att avgöra vilken som gäller' },
    ]);
  });

  it('fails on a success factor listed in the table of contents but missing from the text', () => {
    const errors = errorsOf(parsePlanText(edited({ 494: null }), norrbotten));
    expect(errors).toEqual([
      {
        line: 45,
        message:
          'Framgångsfaktorn "Den nära vården utformas med primärvården som nav" finns i innehållsförteckningen men saknas i texten; filen kan vara avkortad',
      },
    ]);
  });

  it('fails on a goal before any perspective', () => {
    const errors = errorsOf(parsePlanText(edited({ 385: null }), norrbotten));
    expect(errors).toContainEqual({
      line: 386,
      message: 'Det strategiska målet "Ett livskraftigt län" står före första perspektivet',
    });
    expect(errors).toContainEqual(expect.objectContaining({ line: 32 }));
  });

  it('fails on a success factor before any goal', () => {
    const errors = errorsOf(parsePlanText(edited({ 387: 'Ett livskraftigt län' }), norrbotten));
    expect(errors).toContainEqual({
      line: 391,
      message: 'Framgångsfaktorn "Attraktiva livsmiljöer finns i hela Norrbotten" står före första strategiska målet',
    });
  });

  it('fails on a measure table before any success factor', () => {
    const errors = errorsOf(parsePlanText(edited({ 391: 'Attraktiva livsmiljöer finns i hela Norrbotten' }), norrbotten));
    expect(errors).toContainEqual({ line: 399, message: 'Tabellen "Styrmått" står före första framgångsfaktorn' });
  });

  it('fails on a file without a title, without a plan period or without a plan part', () => {
    expect(errorsOf(parsePlanText('', norrbotten))).toEqual([{ line: 1, message: 'Filen är tom: titeln på första raden saknas' }]);
    expect(errorsOf(parsePlanText(' \n\n', norrbotten))[0]?.message).toMatch(/titeln/);
    expect(errorsOf(parsePlanText(edited({ 3: 'Regionstyrelsens plan' }), norrbotten))).toEqual([
      { line: 3, message: 'Titeln "Regionstyrelsens plan" anger ingen planperiod, t.ex. "2022-2024"' },
    ]);
    expect(errorsOf(parsePlanText(cutAfter(300), norrbotten))).toEqual([
      {
        line: 300,
        message: 'Filen har inget planavsnitt: rubriker som "…perspektivet", "Strategiskt mål:" och "Framgångsfaktor:" saknas',
      },
    ]);
  });

  it('fails on a plan without measures and on a model with too few levels', () => {
    const noTables = [
      'Regionstyrelsens plan 2022-2024',
      '',
      'Samhällsperspektivet',
      '',
      'Strategiskt mål: Ett livskraftigt län',
      '',
      'Framgångsfaktor: Attraktiva livsmiljöer finns i hela Norrbotten',
      '',
      'Text.',
    ].join('\n');
    expect(errorsOf(parsePlanText(noTables, norrbotten))).toEqual([
      { line: 3, message: 'Planavsnittet innehåller inga mått (tabeller med kolumnerna "Ingångsvärde" och "Mål <år>")' },
    ]);
    expect(errorsOf(parsePlanText(SEED, getTemplate('kaplan-norton')))[0]?.message).toMatch(/har 2 nivåer/);
  });
});

describe('parsePlanText with other governance models', () => {
  it('reads the seed structurally with the skane-2002 model, using that model’s level and kind keys', () => {
    const skane = getTemplate('skane-2002');
    const result = planOf(parsePlanText(SEED, skane));
    const skaneGoals = result.plan.nodes.flatMap((p) => p.children);
    const skaneFactors = skaneGoals.flatMap((g) => g.children);
    expect(result.plan.nodes.map((n) => n.levelKey)).toEqual(Array(5).fill('perspective'));
    expect(skaneFactors.map((f) => f.levelKey)).toEqual(Array(17).fill('success-factor'));
    expect(skaneFactors.flatMap((f) => f.measures).every((m) => m.kindKey === 'matetal')).toBe(true);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ line: 399, message: expect.stringMatching(/nivån "Mätbart mål" måtten/) }),
    );
    expect(summarizePlan(result.plan, skane, 'sv').slice(0, 6)).toEqual([
      'Perspektiv: 5',
      'Strategiskt mål: 5',
      'Framgångsfaktor: 17',
      'Mätbart mål: 0',
      'Mätetal: 58',
      'Uppdrag: 40',
    ]);
  });

  it('reads the seed with the midtjylland model under its Danish level names', () => {
    const midt = getTemplate('midtjylland');
    const result = planOf(parsePlanText(SEED, midt));
    expect(summarizePlan(result.plan, midt, 'da').slice(0, 5)).toEqual([
      'Overordnet mål: 5',
      'Spor: 5',
      'Indsats: 17',
      'Indikator: 58',
      'Opgave: 40',
    ]);
  });

  it('reads a small plan without a table of contents, with a warning that completeness cannot be checked', () => {
    const small = [
      'Divisionens plan 2023-2025',
      '',
      'Vision',
      '',
      'Bästa vården.',
      '',
      'Ekonomiperspektivet',
      '',
      'Strategiskt mål: Hållbar ekonomi',
      '',
      'Framgångsfaktor: Budget i balans',
      '',
      'Första stycket.',
      '',
      'Styrmått\tIngångsvärde\tMål 2023\tMål 2025\tKälla\tPeriod',
      'Resultat¹\t2022: 0\t0,0\t1,0\tDatalager\tÅR',
      '',
      '¹ Exklusive engångsposter',
    ].join('\n');
    const result = planOf(parsePlanText(small, norrbotten));
    expect(result.plan.vision).toBe('Bästa vården.');
    expect(result.plan.targetYears).toEqual([2023, 2025]);
    const only = result.plan.nodes[0]?.children[0]?.children[0]?.measures[0];
    expect(only?.name).toBe('Resultat');
    expect(only?.footnotes).toEqual([{ mark: '1', text: 'Exklusive engångsposter' }]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Innehållsförteckning saknas; att filen är komplett kan inte kontrolleras',
      'Titeln "Divisionens plan 2023-2025" nämner inget organ i styrmodellen; mål och framgångsfaktorer får inga ansvariga organ',
    ]);
  });
});
