import type { Db } from '../db/client';

/** A Db that counts the statements run through it, to show that a service's queries do not grow with the data. */
export function countingDb(db: Db): { db: Db; count: () => number } {
  let n = 0;
  const wrapped: Db = {
    kind: db.kind,
    query: (sql, params) => {
      n++;
      return db.query(sql, params);
    },
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction(fn),
    copyFrom: (table, columns, csv) => db.copyFrom(table, columns, csv),
    close: () => db.close(),
  };
  return { db: wrapped, count: () => n };
}
