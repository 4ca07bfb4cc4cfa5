import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases';

describeEachDatabase('Db.copyFrom', (db) => {
  it('bulk-loads CSV chunks, quoted fields and all, inside and outside a transaction', async () => {
    await db().exec('CREATE TABLE copy_probe (id integer PRIMARY KEY, label text, amount double precision)');
    await db().copyFrom('copy_probe', ['id', 'label', 'amount'], ['1,Luleå,6.5\n2,"Piteå, centrum",', '43000\n']);
    await db().transaction(async (tx) => tx.copyFrom('copy_probe', ['id', 'label', 'amount'], (async function* () {
      yield '3,"Kiruna ""nya""",-8.1\n';
    })()));
    const rows = await db().query<{ id: number; label: string; amount: number }>('SELECT * FROM copy_probe ORDER BY id');
    expect(rows).toEqual([
      { id: 1, label: 'Luleå', amount: 6.5 },
      { id: 2, label: 'Piteå, centrum', amount: 43000 },
      { id: 3, label: 'Kiruna "nya"', amount: -8.1 },
    ]);
  });

  it('rolls a failed COPY back with its transaction', async () => {
    await expect(
      db().transaction(async (tx) => {
        await tx.copyFrom('copy_probe', ['id', 'label', 'amount'], ['10,ok,1\n']);
        await tx.copyFrom('copy_probe', ['id', 'label', 'amount'], ['11,bad,not-a-number\n']);
      }),
    ).rejects.toThrow();
    expect(await db().query('SELECT id FROM copy_probe WHERE id >= 10')).toEqual([]);
  });

  it('runs a transaction inside a transaction as a savepoint: a failed inner one undoes only itself', async () => {
    await db().transaction(async (tx) => {
      await tx.query("INSERT INTO copy_probe VALUES (20, 'outer', 1)");
      await expect(
        tx.transaction(async (inner) => {
          await inner.query("INSERT INTO copy_probe VALUES (21, 'inner', 1)");
          await inner.copyFrom('copy_probe', ['id', 'label', 'amount'], ['20,duplicate,1\n']);
        }),
      ).rejects.toThrow();
      await tx.transaction((inner) => inner.query("INSERT INTO copy_probe VALUES (22, 'inner ok', 1)"));
    });
    const rows = await db().query<{ id: number }>('SELECT id FROM copy_probe WHERE id >= 20 ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual([20, 22]);
  });
});
