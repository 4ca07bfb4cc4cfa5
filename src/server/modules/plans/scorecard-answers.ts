/**
 * The scorecard's answer as sent, kept per data version. At national scale the judged tree is
 * kept already (judged-trees.ts), but turning its 2 000 measures into 1,4 MB of JSON and
 * compressing that cost tens of milliseconds per request, on the server's one thread: on a
 * deadline day, with many readers, every read waited behind the others' serialising. Readers who
 * see the same thing get the same bytes: the text is made once per (plan, data version, period,
 * entry rights), and each encoding of it once, off the main thread (zlib's thread pool).
 *
 * Entry rights are the only part that depends on the reader: everyone who may enter every
 * measure's values sees the same answer ("all"), everyone who may enter none the same ("none"),
 * and a reporter who owns some measures an answer of their own.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Db } from '../../../db/client';
import { Lru } from './lru';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export type Encoding = 'br' | 'gzip' | 'identity';

/** Answers kept: a full-size one is about 1,4 MB of text and 0,2 MB encoded. */
const MAX_ANSWERS = 24;

export class KeptAnswer {
  private readonly encoded = new Map<Exclude<Encoding, 'identity'>, Promise<Buffer>>();
  /** The answer's JSON as UTF-8. */
  constructor(readonly json: Buffer) {}

  /** The answer in `encoding`, made on first use. */
  bytes(encoding: Encoding): Promise<Buffer> {
    if (encoding === 'identity') return Promise.resolve(this.json);
    let made = this.encoded.get(encoding);
    if (!made) {
      made =
        encoding === 'br'
          ? brotli(this.json, {
              // The size hint lets the encoder size its buffers to the answer instead of growing them (steadier times).
              params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: this.json.length },
            })
          : gzipped(this.json, { level: 6 });
      this.encoded.set(encoding, made);
    }
    return made;
  }
}

const keptPerDb = new WeakMap<Db, Lru<Promise<KeptAnswer>>>();

/** The kept answer under `key`, or the one `make` gives (kept unless it fails). */
export function keptAnswer(db: Db, key: string, make: () => Promise<Buffer>): Promise<KeptAnswer> {
  let kept = keptPerDb.get(db);
  if (!kept) keptPerDb.set(db, (kept = new Lru(MAX_ANSWERS)));
  const hit = kept.get(key);
  if (hit) return hit;
  const made = make().then((json) => new KeptAnswer(json));
  kept.set(key, made);
  made.catch(() => {
    if (kept.peek(key) === made) kept.delete(key);
  });
  return made;
}

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none. */
export function chooseEncoding(accept: string | undefined): Encoding {
  const offered = new Map(
    (accept ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return [name.trim(), q ? Number(q[1]) : 1] as const;
    }),
  );
  const ok = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}
