/**
 * The scorecard's JSON as UTF-8 bytes, made from the judged tree with the bytes of unchanged
 * subtrees kept. At national scale the answer is 1,5 MB, and on a deadline day every value entered
 * makes a new data version whose answer must be written out again. Writing it whole cost about
 * 25 ms of the server's one thread per version (JSON.stringify, and then UTF-8 encoding text that
 * holds "–" and "≥", which V8 encodes slowly). A tree judged after a change shares every node it
 * did not touch with the tree before (judged-trees.ts, domain/scorecard/rejudge.ts), so the bytes
 * of each node and measure are kept per object and only the path from a changed measure to the
 * root is written anew; the answer is then one Buffer.concat of kept pieces.
 *
 * The bytes are exactly what JSON.stringify gives for the answer with the reader's entry rights
 * and the period's forecasts set (scorecard-bytes.test.ts compares the two): a measure gets its
 * `forecast` and `canEnterValues` as withForecasts and withEntryRights would set them. Kept bytes
 * are used only where they cannot differ: when the reader may enter all measures or none, and for
 * measures and subtrees without a forecast. Only frozen objects are kept (the judged trees are).
 */
import type { Scorecard, ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';
import type { MeasureForecast } from '../../../shared/forecast-types';

/** Whether the reader may enter every measure's values, none, or some (then nothing is kept). */
export type EntryRights = 'all' | 'none' | 'some';

/** A value's JSON in pieces, in order. */
type Pieces = readonly Buffer[];

/** Pieces per node or measure object, for readers who may enter all values and for those who may enter none. */
const kept = { all: new WeakMap<object, Pieces>(), none: new WeakMap<object, Pieces>() };

const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');
const COMMA = Buffer.from(',');

/** `[a,b,…]` of the items' pieces. */
function listPieces(items: Pieces[]): Buffer[] {
  const out: Buffer[] = [OPEN];
  items.forEach((item, i) => {
    if (i > 0) out.push(COMMA);
    for (const b of item) out.push(b);
  });
  out.push(CLOSE);
  return out;
}

/** `value`'s JSON with the keys in `inner` written from those pieces (keys in the object's own order, as JSON.stringify writes them). */
function objectPieces(value: object, inner: Readonly<Record<string, Pieces>>): Buffer[] {
  const out: Buffer[] = [];
  let text = '{';
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    const pieces = Object.hasOwn(inner, key) ? inner[key] : undefined;
    const json = pieces ? '' : (JSON.stringify(v) as string | undefined);
    if (json === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${json}`;
    first = false;
    if (pieces) {
      out.push(Buffer.from(text));
      for (const b of pieces) out.push(b);
      text = '';
    }
  }
  out.push(Buffer.from(`${text}}`));
  return out;
}

/** The scorecard's bytes: `head` with `tree` as its nodes, each measure with its forecast and whether the reader may enter its values. */
export function scorecardBytes(
  head: Omit<Scorecard, 'nodes'>,
  tree: readonly ScorecardNode[],
  forecasts: ReadonlyMap<number, MeasureForecast>,
  rights: EntryRights,
  mayEnter: (measureId: number) => boolean,
): Buffer {
  const withForecast = forecasts.size > 0 ? nodesWithForecasts(tree, forecasts) : new Set<ScorecardNode>();
  const cache = rights === 'some' ? null : kept[rights];
  /** The pieces of `object` made by `make`, kept when they cannot differ for another reader of the same rights. */
  const keptOr = (object: object, keep: boolean, make: () => Pieces): Pieces => {
    const canKeep = keep && cache !== null && Object.isFrozen(object);
    const hit = canKeep ? cache.get(object) : undefined;
    if (hit) return hit;
    const made = make();
    if (canKeep) cache.set(object, made);
    return made;
  };

  const measurePieces = (m: ScorecardMeasure): Pieces => {
    const f = forecasts.get(m.id);
    return keptOr(m, !f, () => {
      const shown = f ? { ...m, forecast: f } : m;
      return [Buffer.from(JSON.stringify({ ...shown, canEnterValues: mayEnter(m.id) }))];
    });
  };
  // A node's measures are joined into one piece: copying many small pieces costs more per piece than per byte.
  const nodePieces = (n: ScorecardNode): Pieces =>
    keptOr(n, !withForecast.has(n), () =>
      objectPieces(n, { measures: [Buffer.concat(listPieces(n.measures.map(measurePieces)))], children: listPieces(n.children.map(nodePieces)) }),
    );
  return Buffer.concat(objectPieces({ ...head, nodes: null }, { nodes: listPieces(tree.map(nodePieces)) }));
}

/** The nodes with a forecast for one of their measures or below them. */
function nodesWithForecasts(tree: readonly ScorecardNode[], forecasts: ReadonlyMap<number, MeasureForecast>): Set<ScorecardNode> {
  const out = new Set<ScorecardNode>();
  const visit = (n: ScorecardNode): boolean => {
    let any = n.measures.some((m) => forecasts.has(m.id));
    for (const c of n.children) if (visit(c)) any = true;
    if (any) out.add(n);
    return any;
  };
  for (const n of tree) visit(n);
  return out;
}
