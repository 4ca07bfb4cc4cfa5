/**
 * The starting arrows of seed 002's strategic map. The text lost the figures' arrows; these are
 * the ones its words justify, each with the sentence that does. Everything else is for the
 * region to draw in the map. Ends are milestone titles as parsed, or goal names (`toGoal`).
 */
export interface SeedArrow {
  from: string;
  to: string;
  toGoal?: boolean;
  kind: 'enables' | 'leads-to';
  because: string;
}

const INGAR_I_HANDLINGSPLANEN =
  'Figur 1b: "Milstolpar i fet stil ingår i handlingsplanen och pilarna symboliserar hur de bidrar till att uppnå att Handlingsplan för God och Nära Vård är genomförd"; ';
const HANDLINGSPLAN = 'Handlingsplan för God och Nära Vård är genomförd';
const UTBUDSKARTA = 'Hälso- och vårdutbudskarta';

export const SEED_002_ARROWS: SeedArrow[] = [
  // Figure 1b: the milestones the text says belong to the tid- och aktivitetsplan för God och Nära Vård.
  { from: 'Patientkontrakt', to: HANDLINGSPLAN, kind: 'enables', because: `${INGAR_I_HANDLINGSPLANEN}Patientkontrakt: "Enligt avtal … och tid – och aktivitetsplan för God och Nära Vård"` },
  { from: 'Regional samverkansgrupp "Hälsa"', to: HANDLINGSPLAN, kind: 'enables', because: `${INGAR_I_HANDLINGSPLANEN}"Finns i tids- och aktivitetsplan för God och Nära Vård"` },
  { from: 'Uppnått målet med läkarmedverkan i den kommunala hälso- och sjukvården', to: HANDLINGSPLAN, kind: 'enables', because: `${INGAR_I_HANDLINGSPLANEN}"… och tid – och aktivitetsplan för God och Nära Vård, i vårdssamverkan"` },
  { from: 'Gemensam plattform för kompetenssamverkan', to: HANDLINGSPLAN, kind: 'enables', because: `${INGAR_I_HANDLINGSPLANEN}"i enlighet med tid- och aktivitetsplan för God och Nära Vård"` },
  { from: 'Strategi och flerårig handlingsplan för Skånegemensam digitalisering', to: HANDLINGSPLAN, kind: 'enables', because: `${INGAR_I_HANDLINGSPLANEN}"i enlighet med tid- och aktivitetsplan för God och Nära Vård"` },
  // Figure 1a: the steps towards the health and care supply map.
  { from: 'Gemensam definition av nivåer och roller i FHS', to: UTBUDSKARTA, kind: 'enables', because: 'Utbudskartan ska gälla "utifrån specificerade vårdnivåer"; definitionen ger att "Vårdnivåer identifieras och fastställs"' },
  { from: 'Process och struktur för regional nivåstrukturering', to: UTBUDSKARTA, kind: 'enables', because: 'Båda gäller "bästa effektiva omhändertagandenivå": processen leder till "vård på bästa effektiva omhändertagandenivå", kartan följer "principerna för bästa effektiva omhändertagandenivå"' },
  { from: 'Testa modell för hälsoutbud', to: UTBUDSKARTA, kind: 'enables', because: 'Utbudskartan är "en komplett utbudskarta med såväl ett hälso- som vårdutbud"; testet av "ett samlat hälsoutbud" ger kunskap om det' },
  // Figure 1c: steps towards competence supply.
  { from: 'Beslut om Regiongemensam strategi för utveckling och lärande', to: 'Ledarskapsakademi är inrättad', kind: 'enables', because: '"Ledarskapsakademien har strategin som utgångspunkt vid planering, genomförande och utvärdering av insatser"' },
  { from: 'Beslut om Regiongemensam strategi för utveckling och lärande', to: 'Struktur för ändamålsenlig kompetensförsörjning', kind: 'leads-to', because: 'Strategin "ska användas som en gemensam utgångspunkt och ramverk" för kompetensutveckling; strukturen planerar "utifrån kompetensbehov"' },
  { from: 'Lokala Programområden (LPO) och ett Lokalt Primärvårdsråd (LPR) är inrättade', to: 'Gemensam plattform för kompetenssamverkan', kind: 'enables', because: '"Plattformen ska kopplas samman med befintliga strukturer för kunskapsstyrning"; LPO "ansvarar för ledning, styrning och samordning av kunskapsstyrning"' },
  // Dashed arrows towards later milestones and the goals ("Streckade pilar pekar mot kommande milstolpar och mål").
  { from: 'Regionala strategiska ställningstaganden för en förbättrad planerings- och byggprocess', to: 'Modell för simulering av kapacitet i linje med Framtidens hälsosystem', kind: 'leads-to', because: 'Ställningstagandena är "underlag till en planeringsprocess"; modellen ska "kapacitetsplanera med digitala verktyg"' },
  ...['Bättre befolkningens hälsa', 'Bättre upplevelse för patienter och medarbetare', 'Bättre kvalitet', 'Effektiva processer', 'Ökad tillgänglighet'].map(
    (goal): SeedArrow => ({ from: 'SDV infört', to: goal, toGoal: true, kind: 'leads-to', because: '"SDV ska bidra till bättre befolkninghälsa, bättre upplevelse för patient och medarbetare, bättre kvalitet, effektivare processer och bättre tillgänglighet"' }),
  ),
  { from: UTBUDSKARTA, to: 'Ökad tillgänglighet', toGoal: true, kind: 'leads-to', because: '"Hälso- och vårdutbudet är lätt att förstå och därmed lätt att nå för invånarna (inv)"' },
  { from: HANDLINGSPLAN, to: 'Bättre befolkningens hälsa', toGoal: true, kind: 'leads-to', because: '"Samverkan för att uppnå en jämlik hälsa, vård och omsorg i hela Skåne (inv, sys)"' },
];
