/** The command line's help texts in Swedish, Danish and English (`npx ledstjarna --help --lang da`). */
import type { Lang, Localized } from '../domain/i18n/lang';
import { GOVERNANCE_TEMPLATES } from '../domain/model/templates';

const TEMPLATE_KEYS = GOVERNANCE_TEMPLATES.map((t) => t.key).join(', ');

/** `Användning:` and its translations, the first line of every help text. */
export const USAGE_HEADING: Localized = { sv: 'Användning:', da: 'Brug:', en: 'Usage:' };

const IMPORT: Localized = {
  sv: `  ledstjarna import <fil> [--dry-run] [--org <slug>] [--model <mall>] [--lang sv|da|en]

  import     läser en plan (text som Regionstyrelsens plan 2022-2024) in i organisationen
  --dry-run  ändrar ingenting; skriver vad som skulle skapas, en rad per nivå och slag
  --org      organisationens kortnamn (standard: region-norrbotten)
  --model    styrmodell för --dry-run utan databas: ${TEMPLATE_KEYS}
  --lang     språket för planens text och för det kommandot skriver (annars LEDSTJARNA_LANG eller systemets språk)`,
  da: `  ledstjarna import <fil> [--dry-run] [--org <slug>] [--model <skabelon>] [--lang sv|da|en]

  import     indlæser en plan (tekst som Regionstyrelsens plan 2022-2024) i organisationen
  --dry-run  ændrer intet; skriver, hvad der ville blive oprettet, én linje pr. niveau og type
  --org      organisationens kortnavn (standard: region-norrbotten)
  --model    styringsmodel til --dry-run uden database: ${TEMPLATE_KEYS}
  --lang     sproget i planens tekst og i det, kommandoen skriver (ellers LEDSTJARNA_LANG eller systemets sprog)`,
  en: `  ledstjarna import <file> [--dry-run] [--org <slug>] [--model <template>] [--lang sv|da|en]

  import     reads a plan (text like Regionstyrelsens plan 2022-2024) into the organisation
  --dry-run  changes nothing; prints what would be created, one line per level and kind
  --org      the organisation's short name (default: region-norrbotten)
  --model    governance model for --dry-run without a database: ${TEMPLATE_KEYS}
  --lang     the language of the plan's text and of what the command prints (else LEDSTJARNA_LANG or the system's language)`,
};

const EXPORT: Localized = {
  sv: `  ledstjarna export plan --format docx|pdf [--plan <id>] [--lang sv|da|en] [--out <fil>]
  ledstjarna export follow-up --period 2022-DÅ08 --format docx|pdf [--plan <id>] [--lang sv|da|en] [--out <fil>]
  ledstjarna export values --format xlsx [--plan <id>] [--lang sv|da|en] [--out <fil>]

  export     skriver planen, uppföljningsrapporten för en period eller alla mått och värden
  --plan     planens id (standard: organisationens senaste plan)
  --lang     dokumentets språk: sv, da eller en (standard: organisationens språk)
  --out      filen att skriva (standard: dokumentets namn i aktuell mapp)`,
  da: `  ledstjarna export plan --format docx|pdf [--plan <id>] [--lang sv|da|en] [--out <fil>]
  ledstjarna export follow-up --period 2022-DÅ08 --format docx|pdf [--plan <id>] [--lang sv|da|en] [--out <fil>]
  ledstjarna export values --format xlsx [--plan <id>] [--lang sv|da|en] [--out <fil>]

  export     skriver planen, opfølgningsrapporten for en periode eller alle målinger og værdier
  --plan     planens id (standard: organisationens seneste plan)
  --lang     dokumentets sprog: sv, da eller en (standard: organisationens sprog)
  --out      filen, der skal skrives (standard: dokumentets navn i den aktuelle mappe)`,
  en: `  ledstjarna export plan --format docx|pdf [--plan <id>] [--lang sv|da|en] [--out <file>]
  ledstjarna export follow-up --period 2022-DÅ08 --format docx|pdf [--plan <id>] [--lang sv|da|en] [--out <file>]
  ledstjarna export values --format xlsx [--plan <id>] [--lang sv|da|en] [--out <file>]

  export     writes the plan, the follow-up report for a period, or all measures and values
  --plan     the plan's id (default: the organisation's latest plan)
  --lang     the document's language: sv, da or en (default: the organisation's language)
  --out      the file to write (default: the document's name in the current folder)`,
};

const EXTRACT: Localized = {
  sv: `  ledstjarna extract <fil> --json

  extract    läser ett plandokument (DOCX, PDF, XLSX, CSV, HTML, text) och skriver förslaget till
             planens struktur som JSON; ändrar ingenting. Nivåerna får namn ur den medföljande
             styrmodell vars ord dokumentet tydligt använder, annars sitt djup (1 = överst)`,
  da: `  ledstjarna extract <fil> --json

  extract    læser et plandokument (DOCX, PDF, XLSX, CSV, HTML, tekst) og skriver forslaget til
             planens struktur som JSON; ændrer intet. Niveauerne får navn fra den medfølgende
             styringsmodel, hvis ord dokumentet tydeligt bruger, ellers deres dybde (1 = øverst)`,
  en: `  ledstjarna extract <file> --json

  extract    reads a plan document (DOCX, PDF, XLSX, CSV, HTML, text) and prints the proposed
             structure of the plan as JSON; changes nothing. Levels are named from the shipped
             governance model whose words the document clearly uses, else by depth (1 = top)`,
};

const IMPORT_VALUES: Localized = {
  sv: `  ledstjarna import-values <fil> --plan <id> [--mapping <json-fil | json | fält=kolumn,…>]
                    [--layout long|wide] [--number-format auto|sv|en] [--final] [--user <e-post>]
                    [--code <system>:<kod>=<mått-id> …] [--unit <system>:<kod>=<område> …] [--server <url>]

  import-values  läser värden in i planen, allt eller inget: CSV eller XLSX med kolumner, eller
                 DHIS2 dataValueSets (JSON, CSV), SCB PxWebApi (PX-Web JSON, JSON-stat 2.0), Kolada
                 (fil, JSON) och Stratsys-export (tabbavgränsad); formatet känns igen av innehållet
  --code         kopplar en kod i filen till ett mått, en gång för organisationen
                 (system: kolada, dhis2, scb, name), t.ex. --code dhis2:fbfJHSPpUQD=12
  --unit         kopplar en enhetskod till ett område (tomt: hela organisationen), t.ex. --unit kolada:0180=Stockholm
  --mapping      vilka kolumner som är vad, t.ex. measure=Mått,period=Period,sex=Kön,value=Värde
                 (fält: measure, period, value, sex, ageBand, area); utan --mapping gissas det från rubrikerna
  --user         vem som importerar (standard: LEDSTJARNA_ADMIN_EMAIL)
  --server       importera via en körande server (t.ex. http://localhost:3000) i stället för att öppna
                 databasen; lösenordet för --user läses från LEDSTJARNA_PASSWORD. Filen får vara högst 50 MB.`,
  da: `  ledstjarna import-values <fil> --plan <id> [--mapping <json-fil | json | felt=kolonne,…>]
                    [--layout long|wide] [--number-format auto|sv|en] [--final] [--user <e-mail>]
                    [--code <system>:<kode>=<målings-id> …] [--unit <system>:<kode>=<område> …] [--server <url>]

  import-values  indlæser værdier i planen, alt eller intet: CSV eller XLSX med kolonner, eller
                 DHIS2 dataValueSets (JSON, CSV), SCB PxWebApi (PX-Web JSON, JSON-stat 2.0), Kolada
                 (fil, JSON) og Stratsys-eksport (tabulatorsepareret); formatet genkendes på indholdet
  --code         kobler en kode i filen til en måling, én gang for organisationen
                 (system: kolada, dhis2, scb, name), fx --code dhis2:fbfJHSPpUQD=12
  --unit         kobler en enhedskode til et område (tomt: hele organisationen), fx --unit kolada:0180=Stockholm
  --mapping      hvilke kolonner der er hvad, fx measure=Måling,period=Periode,sex=Køn,value=Værdi
                 (felter: measure, period, value, sex, ageBand, area); uden --mapping gættes det ud fra overskrifterne
  --user         hvem der importerer (standard: LEDSTJARNA_ADMIN_EMAIL)
  --server       importér via en kørende server (fx http://localhost:3000) i stedet for at åbne
                 databasen; adgangskoden til --user læses fra LEDSTJARNA_PASSWORD. Filen må højst være på 50 MB.`,
  en: `  ledstjarna import-values <file> --plan <id> [--mapping <json file | json | field=column,…>]
                    [--layout long|wide] [--number-format auto|sv|en] [--final] [--user <e-mail>]
                    [--code <system>:<code>=<measure id> …] [--unit <system>:<code>=<area> …] [--server <url>]

  import-values  reads values into the plan, all or nothing: CSV or XLSX with columns, or
                 DHIS2 dataValueSets (JSON, CSV), SCB PxWebApi (PX-Web JSON, JSON-stat 2.0), Kolada
                 (file, JSON) and Stratsys exports (tab-separated); the format is recognised by its content
  --code         links a code in the file to a measure, once for the organisation
                 (system: kolada, dhis2, scb, name), e.g. --code dhis2:fbfJHSPpUQD=12
  --unit         links a unit code to an area (empty: the whole organisation), e.g. --unit kolada:0180=Stockholm
  --mapping      which columns are what, e.g. measure=Measure,period=Period,sex=Sex,value=Value
                 (fields: measure, period, value, sex, ageBand, area); without --mapping it is guessed from the headings
  --user         who imports (default: LEDSTJARNA_ADMIN_EMAIL)
  --server       import through a running server (e.g. http://localhost:3000) instead of opening the
                 database; the password of --user is read from LEDSTJARNA_PASSWORD. The file may be at most 50 MB.`,
};

const TARGET: Localized = {
  sv: `  ledstjarna target "<måltext>" [--lang sv|da|en] [--json]
             visar hur en måltext förstås (riktning, tal, jämförelse, mening); öppnar ingen databas`,
  da: `  ledstjarna target "<måltekst>" [--lang sv|da|en] [--json]
             viser, hvordan en måltekst forstås (retning, tal, sammenligning, sætning); åbner ingen database`,
  en: `  ledstjarna target "<target text>" [--lang sv|da|en] [--json]
             shows how a target text is read (direction, numbers, comparison, sentence); opens no database`,
};

const BACKUP: Localized = {
  sv: `  ledstjarna backup --out <fil>
  ledstjarna restore --from <fil>

  backup     skriver hela databasen (PGlite eller PostgreSQL) till en fil; servern ska vara stoppad
             när databasen är en PGlite-mapp (eller använd den schemalagda säkerhetskopian, LEDSTJARNA_BACKUP_DIR)
  restore    läser in en säkerhetskopia i en tom datamapp (DATA_DIR) eller en tom PostgreSQL-databas`,
  da: `  ledstjarna backup --out <fil>
  ledstjarna restore --from <fil>

  backup     skriver hele databasen (PGlite eller PostgreSQL) til en fil; serveren skal være stoppet,
             når databasen er en PGlite-mappe (eller brug den planlagte sikkerhedskopi, LEDSTJARNA_BACKUP_DIR)
  restore    indlæser en sikkerhedskopi i en tom datamappe (DATA_DIR) eller en tom PostgreSQL-database`,
  en: `  ledstjarna backup --out <file>
  ledstjarna restore --from <file>

  backup     writes the whole database (PGlite or PostgreSQL) to a file; the server must be stopped
             when the database is a PGlite folder (or use the scheduled backup, LEDSTJARNA_BACKUP_DIR)
  restore    reads a backup into an empty data folder (DATA_DIR) or an empty PostgreSQL database`,
};

const DATABASE: Localized = {
  sv: 'Databas: DATABASE_URL=postgres://… eller DATA_DIR (standard ./.data, PGlite).\nSpråk: --lang, LEDSTJARNA_LANG eller systemets (LC_ALL, LC_MESSAGES, LANG); standard sv.',
  da: 'Database: DATABASE_URL=postgres://… eller DATA_DIR (standard ./.data, PGlite).\nSprog: --lang, LEDSTJARNA_LANG eller systemets (LC_ALL, LC_MESSAGES, LANG); standard sv.',
  en: 'Database: DATABASE_URL=postgres://… or DATA_DIR (default ./.data, PGlite).\nLanguage: --lang, LEDSTJARNA_LANG or the system’s (LC_ALL, LC_MESSAGES, LANG); default sv.',
};

/** One command's help text, after the `Användning:` line. */
export const COMMAND_USAGE = { import: IMPORT, export: EXPORT, extract: EXTRACT, 'import-values': IMPORT_VALUES, target: TARGET, backup: BACKUP } as const;

/** A command's help in `lang`, headed `Användning:` / `Brug:` / `Usage:`. */
export function commandUsage(command: keyof typeof COMMAND_USAGE, lang: Lang): string {
  return `${USAGE_HEADING[lang]}\n${COMMAND_USAGE[command][lang]}`;
}

/** Every command's help in `lang`. */
export function fullUsage(lang: Lang): string {
  const sections = Object.values(COMMAND_USAGE).map((u) => u[lang]);
  return `${USAGE_HEADING[lang]}\n${sections.join('\n\n')}\n\n${DATABASE[lang]}`;
}
