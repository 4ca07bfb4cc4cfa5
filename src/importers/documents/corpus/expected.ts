/**
 * What a reader sees in each corpus document, written down by hand from the source before the
 * extraction was run on it: goals (nodes) with the goal they stand under, indicators (measures)
 * with their goal, and their outcome and target cells.
 */
export type Fact =
  | { node: string; parent?: string }
  | { measure: string; parent?: string }
  | { value: string; of: string; kind: 'outcome' | 'target' | 'baseline'; key?: string };

const outcomes = (of: string, parent: string, values: Record<string, string>): Fact[] => [
  { measure: of, parent },
  ...Object.entries(values).map(([key, value]): Fact => ({ value, of, kind: 'outcome', key })),
];

const G1 = 'Stärka innovationskraften - för ett hållbart och konkurrenskraftigt näringsliv i framkant';
const G2 = 'Den medicinska kvaliteten ska öka och den organisatoriska effektiviteten förbättras';
const G3 = 'Bygga kompetens - för kompetensförsörjning och livslångt lärande';
const G4 = 'Invånarnas tillgång till den vård de behöver ska öka';
const H1 = 'Det hållbara resandet ska öka och bidra till möjligheterna att bo, verka och vistas i hela regionen';
const H2 = 'Deltagandet i kulturlivet ska öka.';
const H3 = 'Klimatutsläppen från fossil energi i Västra Götaland ska minska';
const H4 = 'Skapa attraktiva arbetsplatser och förbättra möjligheterna till karriär- och kompetensutveckling';
const K = 'Sjukvårdens köer ska kortas och tillgängligheten ska öka för en mer jämlik vård';

export const EXPECTED: Record<string, Fact[]> = {
  'vgr-indikatorer-2022': [
    { node: G1 },
    { node: G2 },
    { node: G3 },
    { node: G4 },
    ...outcomes('Totala FoU-investeringar som andel av BRP (bruttoregionprodukt)', G1, { '2021': '5,8%', '2022': '6%' }),
    ...outcomes('EU:s regionala innovationsindex', G1, { '2021': '145,4', '2022': '158,2' }),
    ...outcomes('Andel oplanerade återinskrivningar inom 1-30 dagar efter slutenvård. Avser 65 år och äldre.', G2, { '2021': '8,4%', '2022': '7,5%' }),
    ...outcomes('Överbeläggningar i somatisk slutenvård, antal per 100 disponibla vårdplatser', G2, { '2021': '7,8%', '2022': '12,9%' }),
    ...outcomes('Akut öppnande av kranskärl vid större hjärtinfarkt, andel (%)', G2, { '2021': '79,8%', '2022': '80%' }),
    ...outcomes('Förvärvsfrekvens i Västra Götaland', G3, { '2021': '78,7%', '2022': '80,2%' }),
    ...outcomes('Matchningsgrad i Västra Götaland', G3, { '2021': '70%', '2022': '70,9%' }),
    ...outcomes('Andel vårdgarantipatienter som har väntat högst 90 dagar på första besök', G4, { '2021': '71%', '2022': '69%' }),
    ...outcomes('Andel vårdgarantipatienter som har väntat högst 90 dagar på behandling', G4, { '2021': '59%', '2022': '64%' }),
  ],
  'vgr-indikatorer-2020': [
    { node: H1 },
    { node: H2 },
    { node: H3 },
    { node: H4 },
    ...outcomes('Kollektivtrafikens marknadsandel av de motoriserade resorna i regionen', H1, { '2019': '33%' }),
    ...outcomes('Andel barn- och ungdomsbesök till kulturinstitutioner', H2, { '2019': '25%' }),
    ...outcomes('Antal unika deltagare i kurser på folkhögskolor', H2, { '2019': '18 078st' }),
    ...outcomes('Utsläpp av fossilt CO2', H3, { '2019': '10,2miljoner ton' }),
    ...outcomes('Andel chefer med 10-35 underställda medarbetare (normtal)', H4, { '2019': '71,4%' }),
    ...outcomes('Sjukfrånvaro i procent av ordinarie tid (obligatorisk redovisning enligt lag)', H4, { '2019': '6,2 %' }),
  ],
  'vgr-indikatorer-2024': [
    { node: K },
    ...outcomes('Beläggningsgrad somatisk slutenvård', K, { '2024': '99,93%' }),
    ...outcomes('Beläggningsgrad psykiatrisk slutenvård', K, { '2024': '92,33%' }),
    ...outcomes('Antal disponibla vårdplatser somatisk slutenvård', K, { '2024': '2 326' }),
    ...outcomes('Antal disponibla vårdplatser psykiatrisk slutenvård', K, { '2024': '591' }),
    ...outcomes('Andel karies- och fyllningsfria 6 åringar per kommun', K, { '2024': '83%' }),
  ],
  'rufs-2050-delmal': [
    { node: 'En tillgänglig region med god livsmiljö' },
    { node: 'En öppen, jämställd, jämlik och inkluderande region' },
    { node: 'En ledande tillväxt- och kunskapsregion' },
    { node: 'En resurseffektiv och resilient region' },
  ],
  'regionh-politiske-malsaetninger': [
    { node: 'Mission' },
    { node: 'Vision' },
    { node: 'Politiske målsætninger' },
    { node: 'Patientens situation styrer forløbet', parent: 'Politiske målsætninger' },
    { node: 'Høj faglig kvalitet', parent: 'Politiske målsætninger' },
    { node: 'Ekspansive vidensmiljøer', parent: 'Politiske målsætninger' },
    { node: 'Grøn og innovativ metropol', parent: 'Politiske målsætninger' },
  ],
  'stockholm-inriktningsmal-2021': [
    { node: 'En modern storstad med möjligheter och valfrihet för alla' },
    { node: 'En hållbart växande och dynamisk storstad med hög tillväxt' },
    { node: 'En ekonomiskt hållbar och innovativ storstad för framtiden.' },
  ],
  'gotland-strategisk-plan': [
    { node: '1 Styrning av Region Gotland' },
    { node: '1.1 Strategisk styrning', parent: '1 Styrning av Region Gotland' },
    { node: '1.2 Gotlands vision och varumärkesplattform', parent: '1 Styrning av Region Gotland' },
    { node: '1.3 Analys av resultat och måluppfyllelse', parent: '1 Styrning av Region Gotland' },
  ],
  'sum-nationale-maal-2016': [
    'Bedre sammenhængende patientforløb',
    'Styrket indsats for kronikere og ældre patienter',
    'Forbedret overlevelse og patientsikkerhed',
    'Behandling af høj kvalitet',
    'Hurtig udredning og behandling',
    'Øget patientinddragelse',
    'Flere sunde leveår',
    'Mere effektivt sundhedsvæsen',
  ].map((node): Fact => ({ node })),
  'sum-otte-nationale-maal-2022': [
    'Bedre sammenhængende patientforløb',
    'Styrket indsats for kronikere og ældre patienter',
    'Forbedret overlevelse og patientsikkerhed',
    'Behandling af høj kvalitet',
    'Hurtig udredning og behandling',
    'Øget patientinddragelse',
    'Flere sunde leveår',
    'Mere effektivt sundhedsvæsen',
  ].map((node): Fact => ({ node, parent: 'De otte nationale mål' })),
  'vargarda-maluppfoljning-2023': [
    { node: 'Social hållbarhet – omsorg och fritid' },
    { node: 'Utvecklande skola' },
    { node: 'Hållbar miljö' },
    { node: 'Social Hållbarhet och organisation' },
  ],
  'nogletal-indikatorer-2015': [{ node: 'God folkesundhed' }, { node: 'Høj kvalitet for patienterne' }, { node: 'Lave sundhedsudgifter pr. borger' }],
  'blekinge-budget-2024': [],
};
