import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteEnv } from '../test-support/env';
import { readDocx, readPdf } from '../test-support/read-documents';
import { run } from './main';

const SEED = 'data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt';

describe('npx ledstjarna export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-export-'));
  const lines: string[] = [];
  const out = (l: string) => lines.push(l);

  suiteEnv({ DATA_DIR: join(dir, 'data'), LEDSTJARNA_ADMIN_PASSWORD: 'cli-admin-password', DATABASE_URL: undefined });

  beforeAll(async () => {
    expect(await run(['import', SEED], out)).toBe(0);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the plan as DOCX with the seed’s measure tables', async () => {
    const file = join(dir, 'plan.docx');
    expect(await run(['export', 'plan', '--format', 'docx', '--out', file], out)).toBe(0);
    expect(lines.at(-1)).toMatch(/^Skrev .*plan\.docx \(\d{1,3}(?: \d{3})* byte\)\.$/);
    const doc = await readDocx(readFileSync(file));
    // 17 measure tables, the four budget tables, the advocacy issues and the risk table
    expect(doc.tables).toHaveLength(23);
    expect(doc.text).toContain('Riskbedömning av framgångsfaktorer');
    expect(doc.text).toContain('Framgångsfaktor: Kostnadseffektiv verksamhet');
  });

  it('writes the follow-up report for a period as PDF and the values as XLSX', async () => {
    const pdf = join(dir, 'uppfoljning.pdf');
    expect(await run(['export', 'follow-up', '--period', '2022-DÅ08', '--format', 'pdf', '--plan', '1', '--out', pdf], out)).toBe(0);
    expect((await readPdf(readFileSync(pdf))).join(' ')).toContain('Delår augusti 2022');
    const xlsx = join(dir, 'varden.xlsx');
    expect(await run(['export', 'values', '--format', 'xlsx', '--out', xlsx], out)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)[0]).toBe('Samhällsperspektivet');
  });

  it('writes the plan in Danish with --lang da, numbers and dates as Danes write them', async () => {
    const da = join(dir, 'plan-da.docx');
    expect(await run(['export', 'plan', '--format', 'docx', '--lang', 'da', '--out', da], out)).toBe(0);
    const daText = (await readDocx(readFileSync(da))).text;
    expect(daText).toContain('Indhold');
    expect(daText).toMatch(/Udskrevet fra Ledstjärna \d{1,2}\. [a-zæøå]+ \d{4}/);
    expect(daText).toMatch(/\b\d{1,3}\.\d{3}\b/); // thousands grouped with a point
    expect(daText).not.toMatch(/\d\u00a0\d{3}\b/);
    expect(daText).not.toContain('Innehåll');
  }, 120_000);

  it('writes the plan in English with --lang en, and in the organisation’s language without it', async () => {
    const en = join(dir, 'plan-en.pdf');
    expect(await run(['export', 'plan', '--format', 'pdf', '--lang', 'en', '--out', en], out)).toBe(0);
    const enText = (await readPdf(readFileSync(en))).join(' ');
    expect(enText).toContain('Contents');
    expect(enText).toMatch(/Printed from Ledstjärna \d{1,2} [A-Z][a-z]+ \d{4}/);
    // Without --lang the organisation's language (Norrbotten: Swedish).
    const sv = join(dir, 'plan-sv.docx');
    expect(await run(['export', 'plan', '--format', 'docx', '--out', sv], out)).toBe(0);
    expect((await readDocx(readFileSync(sv))).text).toMatch(/Utskriven ur Ledstjärna \d{1,2} [a-zåäö]+ \d{4}/);
  }, 120_000);

  it('says what is wrong with a format, a plan or a period', async () => {
    lines.length = 0;
    expect(await run(['export', 'values', '--format', 'pdf'], out)).toBe(2);
    expect(lines.at(-1)).toBe('Formatet "pdf" finns inte för values. Välj en av: xlsx.');
    expect(await run(['export', 'plan', '--plan', '77'], out)).toBe(1);
    expect(lines.at(-1)).toBe('Planen 77 finns inte.');
    expect(await run(['export', 'plan', '--lang', 'fi'], out)).toBe(2);
    expect(lines.at(-1)).toBe('Okänt språk "fi". Välj sv, da eller en.');
    await expect(run(['export', 'follow-up', '--period', '2031', '--out', join(dir, 'x.pdf')], out)).rejects.toMatchObject({ code: 'validation', details: [expect.objectContaining({ path: 'period' })] });
  });
});
