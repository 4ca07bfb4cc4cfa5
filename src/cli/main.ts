import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { migrate } from '../db/migrate';
import { isLang, type Lang } from '../domain/i18n/lang';
import { getTemplate } from '../domain/model/templates';
import { firstStart } from '../server/bootstrap';
import { readConfig } from '../server/config';
import { AppError } from '../server/http/errors';
import { translateMessage } from '../server/http/messages';
import { findOrganisationBySlug } from '../server/modules/organisations/organisations.queries';
import { importPlanText, readPlan } from '../server/modules/plan-import/plan-import.service';
import { backupCommand } from './backup-command';
import { cliLang } from './cli-lang';
import { fullUsage } from './cli-usage';
import { runExport } from './export-command';
import { extractCommand } from './extract-command';
import { importValuesCommand } from './import-values';
import { targetCommand } from './target-command';

/**
 * Runs one command; returns the process exit code. Everything it prints is in the reader's language
 * (`--lang`, LEDSTJARNA_LANG, the locale; see cli-lang.ts): the commands write the message
 * catalogue's Swedish texts and `say` words each in that language.
 */
export async function run(argv: string[], out: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): Promise<number> {
  const readerLang = cliLang(argv, env);
  const say = (line: string) => out(translateMessage(line, readerLang));
  if (argv[0] === 'import-values') return importValuesCommand(withoutLang(argv.slice(1)), say, readerLang);
  if (argv[0] === 'target') return targetCommand(argv.slice(1), say, readerLang);
  if (argv[0] === 'extract') return extractCommand(withoutLang(argv.slice(1)), say, readerLang);
  if (argv[0] === 'backup' || argv[0] === 'restore') return backupCommand(argv[0], withoutLang(argv.slice(1)), say, readerLang);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      org: { type: 'string', default: 'region-norrbotten' },
      model: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      format: { type: 'string' },
      plan: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [command, file] = positionals;
  if (command === 'export' && !values.help && file) {
    const config = readConfig();
    const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrate(db);
      const { format, plan, period, out: outFile, org, lang } = values;
      return await runExport(db, { what: file, format, plan, period, out: outFile, org, lang }, say, readerLang);
    } finally {
      await db.close();
    }
  }
  if (values.help || command !== 'import' || !file) {
    out(fullUsage(readerLang));
    return values.help ? 0 : 2;
  }
  const lang = isLang(values.lang) ? values.lang : 'sv';
  const text = readFileSync(file, 'utf8');
  const config = readConfig();
  if (values['dry-run']) {
    // A dry run reads the organisation's model if a database exists, and writes nothing anywhere.
    const model = values.model ? getTemplate(values.model) : ((await existingModel(config, values.org)) ?? getTemplate('norrbotten'));
    const { result, lines } = readPlan(text, model, basename(file), lang);
    lines.forEach((l) => out(l));
    result.warnings.forEach((w) => say(`Varning rad ${w.line}: ${w.message}`));
    say('Provkörning: ingenting har ändrats.');
    return 0;
  }
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    if (!(await findOrganisationBySlug(db, values.org))) {
      const first = await firstStart(db, { ...config, seed: false });
      if (first.admin?.generated) say(`Administratör ${first.admin.email}, engångslösenord: ${first.admin.password}`);
    }
    const org = await findOrganisationBySlug(db, values.org);
    if (!org) {
      say(`Organisationen "${values.org}" finns inte.`);
      return 1;
    }
    const summary = await importPlanText(db, { organisationId: org.id, text, sourceName: basename(file), dryRun: false, lang });
    summary.lines.forEach((l) => out(l));
    summary.warnings.forEach((w) => say(`Varning rad ${w.line}: ${w.message}`));
    say(`Planen har importerats (id ${summary.planId}).`);
    return 0;
  } finally {
    await db.close();
  }
}

/** The organisation's governance model from an existing database, without creating or migrating one. */
async function existingModel(config: ReturnType<typeof readConfig>, slug: string) {
  if (!config.databaseUrl && !existsSync(config.dataDir)) return undefined;
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return (await findOrganisationBySlug(db, slug))?.definition;
  } catch {
    return undefined; // not migrated yet: no organisation to read
  } finally {
    await db.close();
  }
}

/** The arguments without `--lang X` / `--lang=X`, for commands that take no other use of it. */
function withoutLang(argv: string[]): string[] {
  return argv.filter((a, i) => a !== '--lang' && argv[i - 1] !== '--lang' && !a.startsWith('--lang='));
}

/** An error that ended a command, in the reader's language: its message and, indented, each detail (`rad 3: …`). */
export function errorLines(err: unknown, lang: Lang): string[] {
  const t = (text: string) => translateMessage(text, lang);
  if (!(err instanceof AppError)) return [t(`Fel: ${err instanceof Error ? err.message : String(err)}`)];
  const where = (path: string) => (/^line\.\d+$/.test(path) ? t(`rad ${path.slice('line.'.length)}`) : path);
  return [
    t(`Fel: ${translateMessage(err.message, lang, err.localized)}`),
    ...err.details.map((d) => `  ${where(d.path)}: ${d.message === err.message ? translateMessage(d.message, lang, err.localized) : t(d.message)}`),
  ];
}

const isMain = process.argv[1] && /ledstjarna(\.mjs)?$|cli[\\/]main\.ts$/.test(process.argv[1]);
if (isMain) {
  const argv = process.argv.slice(2);
  run(argv)
    .then((code) => process.exit(code))
    .catch((err) => {
      for (const line of errorLines(err, cliLang(argv, process.env))) console.error(line);
      process.exit(1);
    });
}
