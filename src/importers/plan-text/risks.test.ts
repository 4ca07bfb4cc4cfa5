import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../domain/model/templates';
import type { ImportIssue } from './imported-plan';
import { parsePlanText } from './parse-plan-text';
import type { ImportedRiskAssessment } from './risks';

const SEED = readFileSync(fileURLToPath(new URL('../../../data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', import.meta.url)), 'utf8');
const LINES = SEED.split('\n');
const norrbotten = getTemplate('norrbotten');

/** The seed with a 1-based line changed by a function of its text. */
const withLine = (lineNo: number, change: (line: string) => string): string =>
  LINES.map((l, i) => (i === lineNo - 1 ? change(l) : l)).join('\n');
/** The seed line's cells with cell `i` replaced. */
const withCell = (lineNo: number, cell: number, value: string): string =>
  withLine(lineNo, (l) => l.split('\t').map((c, i) => (i === cell ? value : c)).join('\t'));

function parsed(text: string): { risks: ImportedRiskAssessment[]; warnings: ImportIssue[] } {
  const result = parsePlanText(text, norrbotten);
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return { risks: result.plan.risks, warnings: result.warnings };
}
function errorsOf(text: string): ImportIssue[] {
  const result = parsePlanText(text, norrbotten);
  if (!('errors' in result)) throw new Error('expected errors');
  return result.errors;
}

const { risks, warnings } = parsed(SEED);

describe('the risk assessment of seed 001 (Bilaga 5)', () => {
  it('reads all 16 rows; there is no row 5, and that is said', () => {
    expect(risks).toHaveLength(16);
    expect(risks.map((r) => r.number)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(warnings).toContainEqual({ line: 783, message: 'Riskbedömningen har ingen rad Nr 5; numreringen hoppar från 4 till 6' });
  });

  it('reads consequence × probability = risk of every row, inferring the probability where only consequence and risk are given', () => {
    expect(risks.map((r) => [r.number, r.consequence, r.probability, r.risk, r.probabilityInferred])).toEqual([
      [1, 3, 2, 6, true],
      [2, 3, 2, 6, true],
      [3, 3, 4, 12, true],
      [4, 3, 3, 9, true],
      [6, 2, 2, 4, true],
      [7, 3, 3, 9, false],
      [8, 3, 2, 6, false],
      [9, 3, 3, 9, false],
      [10, 3, 2, 6, false],
      [11, 3, 2, 6, false],
      [12, 3, 4, 12, false],
      [13, 3, 3, 9, false],
      [14, 3, 3, 9, false],
      [15, 3, 4, 12, false],
      [16, 4, 2, 8, false],
      [17, 4, 2, 8, false],
    ]);
    expect(risks.every((r) => r.year === 2022)).toBe(true);
  });

  it('keeps every text column as written, with the perspective and the goal carried down', () => {
    const row3 = risks[2]!;
    expect(row3).toMatchObject({
      perspective: 'Medborgare',
      goal: 'Trygga norrbottning med god livskvalitet',
      successFactor: 'En god vård med hög tillgänglighet',
      controlMethod: 'Uppföljning av styrmått, uppföljning att egenkontroll av rutiner finns och är kommunicerade',
      followUp: [],
      line: 781,
    });
    expect(row3.whatCouldHappen).toMatch(/^Undanrängnings effekter Resurser för återställning/);
    expect(row3.consequenceText).toMatch(/^Långa värdtider\. Växande kö/);
    expect(row3.cause).toBe('Kompetens- och resursbrist Brister i levereranskedjan Bristande planering');
    expect(row3.action).toMatch(/^Återställningsplan, avtal om extern leverans av vård/);
    expect(risks[4]).toMatchObject({ goal: 'Trygga norrbottning med god livskvalitet', successFactor: 'Kvinnor, män, flickor och pojkar är delaktiga i samhällets utveckling', controlMethod: '' });
    expect(risks[0]).toMatchObject({ perspective: 'Samhälle', goal: 'Ett livskraftigt län', goalBodies: ['RS', 'RUN'] });
    expect(risks[15]).toMatchObject({ perspective: 'Ekonomi', goal: 'Långsiktigt hållbar ekonomi', goalBodies: ['RS', 'RUN', 'PN'], action: 'Tydliga uppdrag och, ekonomiska handlingsplaner tas fram' });
  });

  it('matches 13 names exactly and proposes the plan’s success factor for the 3 that differ, to be confirmed', () => {
    expect(risks.filter((r) => r.match.status === 'confirmed')).toHaveLength(13);
    const near = risks.filter((r) => r.match.status === 'needs-confirmation');
    expect(near.map((r) => [r.number, r.successFactor, r.match.factorTitle])).toEqual([
      [3, 'En god vård med hög tillgänglighet', 'En god vård med hög tillgänglighet och kontinuitet'],
      [8, 'Ett personcentrerat förhållningsätt där patienten är en aktiv och självklar partner', 'Ett hälsofrämjande och personcentrerat förhållningssätt där patientens kraft tas till vara'],
      [9, 'En samordnad vård utifrån individens behov', 'En sammanhållen och samordnad vård utifrån individens behov'],
    ]);
    expect(near.map((r) => r.match.factorLine)).toEqual([419, 503, 513]);
    expect(warnings.filter((w) => /bekräfta matchningen/.test(w.message)).map((w) => w.line)).toEqual([781, 787, 788]);
  });

  it('names the success factor that has no row', () => {
    expect(warnings).toContainEqual({ line: 494, message: 'Framgångsfaktorn "Den nära vården utformas med primärvården som nav" har ingen rad i riskbedömningen' });
  });

  it('shows a table cut short at the end of the file as unassessed success factors', () => {
    const cut = parsed(LINES.slice(0, 790).join('\n'));
    expect(cut.risks).toHaveLength(10);
    expect(cut.warnings.filter((w) => /har ingen rad i riskbedömningen/.test(w.message))).toHaveLength(7);
  });
});

describe('bad values in the risk table fail the whole file with the row’s line', () => {
  it('a risk of 5 for consequence 3 × probability 3', () => {
    expect(errorsOf(withCell(786, 7, '5'))).toEqual([{ line: 786, message: 'Riskraden Nr 7: Risken 5 stämmer inte med konsekvens 3 × sannolikhet 3 = 9.' }]);
  });

  it('a probability of 0 and a consequence of 5', () => {
    expect(errorsOf(withCell(786, 6, '0'))).toEqual([
      { line: 786, message: 'Riskraden Nr 7: Sannolikheten ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte "0".' },
    ]);
    expect(errorsOf(withCell(790, 5, '5'))[0]).toEqual({
      line: 790,
      message: 'Riskraden Nr 11: Konsekvensen ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte "5".',
    });
  });

  it('a row with only consequence and a risk that no probability 1–4 gives', () => {
    expect(errorsOf(withCell(778, 6, '7'))).toEqual([
      { line: 778, message: 'Riskraden Nr 1: Sannolikheten saknas och kan inte härledas: risk 7 / konsekvens 3 är inget heltal 1–4.' },
    ]);
  });

  it('a row cut in the middle', () => {
    const errors = errorsOf(withLine(795, (l) => l.split('\t').slice(0, 6).join('\t')));
    expect(errors).toEqual([{ line: 795, message: expect.stringMatching(/^Riskraden Nr 14 har 1 tal .* och 6 kolumner; raden kan vara avkortad$/) }]);
  });

  it('an appendix heading without its table', () => {
    expect(errorsOf(LINES.slice(0, 773).join('\n'))).toEqual([{ line: 770, message: expect.stringContaining('saknar sin tabell') }]);
  });
});
