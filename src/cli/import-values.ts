import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { migrate } from '../db/migrate';
import type { Lang } from '../domain/i18n/lang';
import { formatNumber } from '../domain/numbers';
import type { Actor } from '../server/access/can';
import { readConfig } from '../server/config';
import { AppError } from '../server/http/errors';
import { findUserByEmail, membershipsOf } from '../server/modules/auth/auth.queries';
import { mappingSchema } from '../server/modules/value-import/value-import.schema';
import { importValuesFromFile, suggestMappingForFile } from '../server/modules/value-import/value-import.service';
import { FORMAT_NAMES } from '../importers/values/formats/neutral';
import type { CodeMappingInput, CodeSystem, ValueMapping } from '../shared/value-import-types';
import { commandUsage } from './cli-usage';
import { ServerCallError, ServerClient } from './server-client';

const PAIR_FIELDS = new Set(['measure', 'period', 'value', 'sex', 'ageBand', 'area']);

/** Reads --mapping: a JSON file, inline JSON, or `field=Column` pairs separated by commas. */
function readMapping(text: string): Partial<ValueMapping> {
  if (existsSync(text)) return JSON.parse(readFileSync(text, 'utf8')) as Partial<ValueMapping>;
  if (text.trim().startsWith('{')) return JSON.parse(text) as Partial<ValueMapping>;
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim();
    if (at < 0 || !PAIR_FIELDS.has(field)) throw new AppError('validation', `--mapping: "${pair}" ska vara fält=kolumn, där fältet är ett av ${[...PAIR_FIELDS].join(', ')}.`);
    mapping[field] = pair.slice(at + 1).trim();
  }
  return mapping;
}

/** `npx ledstjarna import-values …`: streams a values file into a plan and prints the summary; `out` words the catalogue's Swedish texts in `lang`. */
export async function importValuesCommand(argv: string[], out: (line: string) => void, lang: Lang = 'sv'): Promise<number> {
  const n = (v: number) => formatNumber(v, lang).replace(/\u00a0/g, ' ');
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      plan: { type: 'string' },
      mapping: { type: 'string' },
      layout: { type: 'string' },
      'number-format': { type: 'string' },
      final: { type: 'boolean', default: false },
      user: { type: 'string' },
      server: { type: 'string' },
      code: { type: 'string', multiple: true },
      unit: { type: 'string', multiple: true },
    },
  });
  const [file] = positionals;
  const planId = Number(values.plan);
  if (!file || !Number.isInteger(planId) || planId <= 0) {
    out(commandUsage('import-values', lang));
    return 2;
  }
  if (!existsSync(file)) {
    out(`Filen ${file} finns inte.`);
    return 1;
  }
  const codes = [...readCodes(values.code ?? [], 'measure'), ...readCodes(values.unit ?? [], 'area')];
  const detected = await suggestMappingForFile(file, lang);
  const coded = detected.headers.length === 0;
  if (coded) out(`Format: ${FORMAT_NAMES[detected.format]}`);
  const suggested = values.mapping && !coded ? null : detected;
  const given = values.mapping ? readMapping(values.mapping) : {};
  const parsed = mappingSchema.safeParse({
    ...(suggested?.mapping ?? { layout: 'long', numberFormat: 'auto' }),
    ...given,
    ...(values.layout ? { layout: values.layout } : {}),
    ...(values['number-format'] ? { numberFormat: values['number-format'] } : {}),
    status: values.final ? 'final' : 'preliminary',
  });
  if (!parsed.success) {
    throw new AppError('validation', '--mapping stämmer inte.', parsed.error.issues.map((i) => ({ path: `mapping.${i.path.join('.')}`, message: i.message })));
  }
  const mapping = parsed.data as ValueMapping;
  if (suggested && !coded) out(`Kolumner: ${describe(mapping, lang)}`);

  const config = readConfig();
  if (values.server && codes.length > 0) {
    throw new AppError('validation', '--code och --unit går inte med --server: koppla koderna på sidan Importera värden, eller importera utan --server.');
  }
  if (values.server) return importThroughServer(values.server, values.user ?? config.adminEmail, planId, file, mapping, out, lang);
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    const email = values.user ?? config.adminEmail;
    const user = await findUserByEmail(db, email);
    if (!user) {
      out(`Det finns ingen användare ${email}. Ange en med --user.`);
      return 1;
    }
    const actor: Actor = { id: user.id, roles: new Map((await membershipsOf(db, user.id)).map((m) => [m.organisation_id, m.role])) };
    let shown = -1;
    const summary = await importValuesFromFile(db, actor, {
      planId,
      path: file,
      mapping,
      codes,
      onProgress: (p) => {
        const tenth = p.phase === 'saving' ? 10 : Math.floor((10 * p.bytesRead) / Math.max(p.byteSize, 1));
        if (tenth === shown) return;
        shown = tenth;
        out(p.phase === 'saving' ? `Sparar ${n(p.rowsRead)} rader …` : `Läst ${n(p.rowsRead)} rader (${tenth * 10} %)`);
      },
    });
    out(`Importerat: ${n(summary.values)} värden från ${n(summary.rows)} rader, ${n(summary.inserted)} nya och ${n(summary.replaced)} ersatta; ${n(summary.missing)} tomma celler hoppades över.`);
    return 0;
  } finally {
    await db.close();
  }
}

/** The same import through a running server's API: the server owns the database, the CLI only sends the file. */
async function importThroughServer(
  server: string,
  email: string,
  planId: number,
  file: string,
  mapping: ValueMapping,
  out: (line: string) => void,
  lang: Lang,
): Promise<number> {
  const n = (v: number) => formatNumber(v, lang).replace(/\u00a0/g, ' ');
  const password = process.env.LEDSTJARNA_PASSWORD;
  if (!password) {
    out('Ange lösenordet för --user i miljövariabeln LEDSTJARNA_PASSWORD.');
    return 2;
  }
  const client = new ServerClient(server, lang);
  try {
    await client.signIn(email, password);
    let shown = -1;
    const job = await client.importValues(planId, file, mapping, (j) => {
      const tenth = j.phase === 'saving' ? 10 : Math.floor((10 * j.bytesRead) / Math.max(j.byteSize, 1));
      if (tenth === shown) return;
      shown = tenth;
      out(j.phase === 'saving' ? `Sparar ${n(j.rowsRead)} rader …` : `Läst ${n(j.rowsRead)} rader (${tenth * 10} %)`);
    });
    if (job.status === 'done' && job.summary) {
      const s = job.summary;
      out(`Importerat: ${n(s.values)} värden från ${n(s.rows)} rader, ${n(s.inserted)} nya och ${n(s.replaced)} ersatta; ${n(s.missing)} tomma celler hoppades över.`);
      return 0;
    }
    out(`Ingenting importerades${job.message ? `: ${job.message}` : '.'}`);
    for (const r of job.rejections) out(r.column ? `  rad ${r.line} (${r.column}): ${r.reason}` : `  rad ${r.line}: ${r.reason}`);
    return 1;
  } catch (err) {
    if (!(err instanceof ServerCallError)) throw err;
    out(`Fel: ${err.message}`);
    return 1;
  }
}

const SYSTEMS = new Set<CodeSystem>(['kolada', 'dhis2', 'scb', 'name']);

/** Reads `--code system:code=measureId` and `--unit system:code=area` pairs. */
function readCodes(pairs: string[], kind: 'measure' | 'area'): CodeMappingInput[] {
  return pairs.map((pair) => {
    const m = /^([a-z0-9]+):(.+?)=(.*)$/.exec(pair);
    const flag = kind === 'measure' ? '--code' : '--unit';
    if (!m || !SYSTEMS.has(m[1] as CodeSystem) || (kind === 'measure' && !/^\d+$/.test(m[3]!))) {
      const systems = [...SYSTEMS].join(', ');
      throw new AppError(
        'validation',
        kind === 'measure' ? `${flag} ${pair}: skriv system:kod=mått-id, där systemet är ett av ${systems}.` : `${flag} ${pair}: skriv system:kod=område, där systemet är ett av ${systems}.`,
      );
    }
    const system = m[1] as CodeSystem;
    return kind === 'measure' ? { kind, system, code: m[2]!, measureId: Number(m[3]) } : { kind, system, code: m[2]!, area: m[3]! };
  });
}

/** The words for a mapping's fields as the reader reads them. */
const FIELD_WORDS: Record<Lang, Record<'measure' | 'period' | 'value' | 'periods' | 'sex' | 'ageBand' | 'area' | 'numbers', string>> = {
  sv: { measure: 'mått', period: 'period', value: 'värde', periods: 'perioder', sex: 'kön', ageBand: 'ålder', area: 'område', numbers: 'tal' },
  da: { measure: 'måling', period: 'periode', value: 'værdi', periods: 'perioder', sex: 'køn', ageBand: 'alder', area: 'område', numbers: 'tal' },
  en: { measure: 'measure', period: 'period', value: 'value', periods: 'periods', sex: 'sex', ageBand: 'age', area: 'area', numbers: 'numbers' },
};

function describe(m: ValueMapping, lang: Lang): string {
  const w = FIELD_WORDS[lang];
  const parts = [`${w.measure}=${m.measure}`];
  if (m.layout === 'long') parts.push(`${w.period}=${m.period ?? '–'}`, `${w.value}=${m.value ?? '–'}`);
  else parts.push(`${w.periods}=${(m.periodColumns ?? []).join(' | ')}`);
  if (m.sex) parts.push(`${w.sex}=${m.sex}`);
  if (m.ageBand) parts.push(`${w.ageBand}=${m.ageBand}`);
  if (m.area) parts.push(`${w.area}=${m.area}`);
  return `${parts.join(', ')} (${w.numbers}: ${m.numberFormat})`;
}
