import { describe, expect, it } from 'vitest';
import { checkTransactionHandles, findOuterHandleUses } from '../../scripts/check-transaction-handles';

const lines = (text: string) => findOuterHandleUses('probe.ts', text).map((u) => `${u.line}:${u.handle}`);

describe('the outer handle inside a transaction callback', () => {
  it('is found however the callback names it', () => {
    expect(lines('await db.transaction(async (tx) => {\n  await q.insert(tx);\n  await db.query("SELECT 1");\n});')).toEqual(['3:db']);
    expect(lines('await deps.db.transaction(async (tx) => q.save(deps.db, 1));')).toEqual(['1:deps.db']);
    expect(lines('return this.db.transaction(function (tx) { return read(this.db); });')).toEqual(['1:this.db']);
    expect(lines('db.transaction(async (tx) => { const other = db; });')).toEqual(['1:db']);
  });

  it('lets the transaction handle, other names and deliberate escapes be', () => {
    expect(lines('await db.transaction(async (tx) => { await tx.query("x"); await other.db.query("y"); });')).toEqual([]);
    expect(lines('await db.transaction(async (tx) => { if (db.kind === "postgres") await tx.query("x"); });')).toEqual([]);
    expect(lines('await db.transaction(async (tx) => outsideTransaction(() => report(db)));')).toEqual([]);
    expect(lines('await db.transaction(async (tx) => tx.transaction(async (inner) => inner.query("x")));')).toEqual([]);
    expect(lines('const row = { db: 1 }; await db.transaction(async (tx) => row.db);')).toEqual([]);
  });

  it('is nowhere in the server code', () => {
    expect(checkTransactionHandles(process.cwd())).toEqual([]);
  }, 120_000); // parses every server file
});
