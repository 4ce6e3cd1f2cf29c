/**
 * The BG/NBD likelihood over grouped customers (private to lib/clv).
 *
 * @module
 */
import { lgamma } from "./_special.ts";
import type { PurchaseHistory } from "./types.ts";

/**
 * Customers grouped by identical (frequency, recency, T), with a weight per group, and the
 * distinct frequencies (the gamma-function terms depend on the frequency only).
 */
export interface GroupedHistory {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly w: Float64Array;
  /** Index of every group's frequency in `xs`. */
  readonly xi: Int32Array;
  /** The distinct frequencies. */
  readonly xs: Float64Array;
  /** Index of every group's T in `Ts`. */
  readonly Ti: Int32Array;
  /** The distinct values of T. */
  readonly Ts: Float64Array;
  /** Index of every group's recency in `txs`. */
  readonly txi: Int32Array;
  /** The distinct recencies. */
  readonly txs: Float64Array;
  /** Customers (sum of weights). */
  readonly total: number;
}

/** Check the arrays of a purchase history and return their length. */
export function checkHistory(h: PurchaseHistory, action: string): number {
  if (h === null || typeof h !== "object") {
    throw new TypeError(`Cannot ${action}: the data is not an object; pass { frequency, recency, T }`);
  }
  const { frequency, recency, T } = h;
  for (const [name, v] of [["frequency", frequency], ["recency", recency], ["T", T]] as const) {
    if (v === undefined || v === null || typeof v.length !== "number") {
      throw new TypeError(
        `Cannot ${action}: "${name}" is missing or not an array; pass { frequency, recency, T }`,
      );
    }
  }
  const n = frequency.length;
  if (recency.length !== n || T.length !== n) {
    throw new TypeError(
      `Cannot ${action}: frequency, recency and T have ${n}, ${recency.length} and ${T.length} entries; give one entry per customer in each`,
    );
  }
  if (n === 0) throw new RangeError(`Cannot ${action}: there are no customers; pass at least one`);
  for (let i = 0; i < n; i++) {
    const x = frequency[i]!, tx = recency[i]!, t = T[i]!;
    if (!(Number.isInteger(x) && x >= 0)) {
      throw new RangeError(
        `Cannot ${action}: frequency[${i}] is "${x}"; use whole numbers of repeat purchases >= 0`,
      );
    }
    if (!(tx >= 0 && t >= tx && Number.isFinite(t)) || (x > 0 && !(tx > 0)) || (x === 0 && tx !== 0)) {
      throw new RangeError(
        `Cannot ${action}: customer ${i} has frequency ${x}, recency ${tx} and T ${t}; need 0 <= recency <= T, recency > 0 exactly when frequency > 0`,
      );
    }
  }
  return n;
}

/** Group identical (frequency, recency, T) triples with an open-addressing hash on their bits. */
export function groupHistory(h: PurchaseHistory): GroupedHistory {
  const n = h.frequency.length;
  let cap = 16;
  while (cap < 2 * n) cap *= 2;
  const table = new Int32Array(cap).fill(-1);
  const gx = new Float64Array(n),
    gtx = new Float64Array(n),
    gT = new Float64Array(n),
    gw = new Float64Array(n);
  const buf = new Float64Array(3), bits = new Uint32Array(buf.buffer);
  let groups = 0;
  for (let i = 0; i < n; i++) {
    const x = h.frequency[i]!, tx = h.recency[i]!, t = h.T[i]!;
    buf[0] = x;
    buf[1] = tx;
    buf[2] = t;
    let hash = 0x811c9dc5;
    for (let k = 0; k < 6; k++) hash = Math.imul(hash ^ bits[k]!, 0x01000193);
    hash ^= hash >>> 15;
    let s = hash & (cap - 1);
    for (;;) {
      const g = table[s]!;
      if (g < 0) {
        table[s] = groups;
        gx[groups] = x;
        gtx[groups] = tx;
        gT[groups] = t;
        gw[groups] = 1;
        groups++;
        break;
      }
      if (gx[g] === x && gtx[g] === tx && gT[g] === t) {
        gw[g] = gw[g]! + 1;
        break;
      }
      s = (s + 1) & (cap - 1);
    }
  }
  const x = gx.slice(0, groups), tx = gtx.slice(0, groups), T = gT.slice(0, groups);
  const [xs, xi] = distinct(x), [Ts, Ti] = distinct(T), [txs, txi] = distinct(tx);
  return { x, tx, T, w: gw.slice(0, groups), xi, xs, Ti, Ts, txi, txs, total: n };
}

/** The distinct values of `v`, ascending, and the index of every entry among them. */
function distinct(v: Float64Array): [Float64Array, Int32Array] {
  const values = Float64Array.from(new Set(v)).sort();
  const pos = new Map<number, number>();
  values.forEach((u, i) => pos.set(u, i));
  return [values, Int32Array.from(v, (u) => pos.get(u)!)];
}

/**
 * BG/NBD log-likelihood summed over the groups, in the closed form of Fader, Hardie & Lee (2005,
 * eq. 6) as lifetimes' `BetaGeoFitter._negative_log_likelihood` writes it in log space:
 * `A1 + A2 + log(exp(A3) + [x > 0] exp(A4))` with
 * `A1 = lgamma(r + x) - lgamma(r) + r log(alpha)`,
 * `A2 = lgamma(a + b) + lgamma(b + x) - lgamma(b) - lgamma(a + b + x)`,
 * `A3 = -(r + x) log(alpha + T)`,
 * `A4 = log(a) - log(b + x - 1) - (r + x) log(alpha + t_x)`.
 */
export function bgNbdLogLikelihood(
  g: GroupedHistory,
  r: number,
  alpha: number,
  a: number,
  b: number,
): number {
  const m = g.xs.length;
  const head = new Float64Array(m), a4c = new Float64Array(m);
  const base = -lgamma(r) + r * Math.log(alpha) + lgamma(a + b) - lgamma(b);
  for (let k = 0; k < m; k++) {
    const x = g.xs[k]!;
    head[k] = base + lgamma(r + x) + lgamma(b + x) - lgamma(a + b + x);
    a4c[k] = Math.log(a) - Math.log(b + Math.max(x, 1) - 1);
  }
  // log(alpha + T) and log(alpha + t_x) once per distinct value (few on a daily grid)
  const logT = g.Ts.map((t) => Math.log(alpha + t)), logTx = g.txs.map((t) => Math.log(alpha + t));
  let sum = 0;
  const { x, w, xi, Ti, txi } = g;
  for (let i = 0; i < x.length; i++) {
    const xv = x[i]!, k = xi[i]!;
    const a3 = -(r + xv) * logT[Ti[i]!]!;
    let ll: number;
    if (xv > 0) {
      const a4 = a4c[k]! - (r + xv) * logTx[txi[i]!]!;
      // log(1 + e) rather than log1p(e): the same to 1e-16 absolute for e in [0, 1], and V8's
      // log1p is several times slower than its log
      ll = a3 > a4 ? a3 + Math.log(1 + Math.exp(a4 - a3)) : a4 + Math.log(1 + Math.exp(a3 - a4));
    } else ll = a3;
    sum += w[i]! * (head[k]! + ll);
  }
  return sum;
}

/** Check a horizon. */
export function checkHorizon(t: number, action: string): void {
  if (!(t >= 0 && Number.isFinite(t))) {
    throw new RangeError(`Cannot ${action} for t = "${t}": use a finite number >= 0 in the unit of the fit`);
  }
}
