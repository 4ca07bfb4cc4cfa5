import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the real CLI in a child process, in an empty folder with DATA_DIR pointing into it. */
function cli(args: string[]): { stdout: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-target-'));
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(process.cwd(), 'src/cli/main.ts'), ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
    encoding: 'utf8',
  });
  return { stdout, dir };
}

describe('npx ledstjarna target', () => {
  it('prints the reading as JSON and opens no database', () => {
    const { stdout, dir } = cli(['target', 'Minst 25 000 besök', '--json']);
    try {
      expect(JSON.parse(stdout)).toEqual({ understood: true, better: 'higher', numbers: [25000], reference: null, sentence: 'Minst 25\u00A0000 besök → högre är bättre; uppfyllt om värdet ≥ 25\u00A0000' });
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks Danish and prints a readable line without --json', () => {
    const { stdout, dir } = cli(['target', 'Bedre end landsgennemsnittet', '--lang', 'da']);
    rmSync(dir, { recursive: true, force: true });
    expect(stdout).toContain('Bedre end landsgennemsnittet');
    expect(stdout).toContain('sammenlignes med: landsgennemsnittet');
  });
});
