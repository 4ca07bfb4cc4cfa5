import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { suiteEnv } from '../test-support/env';
import { openDb } from '../db/client';
import { FolderInUseError } from '../db/folder-lock';
import { errorLines, run } from './main';

const SEED = 'data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt';

/** The command line in the reader's language: `--lang`, else LEDSTJARNA_LANG, else the locale. */
describe('npx ledstjarna in Danish and English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-cli-lang-'));
  const dataDir = join(dir, 'data');
  const lines: string[] = [];
  const out = (l: string) => lines.push(l);
  const runIn = async (argv: string[], env: Record<string, string | undefined> = {}) => {
    lines.length = 0;
    return run(argv, out, env);
  };

  suiteEnv({ DATA_DIR: dataDir, LEDSTJARNA_ADMIN_PASSWORD: 'cli-admin-password', DATABASE_URL: undefined });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('helps in Danish with --lang da, in English from the locale, and in Swedish by default', async () => {
    expect(await runIn(['--help', '--lang', 'da'])).toBe(0);
    expect(lines[0]).toMatch(/^Brug:\n {2}ledstjarna import <fil>/);
    expect(lines[0]).toContain('ændrer intet');
    expect(lines[0]).toContain('Sprog: --lang, LEDSTJARNA_LANG');
    expect(await runIn(['--help'], { LANG: 'en_GB.UTF-8' })).toBe(0);
    expect(lines[0]).toMatch(/^Usage:\n {2}ledstjarna import <file>/);
    expect(lines[0]).toContain('restore    reads a backup into an empty data folder');
    expect(await runIn(['--help'], { LANG: 'C.UTF-8' })).toBe(0);
    expect(lines[0]).toMatch(/^Användning:/);
    expect(await runIn(['backup'], { LEDSTJARNA_LANG: 'da' })).toBe(2);
    expect(lines[0]).toMatch(/^Brug:\n {2}ledstjarna backup --out <fil>/);
  });

  it('imports a plan with --lang da and reports in Danish; --lang en in English', async () => {
    expect(await runIn(['import', SEED, '--dry-run', '--lang', 'da'])).toBe(0);
    expect(lines.at(-1)).toBe('Prøvekørsel: intet er ændret.');
    expect(await runIn(['import', SEED, '--lang', 'en'])).toBe(0);
    expect(lines.at(-1)).toMatch(/^The plan has been imported \(id \d+\)\.$/);
  });

  it('backs up with --lang da and writes the report with Danish words and numbers', async () => {
    const file = join(dir, 'backup.ljbackup.gz');
    expect(await runIn(['backup', '--out', file, '--lang', 'da'])).toBe(0);
    expect(lines.at(-1)).toMatch(/^Sikkerhedskopien .*backup\.ljbackup\.gz er skrevet: \d+ tabeller, \d{1,3}(?:\.\d{3})* rækker\.$/);
    expect(await runIn(['backup', '--out', file, '--lang', 'en'])).toBe(1);
    expect(lines.at(-1)).toBe(`The file ${file} already exists; choose a new name.`);
    expect(await runIn(['restore', '--from', file], { LC_ALL: 'da_DK.UTF-8' })).toBe(1);
    expect(lines.at(-1)).toBe(`Datamappen ${dataDir} er ikke tom. Gendan til en ny mappe: DATA_DIR=<ny mappe> npx ledstjarna restore --from ${file}`);
  });

  it('exports and refuses in the reader’s language', async () => {
    expect(await runIn(['export', 'budget', '--lang', 'da'])).toBe(2);
    expect(lines).toEqual(['Ukendt dokument "budget". Vælg plan, follow-up eller values.']);
    expect(await runIn(['export', 'plan', '--format', 'xlsx'], { LANG: 'en_US.UTF-8' })).toBe(2);
    expect(lines).toEqual(['The format "xlsx" does not exist for plan. Choose one of: docx, pdf.']);
    const outFile = join(dir, 'plan.docx');
    expect(await runIn(['export', 'plan', '--format', 'docx', '--out', outFile, '--lang', 'en'])).toBe(0);
    expect(lines.at(-1)).toMatch(new RegExp(`^Wrote ${outFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d{1,3}(?:,\\d{3})* bytes\\)\\.$`));
  });

  it('reports an import of values in English and Danish, a rejected row with its reason too', async () => {
    const missing = join(dir, 'nothing.csv');
    expect(await runIn(['import-values', missing, '--plan', '1', '--lang', 'en'])).toBe(1);
    expect(lines).toEqual([`The file ${missing} does not exist.`]);
    const csv = join(dir, 'values.csv');
    writeFileSync(csv, 'Mått;Period;Värde\nFinns inte alls;2022;5\n');
    const failure = await runIn(['import-values', csv, '--plan', '1', '--lang', 'en']).catch((e: unknown) => e);
    expect(lines[0]).toMatch(/^Columns: measure=Mått, period=Period, value=Värde \(numbers: (sv|en)\)$/);
    expect(errorLines(failure, 'en')).toEqual([
      'Error: values.csv: 1 rows cannot be imported. Nothing has been imported.',
      '  line 2: Mått: "Finns inte alls" – Unknown measure: the plan has no measure with that name. Give the measure’s id or its exact name.',
    ]);
    expect(errorLines(failure, 'da')).toEqual([
      'Fejl: values.csv: 1 rækker kan ikke importeres. Intet er importeret.',
      '  linje 2: Mått: "Finns inte alls" – Ukendt måling: planen har ingen måling med det navn. Angiv målingens id eller dens nøjagtige navn.',
    ]);
  });

  it('words the lock of a PGlite folder in use in Danish and English', async () => {
    const db = await openDb({ dataDir });
    try {
      const err = await runIn(['backup', '--out', join(dir, 'second.gz'), '--lang', 'da']).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FolderInUseError);
      const [da] = errorLines(err, 'da');
      expect(da).toMatch(/^Fejl: Datamappen .* bruges allerede af en anden proces \(pid \d+, fx serveren\)\. To processer i samme PGlite-mappe ødelægger den\./);
      expect(errorLines(err, 'en')[0]).toMatch(/^Error: The data folder .* is already in use by another process/);
      expect(errorLines(err, 'sv')[0]).toMatch(/^Fel: Datamappen .* används redan/);
    } finally {
      await db.close();
    }
  });
});
