import { AsyncLocalStorage } from 'node:async_hooks';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases';
import { firstInLine, OuterHandleInTransaction, outsideTransaction, type Tx } from './client';

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

  it('hands a transaction its own handle and refuses the outer one inside it: a compile error where types can tell, an error at once where they cannot', async () => {
    await db().exec('CREATE TABLE IF NOT EXISTS handle_probe (id integer PRIMARY KEY)');
    const insideOnly = (tx: Tx, id: number) => tx.query('INSERT INTO handle_probe VALUES ($1)', [id]);
    await expect(
      db().transaction(async (tx) => {
        await insideOnly(tx, 1);
        // @ts-expect-error the outer connection is no transaction handle
        await expect(insideOnly(db(), 2)).rejects.toBeInstanceOf(OuterHandleInTransaction);
        // @ts-expect-error a transaction ends when its callback returns, not by hand
        expect(() => tx.close()).not.toThrow();
        // What types cannot see (a callback naming the outer variable) fails at once instead of
        // hanging (PGlite) or running outside the transaction (PostgreSQL).
        await expect(db().query('SELECT 1')).rejects.toBeInstanceOf(OuterHandleInTransaction);
        await expect(db().exec('SELECT 1')).rejects.toBeInstanceOf(OuterHandleInTransaction);
        await expect(db().transaction(async () => undefined)).rejects.toBeInstanceOf(OuterHandleInTransaction);
        await expect(db().copyFrom('handle_probe', ['id'], ['3\n'])).rejects.toBeInstanceOf(OuterHandleInTransaction);
        await tx.transaction((inner) => inner.query('INSERT INTO handle_probe VALUES (4)'));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // Nothing escaped the rolled-back transaction, and the outer handle works again after it.
    expect(await db().query('SELECT id FROM handle_probe')).toEqual([]);
  });

  it('lets work started inside run on the outer handle after the commit, and deliberately outside through outsideTransaction', async () => {
    let committed!: () => void;
    const afterCommit = new Promise<void>((resolve) => {
      committed = resolve;
    });
    let later: Promise<unknown> = Promise.resolve();
    await db().transaction(async (tx) => {
      await tx.query('INSERT INTO handle_probe VALUES (10)');
      // Scheduled here, so it runs in this transaction's context, but only once it has committed.
      later = afterCommit.then(() => db().query<{ id: number }>('SELECT id FROM handle_probe'));
      if (db().kind === 'postgres') {
        // Another connection: it does not see the uncommitted row.
        expect(await outsideTransaction(() => db().query('SELECT id FROM handle_probe'))).toEqual([]);
      }
    });
    committed();
    expect(await later).toEqual([{ id: 10 }]);
  });
});


describeEachDatabase('Db statements and the event loop', (db) => {
  it('lets the event loop turn while a series of statements runs: a request that comes meanwhile is read before the series ends', async () => {
    // PGlite runs statements on this thread; a timer stands for a new request arriving on a socket.
    let firedAfter = -1;
    let done = 0;
    await db().query('SELECT 1');
    setTimeout(() => (firedAfter = done), 0);
    for (; done < 1000; done++) await db().query('SELECT 1');
    expect(firedAfter).toBeGreaterThanOrEqual(0);
    expect(firedAfter).toBeLessThan(1000);
  });

  it('runs queued statements back to back for a while between turns of the event loop, not one statement a turn', async () => {
    // On PGlite the statements run on this thread. While an upload streams in, a turn of the loop
    // takes tens of ms; one statement a turn held a request's few statements behind every other
    // request's, a turn each (issue 13). PostgreSQL runs them in its own processes.
    if (db().kind !== 'pglite') return;
    let turns = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns += 1;
      setImmediate(count);
    };
    setImmediate(count);
    await Promise.all(Array.from({ length: 200 }, () => db().query('SELECT 1')));
    counting = false;
    expect(turns).toBeLessThan(100);
  });

  it('runs a statement asked for firstInLine before the statements already waiting, and the rest in the order asked', async () => {
    const finished: string[] = [];
    const waiting = Array.from({ length: 200 }, (_, i) => db().query('SELECT $1::int AS i', [i]).then(() => finished.push(`rest ${i}`)));
    const first = firstInLine(() => db().query('SELECT 1').then(() => finished.push('first')));
    await Promise.all([...waiting, first]);
    if (db().kind === 'pglite') {
      // One statement at a time: it went ahead of nearly all that were queued before it.
      expect(finished.indexOf('first')).toBeLessThan(5);
    }
    const rest = finished.filter((f) => f !== 'first');
    if (db().kind === 'pglite') expect(rest).toEqual(Array.from({ length: 200 }, (_, i) => `rest ${i}`));
    expect(rest).toHaveLength(200);
  });

  it('runs each queued statement in the async context of the code that asked for it, not that of the code ahead of it', async () => {
    // A transaction's callback must see its own caller's context (its transaction frames), whoever's statements ran before it.
    const scope = new AsyncLocalStorage<string>();
    const ahead = Array.from({ length: 50 }, () => scope.run('ahead', () => db().query('SELECT 1')));
    const seen = await scope.run('mine', () => db().transaction(async () => scope.getStore()));
    await Promise.all(ahead);
    expect(seen).toBe('mine');
  });
});
