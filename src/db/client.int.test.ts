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
});
