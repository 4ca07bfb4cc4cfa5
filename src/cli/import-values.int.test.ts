import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteEnv } from '../test-support/env';
import { openDb } from '../db/client';
import { run } from './main';

const SEED = 'data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt';
const MEASURE = 'Andel vårdskador, sluten somatisk vård';

describe('npx ledstjarna import-values', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-cli-values-'));
  const dataDir = join(dir, 'data');
  const lines: string[] = [];
  const out = (l: string) => lines.push(l);
  let planId = 0;

  async function values(): Promise<{ period: string; sex: string; value: number; source: string }[]> {
    const db = await openDb({ dataDir });
    try {
      return await db.query(
        'SELECT v.period, v.sex, v.value, v.source FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.name = $1 ORDER BY v.period, v.sex',
        [MEASURE],
      );
    } finally {
      await db.close();
    }
  }

  suiteEnv({ DATA_DIR: dataDir, LEDSTJARNA_ADMIN_PASSWORD: 'cli-admin-password', DATABASE_URL: undefined });

  beforeAll(async () => {
    expect(await run(['import', SEED], out)).toBe(0);
    planId = Number(/id (\d+)/.exec(lines.at(-1)!)![1]);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a semicolon CSV with a guessed mapping and prints the summary', async () => {
    const file = join(dir, 'värden.csv');
    writeFileSync(file, `\uFEFFMått;Period;Kön;Värde\n${MEASURE};DÅ 04 2022;Totalt;6,1\n${MEASURE};DÅ 08 2022;Totalt;5,8\n${MEASURE};2022;Kvinnor;..\n`);
    lines.length = 0;
    expect(await run(['import-values', file, '--plan', String(planId)], out)).toBe(0);
    expect(lines[0]).toBe('Kolumner: mått=Mått, period=Period, värde=Värde, kön=Kön (tal: sv)');
    expect(lines.at(-1)).toBe('Importerat: 2 värden från 3 rader, 2 nya och 0 ersatta; 1 tomma celler hoppades över.');
    expect(await values()).toEqual([
      { period: '2022-DÅ04', sex: 'T', value: 6.1, source: 'värden.csv' },
      { period: '2022-DÅ08', sex: 'T', value: 5.8, source: 'värden.csv' },
    ]);
  });

  it('imports a Kolada file: the KPI known from the measure, the municipalities mapped with --unit and remembered', async () => {
    const db = await openDb({ dataDir });
    try {
      await db.query("UPDATE measures SET kolada_kpi = 'N00945' WHERE name = 'Kontinuitetsindex'");
    } finally {
      await db.close();
    }
    const file = 'src/test-support/fixtures/value-formats/kolada-n00945.csv';
    lines.length = 0;
    // Without the units mapped: rejected whole, naming the code.
    await expect(run(['import-values', file, '--plan', String(planId)], out)).rejects.toMatchObject({
      code: 'import-rejected',
      details: expect.arrayContaining([{ path: 'line.2', message: expect.stringMatching(/^Enheten 0180 \(Stockholm\) är varken organisationen/) }]),
    });
    expect(lines[0]).toBe('Format: Kolada (fil med kpi, kommun, år, kön, värde)');
    lines.length = 0;
    const units = ['--unit', 'kolada:0180=Stockholm', '--unit', 'kolada:1280=Malmö', '--unit', 'kolada:1480=Göteborg'];
    expect(await run(['import-values', file, '--plan', String(planId), ...units], out)).toBe(0);
    expect(lines.at(-1)).toBe('Importerat: 9 värden från 9 rader, 9 nya och 0 ersatta; 0 tomma celler hoppades över.');
    // Remembered: the same file again needs no --unit.
    lines.length = 0;
    expect(await run(['import-values', 'src/test-support/fixtures/value-formats/kolada-n00945.json', '--plan', String(planId)], out)).toBe(0);
    expect(lines).toContain('Importerat: 9 värden från 9 rader, 0 nya och 9 ersatta; 0 tomma celler hoppades över.');
    await expect(run(['import-values', file, '--plan', String(planId), '--code', 'dhis2:x=abc'], out)).rejects.toMatchObject({ code: 'validation' });
  });

  it('imports a wide XLSX with an explicit mapping', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.addRow(['Styrmått', 'Kön', '2022-DÅ08', '2023']);
    ws.addRow([MEASURE, 'K', 6.0, 5.9]);
    const file = join(dir, 'bred.xlsx');
    await wb.xlsx.writeFile(file);
    lines.length = 0;
    const mapping = JSON.stringify({ layout: 'wide', measure: 'Styrmått', sex: 'Kön', periodColumns: ['2022-DÅ08', '2023'] });
    expect(await run(['import-values', file, '--plan', String(planId), '--mapping', mapping, '--final'], out)).toBe(0);
    expect(lines.at(-1)).toMatch(/^Importerat: 2 värden från 1 rader, 2 nya/);
    expect((await values()).filter((v) => v.sex === 'K').map((v) => v.period)).toEqual(['2022-DÅ08', '2023']);
  });

  it('rejects a file with a bad row whole, naming the line, and stores nothing', async () => {
    const file = join(dir, 'fel.csv');
    writeFileSync(file, `measure,period,value\n"${MEASURE}",2024,5.0\n"${MEASURE}",2024-DÅ09,5.1\n`);
    const before = await values();
    await expect(run(['import-values', file, '--plan', String(planId), '--mapping', 'measure=measure,period=period,value=value'], out)).rejects.toMatchObject({
      code: 'import-rejected',
      details: [{ path: 'line.3', message: expect.stringContaining('Okänd period') }],
    });
    expect(await values()).toEqual(before);
  });

  it('shows usage without a plan', async () => {
    lines.length = 0;
    expect(await run(['import-values', 'x.csv'], out)).toBe(2);
    expect(lines[0]).toContain('Användning');
  });
});
