/**
 * Seed 003 (Region Midtjylland, "Strategispor vedr. Region Midtjyllands rolle i det nære og
 * sammenhængende sundhedsvæsen", Klyngerne juni 2016): its five spor and the questions put to the
 * klynger, copied as the document writes them (from "SPOR 1" to the end), and read into plan parts and questions.
 */
export const STRATEGISPOR_TEXT = `SPOR 1

Fælles og integrerende samarbejdsformer

- Sundhedsindsatsen indrettes så den enkelte borgers samlede situation og ønsker bedst imødekommes – uanset sektorgrænser
- Udvikling og afprøvning af nye samarbejdsformer og nye løsningsmodeller i det tværsektorielle arbejde
- Fælles løsninger, hvor sundhedsindsatsen spiller sammen med indsatser i forhold til arbejdsmarkedstilknnytning, social- og psykiatriområdet



SPOR 2

Regional understøttelse af kommunale sundhedsløsninger tæt på borgerne

- Fælles opgaveløsning omkring det enkelte patientforløb – bl.a. så flere borgere undgår indlæggelse og kan behandles i primær sektor
- Lægefagligt ansvar og understøttelse i borgernes eget hjem/primær sektor (fx på kommunale aflastnings- og akutpladser, akutteam)
- Kompetenceudvikling og vidensdeling



SPOR 3

Regionale sundhedsløsninger tæt på borgeren

 
- Prioritering af velfærdsteknologiske løsninger som kan sikre, at specialiserede behandlings- og opfølgningsopgaver kan løses borgernært
- Regionalt engagement og tilstedeværelse i Sundhedshuse
- Videreudvikling af almen praksis og etablering af nye løsninger vedrørende lokal lægehjælp, herunder praksisfællesskaber i lægedækningstruede områder
- Nytænkning vedrørende organisering af indsatsen i forhold til borgere med kroniske sygdomme og særligt sårbare borgere
- Udgående funktioner og indlæggelse i eget hjem



SPOR 4

Proaktiv og differentieret indsats

 
- Tilrettelæggelse af den sundhedsfaglige indsats med udgangspunkt i befolkningens sundhedsudfordringer og de sociodemografiske forhold
- Aktiv inddragelse af relevante samarbejdspartnere når patienter med opfølgingsbehov udskrives
- Alternative og opsøgende sundhedstilbud til psykisk syge og socialt udsatte
- Forsøg med allokering og afregning af almen praksis med udgangspunkt i et populationsansvar



SPOR 5

Fokus på strukturelle barrierer

- Påvirkning og udvikling af de økonomiske incitamentsstrukturer, med henblik på understøttelse af integrerede sundhedsindsatser overfor borgerne
- Udvikling af de praktiserende lægers rolle i det nære og sammenhængende sundhedsvæsen, herunder med nye honoreringsformer
- Muliggørelse af relevant udveksling af data mellem sektorerne, herunder bedre dataunderstøttelse og kommunikation om det enkelte tværsektorielle patientforløb



Spørgsmål

- Hvordan ser I den fremadrettede opgaveløsning i det nære sundhedsvæsen?
 - I hvor høj grad er den fælles?
 - Hvilken rolle/opgaver varetager regionen?
 - Hvilken rolle/opgaver varetager kommunen?
- Konkrete input til strategien?
- Hvilke udfordringer er I optaget af, og hvilke løsninger peger det på?
`;

export const STRATEGISPOR_TITLE = 'Strategispor vedr. Region Midtjyllands rolle i det nære og sammenhængende sundhedsvæsen';

/** The spor (title and indsatser) and the questions (with sub-questions) as the text writes them. */
export function readStrategispor(text = STRATEGISPOR_TEXT): {
  spor: { title: string; initiatives: string[] }[];
  questions: { text: string; subQuestions: string[] }[];
} {
  const spor: { title: string; initiatives: string[] }[] = [];
  const questions: { text: string; subQuestions: string[] }[] = [];
  let mode: 'spor-title' | 'spor' | 'questions' | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) continue;
    if (/^SPOR \d+$/.test(line.trim())) {
      mode = 'spor-title';
      continue;
    }
    if (line.trim() === 'Spørgsmål') {
      mode = 'questions';
      continue;
    }
    if (mode === 'spor-title') {
      spor.push({ title: line.trim(), initiatives: [] });
      mode = 'spor';
    } else if (mode === 'spor' && line.startsWith('- ')) {
      spor.at(-1)!.initiatives.push(line.slice(2).trim());
    } else if (mode === 'questions' && line.startsWith('- ')) {
      questions.push({ text: line.slice(2).trim(), subQuestions: [] });
    } else if (mode === 'questions' && /^\s+- /.test(line)) {
      questions.at(-1)!.subQuestions.push(line.trim().slice(2).trim());
    }
  }
  return { spor, questions };
}
