import type { FixtureDocument } from '../../../test-support/fixtures/document-files.fixtures';

/**
 * The extraction corpus: parts of twelve real, public plan and follow-up documents of Swedish and
 * Danish regions, municipalities and national bodies (not the seeds), rebuilt as the file formats
 * they are published in from the text the source gives. Each has its source (SOURCES.md) and, in
 * expected.ts, what a reader sees in it, written down by hand.
 */
export interface CorpusDocument {
  id: string;
  format: 'docx' | 'pdf' | 'xlsx' | 'csv' | 'html' | 'text';
  source: string;
  shape: string;
  document: FixtureDocument;
  /** For `text`: the text as it is. */
  text?: string;
}

const VGR_TABLE_2022 = [
  ['Prioriterat mål', 'Indikatorer', 'Utfall 2021', 'Utfall 2022', 'Period'],
  ['Stärka innovationskraften - för ett hållbart och konkurrenskraftigt näringsliv i framkant', 'Totala FoU-investeringar som andel av BRP (bruttoregionprodukt)', '5,8%', '6%', '2022'],
  ['', 'EU:s regionala innovationsindex', '145,4', '158,2', '2022'],
  ['Den medicinska kvaliteten ska öka och den organisatoriska effektiviteten förbättras', 'Andel oplanerade återinskrivningar inom 1-30 dagar efter slutenvård. Avser 65 år och äldre.', '8,4%', '7,5%', '2022'],
  ['', 'Överbeläggningar i somatisk slutenvård, antal per 100 disponibla vårdplatser', '7,8%', '12,9%', '2022'],
  ['', 'Akut öppnande av kranskärl vid större hjärtinfarkt, andel (%)', '79,8%', '80%', '2022'],
  ['Bygga kompetens - för kompetensförsörjning och livslångt lärande', 'Förvärvsfrekvens i Västra Götaland', '78,7%', '80,2%', '2022'],
  ['', 'Matchningsgrad i Västra Götaland', '70%', '70,9%', '2022'],
  ['Invånarnas tillgång till den vård de behöver ska öka', 'Andel vårdgarantipatienter som har väntat högst 90 dagar på första besök', '71%', '69%', 'Dec 2022'],
  ['', 'Andel vårdgarantipatienter som har väntat högst 90 dagar på behandling', '59%', '64%', 'Dec 2022'],
];

export const CORPUS: CorpusDocument[] = [
  {
    id: 'vgr-indikatorer-2022',
    format: 'xlsx',
    source: 'https://web5.stratsys.se/publishedview/VGR/74924EE0-90D1-4C1B-8FFC-9443090455D3/74924ee0-90d1-4c1b-8ffc-9443090455d3.html',
    shape: 'Stratsys-export: mål i en kolumn, indikatorer med utfall per år',
    document: { blocks: [{ table: VGR_TABLE_2022, name: 'Indikatorer' }] },
  },
  {
    id: 'vgr-indikatorer-2020',
    format: 'html',
    source: 'https://web5.stratsys.se/proxy/publishedview/VGR/74924EE0-90D1-4C1B-8FFC-9443090455D3/74924ee0-90d1-4c1b-8ffc-9443090455d3.html',
    shape: 'Stratsys publicerad vy: mål som rader i tabellen, utfall, målvärde och måluppfyllnad',
    document: {
      title: 'Prioriterade mål och indikatorer Västra Götalandsregionen',
      blocks: [
        {
          table: [
            ['Prioriterade mål Indikatorer', 'Utfall 2018', 'Utfall 2019', 'Utfall 2020', 'Målvärde', 'Måluppfyllnad', 'Period'],
            ['Det hållbara resandet ska öka och bidra till möjligheterna att bo, verka och vistas i hela regionen', '', '', '', '', '', ''],
            ['Kollektivtrafikens marknadsandel av de motoriserade resorna i regionen', '33%', '33%', '33%', '', '100%', '2019'],
            ['Deltagandet i kulturlivet ska öka.', '', '', '', '', '', ''],
            ['Andel barn- och ungdomsbesök till kulturinstitutioner', '26%', '25%', '27%', '', '93%', '2019'],
            ['Antal unika deltagare i kurser på folkhögskolor', '14 977st', '18 078st', '14 978st', '', '121%', '2019'],
            ['Klimatutsläppen från fossil energi i Västra Götaland ska minska', '', '', '', '', '', ''],
            ['Utsläpp av fossilt CO2', '10,2miljoner ton', '10,2miljoner ton', '10,1miljoner ton', '', '99%', '2019'],
            ['Skapa attraktiva arbetsplatser och förbättra möjligheterna till karriär- och kompetensutveckling', '', '', '', '', '', ''],
            ['Andel chefer med 10-35 underställda medarbetare (normtal)', '72,9%', '71,4%', '73%', '', '98%', '2019'],
            ['Sjukfrånvaro i procent av ordinarie tid (obligatorisk redovisning enligt lag)', '6,6 %', '6,2 %', '6,5%', '', '105%', 'Aug 2019'],
          ],
        },
      ],
    },
  },
  {
    id: 'vgr-indikatorer-2024',
    format: 'pdf',
    source: 'https://web5.stratsys.se/publishedview/VGR/74924EE0-90D1-4C1B-8FFC-9443090455D3/74924ee0-90d1-4c1b-8ffc-9443090455d3.html',
    shape: 'Uppföljning som PDF: mål som rubrik, tabell med utfall tre år och period',
    document: {
      title: 'Mål och indikatorer Västra Götalandsregionen 2024',
      header: 'Västra Götalandsregionen – uppföljning tertial 1 2024',
      footer: 'Sida',
      blocks: [
        { h: 1, text: 'Sjukvårdens köer ska kortas och tillgängligheten ska öka för en mer jämlik vård' },
        {
          table: [
            ['Indikatorer', 'Utfall 2022', 'Utfall 2023', 'Utfall 2024', 'Period'],
            ['Beläggningsgrad somatisk slutenvård', '107,76%', '102,74%', '99,93%', 'Tertial 1 2024'],
            ['Beläggningsgrad psykiatrisk slutenvård', '85,91%', '85,4%', '92,33%', 'Tertial 1 2024'],
            ['Antal disponibla vårdplatser somatisk slutenvård', '2 290', '2 268', '2 326', 'Tertial 1 2024'],
            ['Antal disponibla vårdplatser psykiatrisk slutenvård', '618', '614', '591', 'Tertial 1 2024'],
            ['Andel karies- och fyllningsfria 6 åringar per kommun', '', '82%', '83%', '2023'],
          ],
        },
        { pageBreak: true },
        { p: 'Uppgifterna hämtas ur Västra Götalandsregionens uppföljningssystem.' },
        { pageBreak: true },
        { p: 'Indikatorerna redovisas till nämnder och styrelser i delårsrapporter och årsredovisning.' },
      ],
    },
  },
  {
    id: 'rufs-2050-delmal',
    format: 'docx',
    source: 'http://rufs.se/rufs-2050/vision-och-mal/delmal/',
    shape: 'Numrerade mål i brödtext ("Mål 1: …")',
    document: {
      title: 'Delmål',
      blocks: [
        { p: 'För att styra mot de övergripande målen används delmål som uttrycks i konkreta målnivåer och tar sikte på 2030.' },
        { p: 'I samrådsförslaget finns totalt 22 delmål, kopplade till de fyra övergripande målen:' },
        { p: 'Mål 1: En tillgänglig region med god livsmiljö' },
        { p: 'Mål 2: En öppen, jämställd, jämlik och inkluderande region' },
        { p: 'Mål 3: En ledande tillväxt- och kunskapsregion' },
        { p: 'Mål 4: En resurseffektiv och resilient region' },
      ],
    },
  },
  {
    id: 'regionh-politiske-malsaetninger',
    format: 'html',
    source: 'https://www.rigshospitalet.dk/jobstart/Velkommen-til-RegionH/Sider/Regionens-mission-og-vision.aspx',
    shape: 'Dansk: mission, vision og politiske målsætninger som overskrifter med prosa',
    document: {
      title: 'Mission, vision og målsætninger for Region Hovedstaden',
      blocks: [
        { h: 2, text: 'Mission' },
        { p: 'Missionen beskriver regionens opgaver og eksistensberettigelse.' },
        { h: 2, text: 'Vision' },
        { p: 'Visionen beskriver retningen for regionens virke.' },
        { h: 2, text: 'Politiske målsætninger' },
        { h: 3, text: 'Patientens situation styrer forløbet' },
        { p: 'Vi tager udgangspunkt i det enkelte menneske, når patientens forløb tilrettelægges.' },
        { h: 3, text: 'Høj faglig kvalitet' },
        { p: 'Vores behandling skal baseres på retningslinjer, der afspejler den højeste faglige standard på et givent område.' },
        { h: 3, text: 'Ekspansive vidensmiljøer' },
        { p: 'Region Hovedstaden skal stå internationalt stærkt med markante vidensmiljøer.' },
        { h: 3, text: 'Grøn og innovativ metropol' },
        { p: 'At være en attraktiv metropol, der kan tiltrække arbejdskraft og viden, er afgørende for Region Hovedstaden.' },
      ],
    },
  },
  {
    id: 'stockholm-inriktningsmal-2021',
    format: 'html',
    source: 'https://arsredovisning.stockholm/kommunfullmaktiges-mal/',
    shape: 'Kommunens inriktningsmål som punktlista under en rubrik',
    document: {
      title: 'Kommunfullmäktiges mål',
      blocks: [
        { p: 'Staden har under 2021 arbetat efter kommunfullmäktiges tre inriktningsmål:' },
        { li: 'En modern storstad med möjligheter och valfrihet för alla' },
        { li: 'En hållbart växande och dynamisk storstad med hög tillväxt' },
        { li: 'En ekonomiskt hållbar och innovativ storstad för framtiden.' },
        { p: 'Inriktningsmålen är verksamhetsövergripande och utgör ramen för stadens styrning av verksamheterna under mandatperioden.' },
      ],
    },
  },
  {
    id: 'gotland-strategisk-plan',
    format: 'text',
    source: 'https://5dok.org/article/strategisk-styrning-gotlands-vision-varum%C3%A4rkesplattform-analys-resultat-m%C3%A5lupp.y96r1now',
    shape: 'Strategisk plan och budget: numrerade rubriker (1, 1.1, 1.2) ur en PDF som text',
    document: { blocks: [] },
    text: [
      'Strategisk plan och budget',
      '',
      '1 Styrning av Region Gotland',
      '',
      '1.1 Strategisk styrning',
      '',
      'I Region Gotland kommuniceras den politiska viljeinriktningen via vision och styrdokument.',
      '',
      'Styrprocess',
      '',
      'Styrprocessen består av planering, uppföljning, analys och utveckling.',
      '',
      '1.2 Gotlands vision och varumärkesplattform',
      '',
      '1.3 Analys av resultat och måluppfyllelse',
      '',
    ].join('\n'),
  },
  {
    id: 'sum-nationale-maal-2016',
    format: 'text',
    source: 'https://sum.dk/Aktuelt/Publikationer/Nye-nationale-maal-april-2016.aspx',
    shape: 'Dansk: de otte nationale mål som punktliste',
    document: { blocks: [] },
    text: [
      'Nationale mål for sundhedsvæsenet',
      '',
      '8 overordnede nationale mål skal være med til at holde fokus på det, som gør en positiv forskel for patienterne i det danske sundhedsvæsen.',
      '',
      'De otte nationale mål er:',
      '',
      '- Bedre sammenhængende patientforløb',
      '- Styrket indsats for kronikere og ældre patienter',
      '- Forbedret overlevelse og patientsikkerhed',
      '- Behandling af høj kvalitet',
      '- Hurtig udredning og behandling',
      '- Øget patientinddragelse',
      '- Flere sunde leveår',
      '- Mere effektivt sundhedsvæsen',
      '',
    ].join('\n'),
  },
  {
    id: 'sum-otte-nationale-maal-2022',
    format: 'pdf',
    source: 'https://sum.dk/temaer/8-nationale-maal-for-sundhedsvaesenet',
    shape: 'Dansk: "Mål 1: …" som afsnit i en PDF',
    document: {
      title: '8 nationale mål for sundhedsvæsenet',
      blocks: [
        { p: 'Indenrigs- og Sundhedsministeren, Danske Regioner og KL er enige om at følge 8 nationale mål for sundhedsvæsenet.' },
        { h: 2, text: 'De otte nationale mål' },
        { p: 'Mål 1: Bedre sammenhængende patientforløb' },
        { p: 'Mål 2: Styrket indsats for kronikere og ældre patienter' },
        { p: 'Mål 3: Forbedret overlevelse og patientsikkerhed' },
        { p: 'Mål 4: Behandling af høj kvalitet' },
        { p: 'Mål 5: Hurtig udredning og behandling' },
        { p: 'Mål 6: Øget patientinddragelse' },
        { p: 'Mål 7: Flere sunde leveår' },
        { p: 'Mål 8: Mere effektivt sundhedsvæsen' },
      ],
    },
  },
  {
    id: 'vargarda-maluppfoljning-2023',
    format: 'html',
    source: 'https://vargarda.se/kommun-och-demokrati/arsredovisning-2023---vargarda-kommun/god-ekonomisk-hushallning-och-ekonomisk-stallning/maluppfoljning-per-den-31-december-2023.html',
    shape: 'Mål i löptext: fokusområden nämnda i prosa, utfall som antal delmål',
    document: {
      title: 'Måluppföljning per den 31 december 2023',
      blocks: [
        { p: 'Kommunfullmäktige har i Budget och verksamhetsplan 2023–2025 fastställt finansiella mål och verksamhetsmål för god ekonomisk hushållning.' },
        {
          p: 'Av fullmäktiges beslutade mål för verksamheten bedöms 8 av 30 delmålen vara uppfyllda, 19 är inte uppfyllda och tre är delvis uppfyllda. Högst måluppfyllelse finns inom fokusområde Social hållbarhet – omsorg och fritid. Lägst måluppfyllelse finns inom fokusområdena Utvecklande skola, Hållbar miljö samt Social Hållbarhet och organisation.',
        },
      ],
    },
  },
  {
    id: 'nogletal-indikatorer-2015',
    format: 'docx',
    source: 'http://docplayer.dk/38969429-Noegletal-og-indikatorer-2015.html',
    shape: 'Dansk budgetopfølgning: Triple Aim-hovedgrupper som nummereret liste',
    document: {
      title: 'Nøgletal og indikatorer 2015',
      blocks: [
        { h: 1, text: 'Indledning' },
        { p: 'Sundhedsvæsenet skal levere mest mulig sundhed for pengene.' },
        { p: 'Indikatorerne er grupperet i 3 hovedgrupper, heraf navnet Triple Aim. De 3 hovedgrupper er:' },
        { li: 'God folkesundhed', ordered: true },
        { li: 'Høj kvalitet for patienterne', ordered: true },
        { li: 'Lave sundhedsudgifter pr. borger', ordered: true },
      ],
    },
  },
  {
    id: 'blekinge-budget-2024',
    format: 'html',
    source: 'https://regionblekinge.se/om-region-blekinge/styrning-och-mal/budget-2024-med-planer-2025-2026.html',
    shape: 'Budgetdokument: resultatbudget i miljoner kronor (inga indikatorer)',
    document: {
      title: 'Budget 2024 med planer 2025-2026',
      blocks: [
        { p: 'Budget 2024 med planer 2025-2026 är Region Blekinges främsta politiska styrdokument.' },
        { h: 2, text: 'Budget 2023' },
        {
          table: [
            ['Miljoner kronor', 'Resultatbudget'],
            ['Verksamhetens intäkter', '1 079,5'],
            ['Verksamhetens kostnader', '-7 141,0'],
            ['Avskrivningar', '-258,8'],
            ['Skatteintäkter', '4 543,7'],
            ['Resultat', '-212,9'],
          ],
        },
      ],
    },
  },
];
