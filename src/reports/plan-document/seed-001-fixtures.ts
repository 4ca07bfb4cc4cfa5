/** Test data copied from seed 001: the optional sections' real rows, until the areas that store them are merged. */
import type { BudgetTable, RiskSection } from './types';

// Copied from seed 001 ("Förändringar i regionbidraget till Regionstyrelsen", Mnkr 2022–2024).
export const REGIONBIDRAG: BudgetTable = {
  title: 'Förändringar i regionbidraget till Regionstyrelsen',
  labelHeader: 'Mnkr',
  columns: ['2022', '2023', '2024'],
  decimals: 1,
  rows: [
    { label: 'Anslag året innan', values: [8406.5, 8712.1, 8930.2] },
    { label: 'Prisuppräknig', values: [300.2, 218.1, 271.3] },
    { label: 'Särskild lönesatsning', values: [17.0, null, null] },
    { label: 'Demografi', values: [38.5, null, null] },
    { label: 'Sunderbyn ökad driftkostnad för verksamhet och fastighet inklusive avskrivningar och driftkostnader', values: [15.6, null, null] },
    { label: 'Sunderbyn engångskostnader', values: [-8.1, null, null] },
    { label: 'MR Kalix', values: [2.4, null, null] },
    { label: 'Hälso- och sjukvård under utredning', values: [50.0, null, null] },
    { label: 'Ramminskning', values: [-110.0, null, null] },
    { label: 'Regionbidrag', values: [8712.1, 8930.2, 9201.5], sum: true },
  ],
};

// Two rows of Bilaga 5 as the seed writes them, row 3 with consequence 3 × probability 4 = 12.
export const RISKS: RiskSection = {
  title: 'Bilaga 5 Regionstyrelsens riskbedömning av framgångsfaktorer',
  intro: 'Regionstyrelsens framgångsfaktorer riskbedöms inför varje planperiod.',
  rows: [
    {
      number: '1',
      perspective: 'Samhälle',
      goal: 'Ett livskraftigt län (RS, RUN)',
      successFactor: 'Attraktiva livsmiljöer finns i hela Norrbotten',
      whatCanHappen: 'Såväl regionen som de privata koncentrerar allt mer verksamhet (HC, FT etc) till några få orter. Nära vårdreformen avstannar.',
      consequence: 'Ojämlig hälso och sjukvård. Ökade sjukresor. Ökade klyftor. Vård på fel vårdnivå. Inte vård efter behov.',
      consequenceScore: 3,
      probability: null,
      risk: 6,
      cause: 'Rekryteringsproblem i glesbygd. Gemensam målbild för region, kommun och andra aktörer saknas.',
      action: 'Servicepunkter, gemensam målbild och god samverkan mellan region och kommun, andra aktörer även i glesbygd (FT, HC) Digitala lösningar.',
      controlMethod: '',
    },
    {
      number: '12',
      perspective: 'Medarbetare',
      goal: 'Hållbar kompetensförsörjning',
      successFactor: 'Tillgänglig och rätt använd kompetens',
      whatCanHappen: 'Att strukturerad kompetensförsörjnings-planering inte genomförs. Att regionen tappar i värde som Attraktiv arbetsgivare.',
      consequence: 'Att vi tappar ytterligare kompetens inom yrkesgrupper med utmanande rekryteringsläge',
      consequenceScore: 3,
      probability: 4,
      risk: 12,
      cause: 'Regionen har redan ett utmanande kompetensförsörjnings-läge, vilket har förvärrats i och med pandemin/omställningen.',
      action: 'Återuppta arbetet med kompetensförsörjnings planer och använda resultatet till analys och beslutsunderlag.',
      controlMethod: 'Uppföljning av styrmått, strategier och aktiviteter',
    },
  ],
};

