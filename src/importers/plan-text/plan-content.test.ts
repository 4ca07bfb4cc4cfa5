import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../domain/model/templates';
import { parseRichText, richTextToPlain } from '../../domain/plan-content/rich-text';
import { readAdvocacyIssues } from './advocacy';
import { readAgendaGoals } from './agenda2030';
import { staffFrom } from './organisation';
import { parsePlanText, type PlanTextResult } from './parse-plan-text';
import { summarizePlan } from './summary';

const SEED = readFileSync(
  fileURLToPath(new URL('../../../data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', import.meta.url)),
  'utf8',
);
const LINES = SEED.split('\n');
const norrbotten = getTemplate('norrbotten');
const planOf = (r: PlanTextResult) => {
  if ('errors' in r) throw new Error(JSON.stringify(r.errors));
  return r;
};
const { plan, warnings } = planOf(parsePlanText(SEED, norrbotten));
const { agendaGoals, advocacyIssues, organisationUnits, chapters } = plan.content;
/** The seed with 1-based line `n` replaced. */
const replaced = (n: number, text: string) => LINES.map((l, i) => (i === n - 1 ? text : l)).join('\n');

describe('Agenda 2030 goals of seed 001', () => {
  it('reads the eight goals the council decided, with their dimensions', () => {
    // Read independently from the seed's text: every "Mål N" on the bullets under the introduction.
    const intro = LINES.findIndex((l) => l.includes('om åtta Agenda 2030-mål'));
    const named = LINES.slice(intro + 1, intro + 6).join(' ').match(/Mål (\d+)/g)!.map((m) => Number(m.slice(4)));
    expect(named.sort((a, b) => a - b)).toEqual([3, 4, 5, 8, 9, 11, 12, 13]);
    expect(agendaGoals.map((g) => g.goal).sort((a, b) => a - b)).toEqual(named);
    expect(agendaGoals.find((g) => g.goal === 13)).toEqual({ goal: 13, dimension: 'Miljömässig dimension', name: 'Bekämpa klimatförändringarna', line: 167 });
    expect(agendaGoals.filter((g) => g.dimension === 'Social dimension').map((g) => g.goal)).toEqual([3, 4, 5, 11]);
  });
  it('rejects a goal number Agenda 2030 does not have, with its line', () => {
    const result = parsePlanText(replaced(167, '- Miljömässig dimension; Mål 19 Bekämpa klimatförändringarna.'), norrbotten);
    expect(result).toEqual({ errors: [{ line: 167, message: 'Agenda 2030 har mål 1–17; "Mål 19" finns inte' }] });
  });
  it('warns when a name differs from the official one or the count stated differs', () => {
    const lines = ['Regionen har tre Agenda 2030-mål:', '', '- Social dimension; Mål 3 Hälsa, Mål 5 Jämställdhet'];
    const read = readAgendaGoals(lines, 0, lines.length);
    expect(read.goals.map((g) => g.goal)).toEqual([3, 5]);
    expect(read.warnings.map((w) => w.message)).toEqual([
      'Mål 3 heter "Hälsa och välbefinnande" i Agenda 2030, inte "Hälsa"',
      'Texten nämner 3 Agenda 2030-mål men listar 2',
    ]);
  });
});

describe('advocacy issues of seed 001 (Bilaga 4)', () => {
  it('reads the seven issues with their arena and decision-maker, and the table’s remarks as notes', () => {
    const issues = advocacyIssues.filter((i) => i.kind === 'issue');
    expect(issues.map((i) => i.text)).toEqual([
      'Inga juridiska gränsöverskridande hinder för vår verksamhet',
      'Överenskommelser som säkerställer att den fria rörligheten över landsgränser upprätthålls för samhällskritiska funktioner vid kriser',
      'Samers hälsa',
      'Gränssamverkan kring sjukvårdsfrågor och akuta insatser.',
      'Hälsosamma livsmiljöer.',
      'Testregion för hantering av demografiska utmaningen utifrån hälsa, vård och omsorg',
      'Nationellt uppdrag att bilda nationellt kompetenscentrum för samers hälsa',
    ]);
    expect(issues.map((i) => i.arena)).toEqual(['international', 'international', null, null, null, 'national', 'national']);
    expect(issues[1]!.decisionMaker).toBe('Nordiska ministerrådet/ EU');
    expect(issues[5]).toMatchObject({ area: 'Uppdrag och mandat som Region Norrbotten eftersträvar för att uppfylla medborgarnas behov', decisionMaker: 'Regeringen', line: 762 });
    const notes = advocacyIssues.filter((i) => i.kind === 'note');
    expect(notes.map((n) => n.area)).toEqual([
      'Förutsättningar att genomföra uppdraget som Region Norrbotten har',
      'Uppdrag och mandat som Region Norrbotten eftersträvar för att uppfylla medborgarnas behov',
      'Främja tillväxtvillkor och investeringar',
    ]);
    expect(notes[0]!.text).toBe('Se Regionala utvecklingsnämndens plan för fler frågor som Region Norrbotten har prioriterat');
  });
  it('warns when the appendix has no table', () => {
    const read = readAdvocacyIssues(['Bilaga 4: Påverkansfrågor', '', 'Inga frågor i år.'], 0, 3);
    expect(read.issues).toEqual([]);
    expect(read.warnings[0]!.message).toMatch(/ingen tabell med kolumnerna "Nationell fråga"/);
  });
});

describe('organisation of seed 001 (Bilaga 3)', () => {
  it('reads six divisions and the common units with their approximate staff', () => {
    expect(organisationUnits.map((u) => [u.kind, u.name, u.staffApprox])).toEqual([
      ['division', 'Division Nära', 2000],
      ['division', 'Division Länssjukvård 1', 1800],
      ['division', 'Division Länssjukvård 2', 1200],
      ['division', 'Division Funktion', 600],
      ['division', 'Division Psykiatri', 500],
      ['division', 'Division Regionstöd', null],
      ['common', 'Regiongemensamt', null],
    ]);
    expect(organisationUnits[0]!.description).toMatch(/^Division Nära omfattar länets primärvård och folktandvård/);
  });
  it('reads staff numbers written with a space as thousands separator', () => {
    expect(staffFrom('Ca 1 800 personer arbetar inom division Länssjukvård 1.')).toBe(1800);
    expect(staffFrom('Divisionen har i uppdrag att tillhandahålla stöd.')).toBeNull();
  });
});

describe('chapters of seed 001', () => {
  it('has a chapter for every prose entry of the table of contents', () => {
    expect(chapters).toHaveLength(33);
    expect(chapters.slice(0, 8).map((c) => c.title)).toEqual([
      'Vision', 'Regionstyrelsens uppdrag', 'Regionstyrelsen', 'Politisk samverkansberedning för hälsa, vård, skola och omsorg',
      'Regionstyrelsens inriktning för verksamheten', 'Inriktning', 'Nära vård', 'Målbild',
    ]);
    expect(chapters.at(-1)!.title).toBe('Beställar- och uppdragsstyrning');
    // Structured appendices are data of their own, not chapters.
    expect(chapters.some((c) => /Bilaga [345]|^Division/.test(c.title))).toBe(false);
    expect(warnings).toHaveLength(1);
  });
  it('warns about a chapter the table of contents lists but the text lacks, and keeps the others', () => {
    const result = planOf(parsePlanText(replaced(171, 'Nära vården'), norrbotten));
    expect(result.warnings).toContainEqual({ line: 14, message: 'Kapitlet "Nära vård" finns i innehållsförteckningen men inte i texten; det lästes inte in' });
    expect(result.plan.content.chapters).toHaveLength(32);
    expect(result.plan.content.chapters.find((c) => c.title === 'Inriktning')!.body).toContain('Nära vården');
  });
  it('writes chapters as markup that parses without a single neutralised part', () => {
    for (const c of chapters) expect(parseRichText(c.body).issues, c.title).toEqual([]);
  });
  it('keeps headings, bullet lists and page-broken paragraphs as the reader sees them', () => {
    const target = parseRichText(chapters.find((c) => c.title === 'Målbild')!.body).doc;
    expect(target.blocks.filter((b) => b.type === 'heading')).toHaveLength(5);
    expect(richTextToPlain(target)).toContain('ange mål och prioriterade områden.');
    const strategies = parseRichText(chapters.find((c) => c.title === 'Strategier för Region Norrbotten')!.body).doc;
    expect(strategies.blocks).toEqual([
      {
        type: 'list',
        items: [
          [{ type: 'text', text: 'Strategin Vägen till framtidens hälsa och vård 2035' }],
          [{ type: 'text', text: 'Digitaliseringsstrategi för framtidens hälsa och vård 2035' }],
          [{ type: 'text', text: 'Fastighetsstrategi i region Norrbotten (beslutad 2016)' }],
        ],
      },
    ]);
  });
  it('leaves out the assignment bullets, which are assignments, and the budget tables', () => {
    const direction = chapters.find((c) => c.title === 'Regionstyrelsens inriktning för verksamheten')!.body;
    expect(direction).not.toContain('Minimera patientresandet');
    expect(direction).toContain('Regionfullmäktige har gett följande uppdrag');
    expect(chapters.find((c) => c.title === 'Styrelsens ram')!.body).not.toMatch(/Anslag året innan|Förändringar i regionbidraget/);
  });
});

describe('the dry-run summary', () => {
  it('counts the plan content after the plan’s own levels', () => {
    expect(summarizePlan(plan, norrbotten, 'sv').slice(5)).toEqual([
      'Agenda 2030-mål: 8',
      'Påverkansfrågor: 7',
      'Divisioner och regiongemensamt: 7',
      'Kapitel: 33',
    ]);
    expect(summarizePlan(plan, norrbotten, 'en').slice(5)).toEqual(['Agenda 2030 goals: 8', 'Advocacy issues: 7', 'Divisions and common units: 7', 'Chapters: 33']);
  });
});
