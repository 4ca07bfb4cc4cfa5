import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard, ScorecardNode } from '../src/shared/api-types';
import { expectAccessible, launchBrowser, type RunningApp, startApp, submitSignIn } from './support';

/** Region Midtjylland's "Strategispor" (seed 003, juni 2016), as the document writes it. */
const PLAN = 'Strategispor – det nære og sammenhængende sundhedsvæsen';
const VISION = [
  'På patientens præmisser',
  'Sundhed og sammenhæng – gensidig afhængighed',
  'Den bedste kvalitet – hver gang på den rigtige måde',
].join('\n');
const OVERALL_GOALS = [
  'Vi vil have mere sundhed - og sundheden skal være for alle',
  'Et sundhedsvæsen på borgerens præmisser',
  'Sundhedsløsninger tæt på borgeren',
  'Mere lighed i sundhed',
];
const TRACKS: [string, string[]][] = [
  [
    'Fælles og integrerende samarbejdsformer',
    [
      'Sundhedsindsatsen indrettes så den enkelte borgers samlede situation og ønsker bedst imødekommes – uanset sektorgrænser',
      'Udvikling og afprøvning af nye samarbejdsformer og nye løsningsmodeller i det tværsektorielle arbejde',
      'Fælles løsninger, hvor sundhedsindsatsen spiller sammen med indsatser i forhold til arbejdsmarkedstilknytning, social- og psykiatriområdet',
    ],
  ],
  [
    'Regional understøttelse af kommunale sundhedsløsninger tæt på borgerne',
    [
      'Fælles opgaveløsning omkring det enkelte patientforløb – bl.a. så flere borgere undgår indlæggelse og kan behandles i primær sektor',
      'Lægefagligt ansvar og understøttelse i borgernes eget hjem/primær sektor (fx på kommunale aflastnings- og akutpladser, akutteam)',
      'Kompetenceudvikling og vidensdeling',
    ],
  ],
  [
    'Regionale sundhedsløsninger tæt på borgeren',
    [
      'Prioritering af velfærdsteknologiske løsninger som kan sikre, at specialiserede behandlings- og opfølgningsopgaver kan løses borgernært',
      'Regionalt engagement og tilstedeværelse i Sundhedshuse',
      'Videreudvikling af almen praksis og etablering af nye løsninger vedrørende lokal lægehjælp, herunder praksisfællesskaber i lægedækningstruede områder',
      'Nytænkning vedrørende organisering af indsatsen i forhold til borgere med kroniske sygdomme og særligt sårbare borgere',
      'Udgående funktioner og indlæggelse i eget hjem',
    ],
  ],
  [
    'Proaktiv og differentieret indsats',
    [
      'Tilrettelæggelse af den sundhedsfaglige indsats med udgangspunkt i befolkningens sundhedsudfordringer og de sociodemografiske forhold',
      'Aktiv inddragelse af relevante samarbejdspartnere når patienter med opfølgningsbehov udskrives',
      'Alternative og opsøgende sundhedstilbud til psykisk syge og socialt udsatte',
      'Forsøg med allokering og afregning af almen praksis med udgangspunkt i et populationsansvar',
    ],
  ],
  [
    'Fokus på strukturelle barrierer',
    [
      'Påvirkning og udvikling af de økonomiske incitamentsstrukturer, med henblik på understøttelse af integrerede sundhedsindsatser overfor borgerne',
      'Udvikling af de praktiserende lægers rolle i det nære og sammenhængende sundhedsvæsen, herunder med nye honoreringsformer',
      'Muliggørelse af relevant udveksling af data mellem sektorerne, herunder bedre dataunderstøttelse og kommunikation om det enkelte tværsektorielle patientforløb',
    ],
  ],
];

/**
 * Journey (d) of issue 10: in the Danish interface, the installation admin creates Region
 * Midtjylland under its own model (spor → indsats) and writes its "Strategispor" by hand: the
 * visions, the overall goals, the five spor and their indsatser. Every page is scanned with axe.
 */
describe('Region Midtjylland writes its Strategispor in Danish', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let planId = 0;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 }, baseURL: app.url })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/login');
    await submitSignIn(page);
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const all = (nodes: ScorecardNode[]): ScorecardNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);

  it('switches the interface to Danish', async () => {
    await page.getByLabel('Språk').selectOption('da');
    await page.getByLabel('Sprog').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
  });

  it('creates Region Midtjylland under the Midtjylland model, in Danish', async () => {
    await page.goto('/installation/organisations');
    await page.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
    await page.getByLabel('Organisationens navn').fill('Region Midtjylland');
    await page.getByRole('radio', { name: 'Dansk' }).check();
    const model = page.getByRole('group', { name: 'Styringsmodel' });
    await model.getByText('Vision → Overordnet mål → Spor → Indsats', { exact: true }).waitFor();
    await model.getByRole('radio', { name: 'Region Midtjyllands strategispor' }).check();
    await expectAccessible(page, 'organisations in Danish');
    await page.getByRole('button', { name: 'Opret organisationen' }).click();
    await page.getByRole('heading', { name: 'Region Midtjylland er oprettet' }).waitFor();
    await page.getByRole('link', { name: 'Opret den første plan for Region Midtjylland' }).click();
  });

  it('starts an empty plan and writes its visions', async () => {
    await page.getByRole('heading', { level: 1, name: 'Ny plan for Region Midtjylland' }).waitFor();
    await page.getByLabel('Planens navn').fill(PLAN);
    await page.getByLabel('Første år').fill('2016');
    await page.getByLabel('Sidste år').fill('2018');
    await page.getByLabel('Tom plan').check();
    await expectAccessible(page, 'new plan in Danish');
    await page.getByRole('button', { name: 'Opret planen' }).click();
    await page.waitForURL(/\/plans\/\d+$/);
    planId = Number(/\/plans\/(\d+)$/.exec(page.url())![1]);

    await page.goto(`/plans/${planId}/versions`);
    await page.getByRole('heading', { level: 1, name: /Versioner og beslutninger/ }).waitFor();
    await page.getByLabel('Vision').fill(VISION);
    await page.getByRole('button', { name: 'Gem oplysningerne' }).click();
    await page.getByText('Oplysningerne er gemt.').waitFor();
    await expectAccessible(page, 'versions page in Danish');
  });

  it('writes the overall goals and the five spor on the scorecard', async () => {
    await page.goto(`/plans/${planId}`);
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await page.getByText('På patientens præmisser').first().waitFor();
    await page.getByRole('button', { name: 'Rediger planen' }).click();
    await page.getByText('Planen er tom. Tilføj overordnet mål for at begynde.').waitFor();
    await expectAccessible(page, 'empty plan in Danish edit mode');
    await page.getByRole('button', { name: 'Tilføj overordnet mål' }).first().click();
    const top = page.getByRole('form', { name: 'Ny del på øverste niveau' });
    const name = top.getByLabel('Navn');
    for (const goal of OVERALL_GOALS) {
      await name.fill(goal);
      await name.press('Enter');
      await expect.poll(() => name.inputValue()).toBe('');
    }
    // The spor are not under an overall goal: the model lets them stand at the top.
    await top.getByLabel('Niveau').selectOption({ label: 'Spor' });
    for (const [track] of TRACKS) {
      await name.fill(track);
      await name.press('Enter');
      await expect.poll(() => name.inputValue()).toBe('');
    }
    await name.press('Escape');
    await page.getByRole('heading', { name: /Spor\s*:\s*Fokus på strukturelle barrierer/ }).waitFor();
    await expectAccessible(page, 'overall goals and spor');
  });

  it('writes each spor’s indsatser', async () => {
    for (const [track, initiatives] of TRACKS) {
      await page.getByRole('button', { name: `Tilføj indsats under ${track}` }).click();
      const name = page.getByLabel('Navn (indsats)');
      for (const initiative of initiatives) {
        await name.fill(initiative);
        await name.press('Enter');
        await expect.poll(() => name.inputValue()).toBe('');
      }
      await name.press('Escape');
    }
    await expectAccessible(page, 'the whole Strategispor');
  });

  it('holds the Strategispor as the document writes it, in the model’s Danish words', async () => {
    const card: Scorecard = await (await page.request.get(`/api/plans/${planId}/scorecard`)).json();
    expect(card.vision).toBe(VISION);
    expect(card.nodes.map((n) => [n.levelKey, n.title])).toEqual([
      ...OVERALL_GOALS.map((g) => ['overall-goal', g]),
      ...TRACKS.map(([t]) => ['track', t]),
    ]);
    for (const [track, initiatives] of TRACKS) {
      const node = card.nodes.find((n) => n.title === track)!;
      expect(node.children.map((c) => [c.levelKey, c.title])).toEqual(initiatives.map((i) => ['initiative', i]));
    }
    expect(all(card.nodes)).toHaveLength(OVERALL_GOALS.length + TRACKS.length + TRACKS.flatMap(([, i]) => i).length);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /Spor\s*:\s*Fælles og integrerende samarbejdsformer/ }).waitFor();
    await page.getByRole('heading', { name: /Indsats\s*:\s*Kompetenceudvikling og vidensdeling/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
  });
});
