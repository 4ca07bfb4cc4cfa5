import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A folder in the temp folder named `name-<key>`, which `make` fills once for each key (a hash of
 * what its content depends on) and later calls find. It is made in a folder of its own and renamed
 * into place, so that two test files or two runs making it at once never see half of one; `done`
 * names the file whose presence says it is whole.
 */
export async function madeOnce(name: string, key: string, done: string, make: (into: string) => Promise<void>): Promise<string> {
  const dir = join(tmpdir(), `${name}-${key}`);
  if (existsSync(join(dir, done))) return dir;
  const making = mkdtempSync(join(tmpdir(), `${name}-making-`));
  try {
    await make(making);
    renameSync(making, dir);
  } catch (err) {
    rmSync(making, { recursive: true, force: true });
    if (!existsSync(join(dir, done))) throw err; // else another made it first
  }
  return dir;
}
