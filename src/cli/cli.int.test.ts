import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { suiteEnv } from '../test-support/env';
import { run } from './main';

const SEED = 'data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt';

describe('npx ledstjarna import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-cli-'));
  const dataDir = join(dir, 'data');
  const lines: string[] = [];
  const out = (l: string) => lines.push(l);

  suiteEnv({ DATA_DIR: dataDir, LEDSTJARNA_ADMIN_PASSWORD: 'cli-admin-password', DATABASE_URL: undefined });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run prints one line per level and kind in the model’s words and creates nothing', async () => {
    lines.length = 0;
    expect(await run(['import', SEED, '--dry-run'], out)).toBe(0);
    expect(lines.slice(0, 5)).toEqual(['Perspektiv: 5', 'Strategiskt mål: 5', 'Framgångsfaktor: 17', 'Styrmått: 58', 'Uppdrag: 40']);
    expect(lines.at(-1)).toBe('Provkörning: ingenting har ändrats.');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('speaks English when asked', async () => {
    lines.length = 0;
    await run(['import', SEED, '--dry-run', '--lang', 'en'], out);
    expect(lines[0]).toBe('Perspective: 5');
  });

  it('imports into the data folder', async () => {
    lines.length = 0;
    expect(await run(['import', SEED], out)).toBe(0);
    expect(lines).toContain('Styrmått: 58');
    expect(lines.at(-1)).toMatch(/^Planen har importerats \(id \d+\)\.$/);
  });

  it('fails whole on a garbled file, with line numbers', async () => {
    const bad = join(dir, 'bad.txt');
    const text = (await import('node:fs')).readFileSync(SEED, 'utf8').replace('Antibiotikarecept per tusen invånare och år\t2019: 275 st\t270', 'Antibiotikarecept per tusen invånare och år\t2019: 275 st');
    writeFileSync(bad, text);
    await expect(run(['import', bad], out)).rejects.toMatchObject({
      code: 'import-rejected',
      details: [expect.objectContaining({ path: 'line.542' })],
    });
  });

  it('shows usage for an unknown command', async () => {
    lines.length = 0;
    expect(await run(['exportera'], out)).toBe(2);
    expect(lines[0]).toContain('Användning');
  });
});
