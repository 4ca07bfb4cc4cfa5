import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { migrate } from '../db/migrate';
import type { Lang } from '../domain/i18n/lang';
import { formatNumber } from '../domain/numbers';
import { readConfig } from '../server/config';
import { restoreBackup, writeBackup } from '../server/modules/backup/backup.service';
import { commandUsage } from './cli-usage';

const n = (v: number, lang: Lang) => formatNumber(v, lang).replace(/\u00a0/g, ' ');

/** `npx ledstjarna backup --out FILE` and `npx ledstjarna restore --from FILE`; `out` words the catalogue's Swedish texts in `lang`. */
export async function backupCommand(command: 'backup' | 'restore', argv: string[], out: (line: string) => void, lang: Lang = 'sv'): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, from: { type: 'string' } } });
  const file = command === 'backup' ? values.out : values.from;
  if (!file) {
    out(commandUsage('backup', lang));
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
      out(`Säkerhetskopian ${file} är skriven: ${n(s.tables, lang)} tabeller, ${n(s.rows, lang)} rader.`);
    } else {
      const s = await restoreBackup(db, file);
      out(`Säkerhetskopian ${file} är återställd: ${n(s.tables, lang)} tabeller, ${n(s.rows, lang)} rader.`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
