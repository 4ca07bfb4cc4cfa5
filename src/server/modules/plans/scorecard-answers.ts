/**
 * The scorecard's answer as sent, kept per data version. At national scale the judged tree is
 * kept already (judged-trees.ts), but turning its 2 000 measures into 1,4 MB of JSON and
 * compressing that cost tens of milliseconds per request, on the server's one thread: on a
 * deadline day, with many readers, every read waited behind the others' serialising. Readers who
 * see the same thing get the same bytes: the text is made once per (plan, data version, period,
 * entry rights), and each encoding of it once, off the main thread (zlib's thread pool): first a
 * quick one for the readers who come right after a change, then, once it is still read a second
 * after it was made, a smaller one for everyone after.
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

type Coding = Exclude<Encoding, 'identity'>;

/** zlib's output chunk: larger than a full-size answer's encodings (59–150 kB), where the default is 16 kB. */
const OUTPUT_CHUNK = 256 * 1024;

/**
 * `json` in `coding`, off the main thread (zlib's thread pool). Quick: what the first readers after a
 * change wait for (at full size brotli's quality 1 takes about 4 ms and gives 123 kB, quality 5 about
 * 11 ms and 59 kB). Small: what every later reader gets.
 */
function encode(json: Buffer, coding: Coding, effort: 'quick' | 'small'): Promise<Buffer> {
  // Room for the whole encoding at once: zlib hands each chunk of output back to the main thread and goes on from there.
  const chunkSize = OUTPUT_CHUNK;
  if (coding === 'gzip') return gzipped(json, { level: effort === 'quick' ? 1 : 6, chunkSize });
  return brotli(json, {
    chunkSize,
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'quick' ? 1 : 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      // The size hint lets the encoder size its buffers to the answer instead of growing them (steadier times).
      [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  });
}

/**
 * How long an answer must have stood before a reader's request makes its small encoding. On a
 * deadline day a change comes every 50 ms or so, and a small encoding for each version, most of
 * which few read, kept zlib's threads (and the two cores) busy while readers waited for the quick
 * encodings behind them (bench/README.md).
 */
const STEADY_MS = 1000;

export class KeptAnswer {
  /** Per coding: the quick encoding, made for the first reader. */
  private readonly quick = new Map<Coding, Promise<Buffer>>();
  /** Per coding: the small encoding, made once the answer has stood; from then on every reader gets it. */
  private readonly small = new Map<Coding, Buffer>();
  /** The codings whose small encoding is under way or made. */
  private readonly smallAsked = new Set<Coding>();
  private readonly madeAt: number;

  /** `json`: the answer's JSON as UTF-8; `steadyMs` and `now` (ms) for tests. */
  constructor(
    readonly json: Buffer,
    private readonly steadyMs = STEADY_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.madeAt = now();
  }

  /**
   * The answer in `encoding`: the small encoding once it is made, until then the quick one. The
   * quick one is made for the first reader; the small one when a reader comes `steadyMs` or more
   * after the answer was made, after the quick one is done — an answer that a change replaces
   * soon (a busy deadline day) costs no second encoding.
   */
  bytes(encoding: Encoding): Promise<Buffer> {
    if (encoding === 'identity') return Promise.resolve(this.json);
    const small = this.small.get(encoding);
    if (small) return Promise.resolve(small);
    const quick = this.quick.get(encoding);
    if (!quick) {
      const made = encode(this.json, encoding, 'quick');
      this.quick.set(encoding, made);
      return made;
    }
    if (!this.smallAsked.has(encoding) && this.now() - this.madeAt >= this.steadyMs) {
      this.smallAsked.add(encoding);
      quick
        .then(() => encode(this.json, encoding, 'small'))
        .then(
          (made) => {
            this.small.set(encoding, made);
            this.quick.delete(encoding);
          },
          () => undefined, // readers keep the quick encoding (a failed quick one fails its readers' requests)
        );
    }
    return quick;
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
