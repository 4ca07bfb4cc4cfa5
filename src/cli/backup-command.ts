import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { migrate } from '../db/migrate';
import { formatNumber } from '../domain/numbers';
import { readConfig } from '../server/config';
import { restoreBackup, writeBackup } from '../server/modules/backup/backup.service';

export const BACKUP_USAGE = `  ledstjarna backup --out <fil>
  ledstjarna restore --from <fil>

  backup     skriver hela databasen (PGlite eller PostgreSQL) till en fil; servern ska vara stoppad
             när databasen är en PGlite-mapp (eller använd den schemalagda säkerhetskopian, LEDSTJARNA_BACKUP_DIR)
  restore    läser in en säkerhetskopia i en tom datamapp (DATA_DIR) eller en tom PostgreSQL-databas`;

const n = (v: number) => formatNumber(v, 'sv').replace(/\u00a0/g, ' ');

/** `npx ledstjarna backup --out FILE` and `npx ledstjarna restore --from FILE`. */
export async function backupCommand(command: 'backup' | 'restore', argv: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, from: { type: 'string' } } });
  const file = command === 'backup' ? values.out : values.from;
  if (!file) {
    out(`Användning:\n${BACKUP_USAGE}`);
    return 2;
  }
  const config = readConfig();
  if (command === 'backup' && existsSync(file)) {
    out(`Filen ${file} finns redan; välj ett nytt namn.`);
    return 1;
  }
  if (command === 'restore' && !config.databaseUrl && existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) {
    out(`Datamappen ${config.dataDir} är inte tom. Återställ till en ny mapp: DATA_DIR=<ny mapp> npx ledstjarna restore --from ${file}`);
    return 1;
  }
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (command === 'backup') {
      await migrate(db);
      const s = await writeBackup(db, file, { userId: null });
      out(`Säkerhetskopian ${file} är skriven: ${n(s.tables)} tabeller, ${n(s.rows)} rader.`);
    } else {
      const s = await restoreBackup(db, file);
      out(`Säkerhetskopian ${file} är återställd: ${n(s.tables)} tabeller, ${n(s.rows)} rader.`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
