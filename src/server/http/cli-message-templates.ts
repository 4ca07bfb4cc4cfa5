/**
 * The command line's messages (src/cli), Swedish first, with Danish and English: the same
 * catalogue as message-templates.ts (`{0}` … are the values in the Swedish text's order), kept
 * apart so each file stays readable. The CLI prints through `translateMessage` in the reader's
 * language (src/cli/cli-lang.ts). Help texts are in src/cli/cli-usage.ts.
 */
export const CLI_MESSAGE_TEMPLATES: readonly (readonly [sv: string, da: string, en: string])[] = [
  ['Fel: {0}', 'Fejl: {0}', 'Error: {0}'],
  ['rad {0}', 'linje {0}', 'line {0}'],
  ['  rad {0}: {1}', '  linje {0}: {1}', '  line {0}: {1}'],
  ['  rad {0} ({1}): {2}', '  linje {0} ({1}): {2}', '  line {0} ({1}): {2}'],
  ['Varning rad {0}: {1}', 'Advarsel linje {0}: {1}', 'Warning line {0}: {1}'],
  ['Provkörning: ingenting har ändrats.', 'Prøvekørsel: intet er ændret.', 'Dry run: nothing has been changed.'],
  ['Administratör {0}, engångslösenord: {1}', 'Administrator {0}, engangsadgangskode: {1}', 'Administrator {0}, one-time password: {1}'],
  ['Organisationen "{0}" finns inte.', 'Organisationen "{0}" findes ikke.', 'The organisation "{0}" does not exist.'],
  ['Planen har importerats (id {0}).', 'Planen er importeret (id {0}).', 'The plan has been imported (id {0}).'],
  // backup and restore
  ['Filen {0} finns redan; välj ett nytt namn.', 'Filen {0} findes allerede; vælg et nyt navn.', 'The file {0} already exists; choose a new name.'],
  [
    'Datamappen {0} är inte tom. Återställ till en ny mapp: DATA_DIR=<ny mapp> npx ledstjarna restore --from {1}',
    'Datamappen {0} er ikke tom. Gendan til en ny mappe: DATA_DIR=<ny mappe> npx ledstjarna restore --from {1}',
    'The data folder {0} is not empty. Restore into a new folder: DATA_DIR=<new folder> npx ledstjarna restore --from {1}',
  ],
  ['Säkerhetskopian {0} är skriven: {1} tabeller, {2} rader.', 'Sikkerhedskopien {0} er skrevet: {1} tabeller, {2} rækker.', 'The backup {0} is written: {1} tables, {2} rows.'],
  ['Säkerhetskopian {0} är återställd: {1} tabeller, {2} rader.', 'Sikkerhedskopien {0} er gendannet: {1} tabeller, {2} rækker.', 'The backup {0} is restored: {1} tables, {2} rows.'],
  [
    'Datamappen {0} används redan av en annan process (pid {1}, t.ex. servern). Två processer i samma PGlite-mapp förstör den. Stoppa servern först. Medan den kör: import-values går via den körande servern med --server URL, och säkerhetskopior tas av servern själv (LEDSTJARNA_BACKUP_DIR).',
    'Datamappen {0} bruges allerede af en anden proces (pid {1}, fx serveren). To processer i samme PGlite-mappe ødelægger den. Stop serveren først. Mens den kører: import-values går gennem den kørende server med --server URL, og sikkerhedskopier tages af serveren selv (LEDSTJARNA_BACKUP_DIR).',
    'The data folder {0} is already in use by another process (pid {1}, e.g. the server). Two processes in one PGlite folder destroy it. Stop the server first. While it runs: import-values goes through the running server with --server URL, and backups are taken by the server itself (LEDSTJARNA_BACKUP_DIR).',
  ],
  // export and extract
  ['Okänt dokument "{0}". Välj plan, follow-up eller values.', 'Ukendt dokument "{0}". Vælg plan, follow-up eller values.', 'Unknown document "{0}". Choose plan, follow-up or values.'],
  ['Formatet "{0}" finns inte för {1}. Välj en av: {2}.', 'Formatet "{0}" findes ikke for {1}. Vælg en af: {2}.', 'The format "{0}" does not exist for {1}. Choose one of: {2}.'],
  ['Okänt språk "{0}". Välj sv, da eller en.', 'Ukendt sprog "{0}". Vælg sv, da eller en.', 'Unknown language "{0}". Choose sv, da or en.'],
  ['Ogiltigt plan-id "{0}".', 'Ugyldigt plan-id "{0}".', 'Invalid plan id "{0}".'],
  ['Organisationen "{0}" har ingen plan.', 'Organisationen "{0}" har ingen plan.', 'The organisation "{0}" has no plan.'],
  ['Skrev {0} ({1} byte).', 'Skrev {0} ({1} byte).', 'Wrote {0} ({1} bytes).'],
  ['Filen {0} kan inte läsas.', 'Filen {0} kan ikke læses.', 'The file {0} cannot be read.'],
  // import-values
  ['--mapping: "{0}" ska vara fält=kolumn, där fältet är ett av {1}.', '--mapping: "{0}" skal være felt=kolonne, hvor feltet er et af {1}.', '--mapping: "{0}" must be field=column, where the field is one of {1}.'],
  ['--mapping stämmer inte.', '--mapping passer ikke.', '--mapping does not fit.'],
  ['Kolumner: {0}', 'Kolonner: {0}', 'Columns: {0}'],
  [
    '--code och --unit går inte med --server: koppla koderna på sidan Importera värden, eller importera utan --server.',
    '--code og --unit går ikke sammen med --server: kobl koderne på siden Importér værdier, eller importér uden --server.',
    '--code and --unit do not go with --server: link the codes on the Import values page, or import without --server.',
  ],
  ['Det finns ingen användare {0}. Ange en med --user.', 'Der findes ingen bruger {0}. Angiv en med --user.', 'There is no user {0}. Give one with --user.'],
  ['Sparar {0} rader …', 'Gemmer {0} rækker …', 'Saving {0} rows …'],
  ['Läst {0} rader ({1} %)', 'Læst {0} rækker ({1} %)', 'Read {0} rows ({1}%)'],
  [
    'Importerat: {0} värden från {1} rader, {2} nya och {3} ersatta; {4} tomma celler hoppades över.',
    'Importeret: {0} værdier fra {1} rækker, {2} nye og {3} erstattet; {4} tomme celler blev sprunget over.',
    'Imported: {0} values from {1} rows, {2} new and {3} replaced; {4} empty cells were skipped.',
  ],
  ['Ange lösenordet för --user i miljövariabeln LEDSTJARNA_PASSWORD.', 'Angiv adgangskoden til --user i miljøvariablen LEDSTJARNA_PASSWORD.', 'Give the password of --user in the environment variable LEDSTJARNA_PASSWORD.'],
  ['Ingenting importerades: {0}', 'Intet blev importeret: {0}', 'Nothing was imported: {0}'],
  ['Ingenting importerades.', 'Intet blev importeret.', 'Nothing was imported.'],
  ['{0} {1}: skriv system:kod=mått-id, där systemet är ett av {2}.', '{0} {1}: skriv system:kode=målings-id, hvor systemet er et af {2}.', '{0} {1}: write system:code=measure id, where the system is one of {2}.'],
  ['{0} {1}: skriv system:kod=område, där systemet är ett av {2}.', '{0} {1}: skriv system:kode=område, hvor systemet er et af {2}.', '{0} {1}: write system:code=area, where the system is one of {2}.'],
  ['Servern {0} svarar inte ({1}).', 'Serveren {0} svarer ikke ({1}).', 'The server {0} does not answer ({1}).'],
  ['Servern svarade {0}.', 'Serveren svarede {0}.', 'The server answered {0}.'],
];
