import type { Db } from '../../../db/client';

export interface TableShape {
  name: string;
  /** Columns a backup holds and a restore writes: every column but generated ones, in table order, with their SQL types. */
  columns: { name: string; type: string }[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the schema in use (pg-boss keeps its own schema and is not part of a backup), by name. */
export async function tableShapes(db: Db): Promise<TableShape[]> {
  const rows = await db.query<{ table_name: string; column_name: string; type: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const tables = new Map<string, TableShape>();
  for (const r of rows) {
    const t = tables.get(r.table_name) ?? { name: r.table_name, columns: [] };
    t.columns.push({ name: r.column_name, type: r.type });
    tables.set(r.table_name, t);
  }
  return [...tables.values()];
}

/** The sequences of the schema in use, with their state. */
export async function sequenceStates(db: Db): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const names = await db.query<{ name: string }>(
    "SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = current_schema() ORDER BY sequence_name",
  );
  const states = [];
  for (const { name } of names) {
    const [s] = await db.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text AS last_value, is_called FROM ${ident(name)}`);
    states.push({ name, lastValue: s!.last_value, isCalled: s!.is_called });
  }
  return states;
}

/**
 * A table's rows as JSON objects, `pageSize` at a time through a cursor (call inside a transaction).
 * Every value is its exact text form, which the type's input reads back (JSON columns too, so that a
 * JSON `null` stays apart from SQL NULL).
 */
export async function* tableRows(tx: Db, table: TableShape, pageSize: number): AsyncGenerator<string[]> {
  const cursor = `backup_${table.name}`;
  const select = table.columns.map((c) => `${ident(c.name)}::text AS ${ident(c.name)}`).join(', ');
  await tx.query(`DECLARE ${ident(cursor)} NO SCROLL CURSOR FOR SELECT row_to_json(x)::text AS r FROM (SELECT ${select} FROM ${ident(table.name)}) x`);
  try {
    for (;;) {
      const rows = await tx.query<{ r: string }>(`FETCH ${pageSize} FROM ${ident(cursor)}`);
      if (rows.length === 0) return;
      yield rows.map((x) => x.r);
    }
  } finally {
    await tx.query(`CLOSE ${ident(cursor)}`);
  }
}

/** Empties every table (rows a migration inserted) before a restore writes the backup's. */
export async function emptyTables(tx: Db, tables: readonly string[]): Promise<void> {
  if (tables.length > 0) await tx.query(`TRUNCATE ${tables.map(ident).join(', ')}`);
}

/** Writes rows (JSON objects with the columns' text forms) into a table; each value read by its column type's input. */
export async function insertRows(tx: Db, table: TableShape, columns: readonly string[], rowsJson: string): Promise<void> {
  const types = new Map(table.columns.map((c) => [c.name, c.type]));
  const cols = columns.map(ident).join(', ');
  const casts = columns.map((c) => `x.${ident(c)}::${types.get(c)}`).join(', ');
  const record = columns.map((c) => `${ident(c)} text`).join(', ');
  await tx.query(`INSERT INTO ${ident(table.name)} (${cols}) SELECT ${casts} FROM json_to_recordset($1::json) AS x(${record})`, [rowsJson]);
}

export async function setSequence(tx: Db, name: string, lastValue: string, isCalled: boolean): Promise<void> {
  await tx.query('SELECT setval($1::regclass, $2::bigint, $3)', [ident(name), lastValue, isCalled]);
}

/** Whether the database has no tables at all in the schema in use (a restore only goes into an empty one). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const rows = await db.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() LIMIT 1");
  return rows.length === 0;
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  return (await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((r) => r.name);
}
