import { JUDGEMENT_LABELS } from '../../domain/followup/types';

/**
 * What the pure rules in src/domain tell a reader when they refuse an input (budget lines, risk
 * scores, activities, judgements, roadmap arrows, plan text), Swedish first, with Danish and English:
 * the same catalogue as message-templates.ts (`{0}` … are the values in the Swedish text's order).
 * The domain words a refusal in Swedish; the error handler answers in the reader's language
 * through `translateMessage`.
 */
export const DOMAIN_MESSAGE_TEMPLATES: readonly (readonly [sv: string, da: string, en: string])[] = [
  // Budget lines (src/domain/budget/budget-line.ts); the amount's error follows its column: `Kolumn: …`
  ['Beloppet är inget tal.', 'Beløbet er ikke et tal.', 'The amount is not a number.'],
  ['"{0}" är inget belopp. Skriv t.ex. 8 406,5 eller −8,1.', '"{0}" er ikke et beløb. Skriv fx 8 406,5 eller −8,1.', '"{0}" is not an amount. Write e.g. 8 406,5 or −8,1.'],
  ['Ange radens benämning, t.ex. "Prisuppräkning".', 'Angiv rækkens betegnelse, fx "Prisuppräkning".', 'Give the row’s label, e.g. "Prisuppräkning".'],
  ['Raden har {0} belopp; tabellen "{1}" har {2} kolumner ({3}).', 'Rækken har {0} beløb; tabellen "{1}" har {2} kolonner ({3}).', 'The row has {0} amounts; the table "{1}" has {2} columns ({3}).'],
  [
    'Beloppet i kolumnen "{0}" saknar år: varken kolumnen eller tabellen "{1}" anger vilket år det gäller.',
    'Beløbet i kolonnen "{0}" mangler år: hverken kolonnen eller tabellen "{1}" angiver, hvilket år det gælder.',
    'The amount in the column "{0}" has no year: neither the column nor the table "{1}" says which year it is for.',
  ],
  // Risk scores (src/domain/risks/score.ts)
  ['Konsekvensen ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte saknas.', 'Konsekvensen mangler; den skal være et heltal 1–4 (1 = lav, 4 = høj).', 'The consequence is missing; it must be a whole number 1–4 (1 = low, 4 = high).'],
  ['Sannolikheten ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte saknas.', 'Sandsynligheden mangler; den skal være et heltal 1–4 (1 = lav, 4 = høj).', 'The probability is missing; it must be a whole number 1–4 (1 = low, 4 = high).'],
  ['Konsekvensen ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte {0}.', 'Konsekvensen skal være et heltal 1–4 (1 = lav, 4 = høj), ikke {0}.', 'The consequence must be a whole number 1–4 (1 = low, 4 = high), not {0}.'],
  ['Sannolikheten ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte {0}.', 'Sandsynligheden skal være et heltal 1–4 (1 = lav, 4 = høj), ikke {0}.', 'The probability must be a whole number 1–4 (1 = low, 4 = high), not {0}.'],
  ['Risken ska vara ett heltal 1–16 (konsekvens × sannolikhet), inte "{0}".', 'Risikoen skal være et heltal 1–16 (konsekvens × sandsynlighed), ikke "{0}".', 'The risk must be a whole number 1–16 (consequence × probability), not "{0}".'],
  ['Risken {0} stämmer inte med konsekvens {1} × sannolikhet {2} = {3}.', 'Risikoen {0} stemmer ikke med konsekvens {1} × sandsynlighed {2} = {3}.', 'The risk {0} does not match consequence {1} × probability {2} = {3}.'],
  ['Risken ska vara ett heltal 1–16, inte "{0}"; sannolikheten kan inte härledas.', 'Risikoen skal være et heltal 1–16, ikke "{0}"; sandsynligheden kan ikke udledes.', 'The risk must be a whole number 1–16, not "{0}"; the probability cannot be derived.'],
  [
    'Sannolikheten saknas och kan inte härledas: risk {0} / konsekvens {1} är inget heltal 1–4.',
    'Sandsynligheden mangler og kan ikke udledes: risiko {0} / konsekvens {1} er ikke et heltal 1–4.',
    'The probability is missing and cannot be derived: risk {0} / consequence {1} is not a whole number 1–4.',
  ],
  ['Gränsen för när åtgärd krävs ska vara ett heltal 2–16, inte "{0}".', 'Grænsen for, hvornår der kræves tiltag, skal være et heltal 2–16, ikke "{0}".', 'The threshold from which action is needed must be a whole number 2–16, not "{0}".'],
  // Activities and assignments (src/domain/plan-content/validation.ts)
  ['Ange vad som ska göras (aktivitetens namn).', 'Angiv, hvad der skal gøres (aktivitetens navn).', 'Say what is to be done (the activity’s name).'],
  ['Ange vem som ansvarar: en person eller en enhet.', 'Angiv, hvem der er ansvarlig: en person eller en enhed.', 'Say who is responsible: a person or a unit.'],
  ['Startdatumet "{0}" är inget datum. Skriv t.ex. 2022-03-01.', 'Startdatoen "{0}" er ikke en dato. Skriv fx 2022-03-01.', 'The start date "{0}" is not a date. Write e.g. 2022-03-01.'],
  ['Slutdatumet "{0}" är inget datum. Skriv t.ex. 2022-12-31.', 'Slutdatoen "{0}" er ikke en dato. Skriv fx 2022-12-31.', 'The end date "{0}" is not a date. Write e.g. 2022-12-31.'],
  ['Slutdatumet {0} ligger före startdatumet {1}.', 'Slutdatoen {0} ligger før startdatoen {1}.', 'The end date {0} is before the start date {1}.'],
  ['Välj minst ett mål eller en framgångsfaktor som aktiviteten bidrar till.', 'Vælg mindst ét mål eller én succesfaktor, som aktiviteten bidrager til.', 'Choose at least one goal or success factor the activity contributes to.'],
  ['Planen har ingen nod med id {0}.', 'Planen har intet element med id {0}.', 'The plan has no node with id {0}.'],
  ['Agenda 2030 har mål 1–17; {0} är inget av dem.', 'Agenda 2030 har mål 1–17; {0} er ikke et af dem.', 'Agenda 2030 has goals 1–17; {0} is none of them.'],
  ['Skriv varför uppdraget avbröts.', 'Skriv, hvorfor opgaven blev afbrudt.', 'Write why the assignment was cancelled.'],
  ['Kommentaren får vara högst 4 000 tecken.', 'Kommentaren må højst være på 4.000 tegn.', 'The comment may be at most 4,000 characters.'],
  // Plan text (src/domain/plan-content/rich-text.ts)
  [
    'HTML är inte tillåtet och visas som text. Använd **fet**, *kursiv*, [länk](https://…), "## " för rubrik och "- " för punktlista.',
    'HTML er ikke tilladt og vises som tekst. Brug **fed**, *kursiv*, [link](https://…), "## " til overskrift og "- " til punktliste.',
    'HTML is not allowed and is shown as text. Use **bold**, *italic*, [link](https://…), "## " for a heading and "- " for a bulleted list.',
  ],
  [
    'Länken "{0}" visas som text: länkar får bara gå till https://, mailto: eller en sökväg på webbplatsen (som börjar med ett enda /).',
    'Linket "{0}" vises som tekst: links må kun gå til https://, mailto: eller en sti på webstedet (der begynder med en enkelt /).',
    'The link "{0}" is shown as text: links may only go to https://, mailto: or a path on the site (starting with a single /).',
  ],
  // Judgements in the follow-up (src/domain/followup/validation.ts, workflow.ts)
  ['Analysen får vara högst {0} tecken.', 'Analysen må højst være på {0} tegn.', 'The analysis may be at most {0} characters.'],
  ['Åtgärderna får vara högst {0} tecken.', 'Tiltagene må højst være på {0} tegn.', 'The actions may be at most {0} characters.'],
  ['Välj en bedömning: uppfyllt, delvis uppfyllt, ej uppfyllt eller ej bedömt.', 'Vælg en vurdering: opfyldt, delvist opfyldt, ikke opfyldt eller ikke vurderet.', 'Choose a judgement: met, partly met, not met or not assessed.'],
  ['Skriv en analys: {0}.', 'Skriv en analyse: {0}.', 'Write an analysis: {0}.'],
  // The reasons an analysis is needed, joined by "; "
  ['{0}; {1}', '{0}; {1}', '{0}; {1}'],
  ['måttet "{0}" är inte uppfyllt', 'målet "{0}" er ikke opfyldt', 'the measure "{0}" is not met'],
  ['måtten {0} är inte uppfyllda', 'målene {0} er ikke opfyldt', 'the measures {0} are not met'],
  // One template for each pair of judgement and proposal, so that a judgement's word is translated only here.
  ...Object.values(JUDGEMENT_LABELS).flatMap((judgement) =>
    Object.values(JUDGEMENT_LABELS)
      .filter((proposal) => proposal !== judgement)
      .map(
        (proposal) =>
          [
            `bedömningen (${judgement.sv.toLowerCase()}) skiljer sig från förslaget (${proposal.sv.toLowerCase()})`,
            `vurderingen (${judgement.da.toLowerCase()}) afviger fra forslaget (${proposal.da.toLowerCase()})`,
            `the judgement (${judgement.en.toLowerCase()}) differs from the proposal (${proposal.en.toLowerCase()})`,
          ] as const,
      ),
  ),
  ['Du får bara skriva bedömningar för mål och framgångsfaktorer som du är ansvarig för.', 'Du må kun skrive vurderinger for mål og succesfaktorer, du er ansvarlig for.', 'You may only write judgements for goals and success factors you are responsible for.'],
  ['Du får bara skicka in bedömningar för mål och framgångsfaktorer som du är ansvarig för.', 'Du må kun indsende vurderinger for mål og succesfaktorer, du er ansvarlig for.', 'You may only submit judgements for goals and success factors you are responsible for.'],
  ['Bara redaktörer och administratörer får godkänna bedömningar.', 'Kun redaktører og administratorer må godkende vurderinger.', 'Only editors and administrators may approve judgements.'],
  ['Bara redaktörer och administratörer får skicka tillbaka bedömningar.', 'Kun redaktører og administratorer må sende vurderinger tilbage.', 'Only editors and administrators may send judgements back.'],
  ['Det finns ingen bedömning för perioden ännu. Spara ett utkast först.', 'Der er endnu ingen vurdering for perioden. Gem et udkast først.', 'There is no judgement for the period yet. Save a draft first.'],
  [
    'Bedömningen är godkänd och låst. En redaktör behöver skicka tillbaka den innan den kan ändras.',
    'Vurderingen er godkendt og låst. En redaktør skal sende den tilbage, før den kan ændres.',
    'The judgement is approved and locked. An editor needs to send it back before it can be changed.',
  ],
  [
    'Bedömningen är redan inskickad. En redaktör behöver skicka tillbaka den innan den kan ändras.',
    'Vurderingen er allerede indsendt. En redaktør skal sende den tilbage, før den kan ændres.',
    'The judgement has already been submitted. An editor needs to send it back before it can be changed.',
  ],
  ['Bedömningen är redan godkänd.', 'Vurderingen er allerede godkendt.', 'The judgement has already been approved.'],
  ['Bara en inskickad bedömning kan godkännas. Skicka in den först.', 'Kun en indsendt vurdering kan godkendes. Send den ind først.', 'Only a submitted judgement can be approved. Submit it first.'],
  ['Bedömningen är ett utkast; det finns inget att skicka tillbaka.', 'Vurderingen er et udkast; der er intet at sende tilbage.', 'The judgement is a draft; there is nothing to send back.'],
  // Roadmap arrows (src/domain/roadmap/graph.ts)
  ['En milstolpe kan inte leda till sig själv ({0}).', 'En milepæl kan ikke føre til sig selv ({0}).', 'A milestone cannot lead to itself ({0}).'],
  ['Milstolpen eller målet {0} finns inte i kartan.', 'Milepælen eller målet {0} findes ikke på kortet.', 'The milestone or goal {0} is not on the map.'],
  ['Pilen finns redan.', 'Pilen findes allerede.', 'The arrow already exists.'],
  ['Pilen skulle skapa en cirkel: {0}.', 'Pilen ville skabe en cirkel: {0}.', 'The arrow would create a cycle: {0}.'],
  // Governance model templates (src/domain/model/templates.ts)
  ['Okänd mall för styrmodell "{0}"; välj en av: {1}', 'Ukendt skabelon for styringsmodel "{0}"; vælg en af: {1}', 'Unknown governance model template "{0}"; choose one of: {1}'],
];
