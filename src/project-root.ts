import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder (where package.json is), found from this module's own address, whether it
 * runs as TypeScript in src/ or bundled into dist/server/ (scripts/build-server.mjs). Files the
 * server reads at run time — migrations, shipped Kolada data — are addressed from here, not from
 * the module that reads them, whose place differs between the two.
 */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}
