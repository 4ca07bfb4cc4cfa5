import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { migrate } from '../db/migrate';
import { isLang } from '../domain/i18n/lang';
import { getTemplate, GOVERNANCE_TEMPLATES } from '../domain/model/templates';
import { firstStart } from '../server/bootstrap';
import { readConfig } from '../server/config';
import { AppError } from '../server/http/errors';
import { findOrganisationBySlug } from '../server/modules/organisations/organisations.queries';
import { importPlanText, readPlan } from '../server/modules/plan-import/plan-import.service';
import { BACKUP_USAGE, backupCommand } from './backup-command';
import { EXPORT_USAGE, runExport } from './export-command';
import { EXTRACT_USAGE, extractCommand } from './extract-command';
import { IMPORT_VALUES_USAGE, importValuesCommand } from './import-values';
import { TARGET_USAGE, targetCommand } from './target-command';

const USAGE = `Användning:
  ledstjarna import <fil> [--dry-run] [--org <slug>] [--model <mall>] [--lang sv|da|en]

  import     läser en plan (text som Regionstyrelsens plan 2022-2024) in i organisationen
  --dry-run  ändrar ingenting; skriver vad som skulle skapas, en rad per nivå och slag
  --org      organisationens kortnamn (standard: region-norrbotten)
  --model    styrmodell för --dry-run utan databas: ${GOVERNANCE_TEMPLATES.map((t) => t.key).join(', ')}

${EXPORT_USAGE}
${EXTRACT_USAGE}
${IMPORT_VALUES_USAGE}
${TARGET_USAGE}
${BACKUP_USAGE}

Databas: DATABASE_URL=postgres://… eller DATA_DIR (standard ./.data, PGlite).`;

/** Runs one command; returns the process exit code. */
export async function run(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  if (argv[0] === 'import-values') return importValuesCommand(argv.slice(1), out);
  if (argv[0] === 'target') return targetCommand(argv.slice(1), out);
  if (argv[0] === 'extract') return extractCommand(argv.slice(1), out);
  if (argv[0] === 'backup' || argv[0] === 'restore') return backupCommand(argv[0], argv.slice(1), out);
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
      return await runExport(db, { what: file, format, plan, period, out: outFile, org, lang }, out);
    } finally {
      await db.close();
    }
  }
  if (values.help || command !== 'import' || !file) {
    out(USAGE);
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
    result.warnings.forEach((w) => out(`Varning rad ${w.line}: ${w.message}`));
    out('Provkörning: ingenting har ändrats.');
    return 0;
  }
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    if (!(await findOrganisationBySlug(db, values.org))) {
      const first = await firstStart(db, { ...config, seed: false });
      if (first.admin?.generated) out(`Administratör ${first.admin.email}, engångslösenord: ${first.admin.password}`);
    }
    const org = await findOrganisationBySlug(db, values.org);
    if (!org) {
      out(`Organisationen "${values.org}" finns inte.`);
      return 1;
    }
    const summary = await importPlanText(db, { organisationId: org.id, text, sourceName: basename(file), dryRun: false, lang });
    summary.lines.forEach((l) => out(l));
    summary.warnings.forEach((w) => out(`Varning rad ${w.line}: ${w.message}`));
    out(`Planen har importerats (id ${summary.planId}).`);
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

const isMain = process.argv[1] && /ledstjarna(\.mjs)?$|cli[\\/]main\.ts$/.test(process.argv[1]);
if (isMain) {
  run(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((err) => {
      if (err instanceof AppError) {
        console.error(`Fel: ${err.message}`);
        for (const d of err.details) console.error(`  ${d.path.replace(/^line\./, 'rad ')}: ${d.message}`);
      } else {
        console.error(`Fel: ${err instanceof Error ? err.message : String(err)}`);
      }
      process.exit(1);
    });
}
