/**
 * Private: the starting centres of a k-means fit, as scikit-learn's `_kmeans_plusplus` draws
 * them (greedy k-means++), or `k` distinct random rows.
 *
 * While it chooses, k-means++ keeps each row's nearest centre so far and the squared distances
 * to it and to the second nearest: when it returns, that is the fit's first assignment, which
 * Hamerly's first iteration then need not scan (see `Workspace.assigned`).
 *
 * Long loops live in small leaf functions, here as in `_lloyd.ts` and `_hamerly.ts`: V8 then
 * optimises each with full type feedback, instead of compiling a loop inside a larger function on
 * the fly and throwing that code away when the code after the loop first runs.
 *
 * @module
 */
import type { Random } from "../base/random.ts";
import { type Rows, sqDist, TRACK_MAX_COLUMNS, type Workspace } from "./_workspace.ts";

/** `k` distinct random rows as centres (partial Fisher-Yates). Reads the rows only. */
export function randomInit(rows: Rows, k: number, rng: Random): Float64Array {
  const { data, n, d } = rows;
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  const c = new Float64Array(k * d);
  for (let i = 0; i < k; i++) c.set(data.subarray(idx[i]! * d, idx[i]! * d + d), i * d);
  return c;
}

/** One k-means++ draw in progress. */
interface Draw {
  readonly k: number;
  /** Candidates a step: `2 + floor(ln k)`. */
  readonly trials: number;
  readonly rng: Random;
  /** Out: the centres chosen so far, row-major `k x d`. */
  readonly centres: Float64Array;
  /** Out, when given: row i's squared distance to centre c at `dist[i * k + c]`. */
  readonly dist: Float64Array | null;
  /** The potential: the sum of `closest` over the rows. */
  pot: number;
}

/**
 * Greedy k-means++ (Arthur & Vassilvitskii 2007) as scikit-learn runs it: at each step draw
 * `2 + floor(ln k)` candidates with probability proportional to the squared distance to the
 * closest centre so far, keep the one that lowers the potential most. Sampling is a binary search
 * on cumulative sums (one pass per step, not per candidate). On up to `TRACK_MAX_COLUMNS` columns,
 * all candidates of a step are measured in one pass; on more, two at a time.
 *
 * Workspace: reads the rows; writes `labels`, `closest` and `lower` (the first assignment, see
 * `Workspace.assigned`, which it sets to the returned centres), and its scratch (`cum`, `cand`,
 * `cand2`, `best`).
 *
 * @param dist On more than `TRACK_MAX_COLUMNS` columns, when given (`n * k` values): out, row
 *   `i`'s squared distance to centre `c` at `dist[i * k + c]`, from which
 *   {@linkcode assignFromDistances} gives the first assignment for the first centres alone
 *   (nested starts). Ignored on fewer columns, where a scan is cheap.
 */
export function kmeansPlusPlus(
  ws: Workspace,
  k: number,
  rng: Random,
  dist: Float64Array | null = null,
): Float64Array {
  const { data, n, d, labels, lower } = ws;
  const c = new Float64Array(k * d);
  const draw: Draw = { k, trials: 2 + Math.floor(Math.log(k)), rng, centres: c, dist, pot: 0 };
  const first = rng.int(n);
  c.set(data.subarray(first * d, first * d + d), 0);
  draw.pot = firstDistances(ws, c);
  labels.fill(0, 0, n);
  lower.fill(Infinity, 0, n);
  if (d > TRACK_MAX_COLUMNS) {
    if (dist !== null) distanceColumn(ws.closest, n, dist, k, 0);
    drawWide(ws, draw);
  } else drawTracked(ws, draw);
  ws.assigned = c;
  return c;
}

/**
 * The steps after the first centre on up to `TRACK_MAX_COLUMNS` columns: all candidates of a step
 * are drawn from the same sums, then measured in one pass; the kept one joins the tracked
 * assignment (and the next step's sums).
 */
function drawTracked(ws: Workspace, draw: Draw): void {
  const { data, n, d } = ws;
  const { k, trials, rng, centres: c } = draw;
  const idx = new Int32Array(trials), pots = new Float64Array(trials), cand = new Float64Array(trials * d);
  for (let ci = 1; ci < k; ci++) {
    if (ci === 1) cumulate(ws);
    for (let t = 0; t < trials; t++) {
      const r = draw.pot > 0 ? searchCumulative(ws, rng.next() * draw.pot) : rng.int(n);
      idx[t] = r;
      cand.set(data.subarray(r * d, r * d + d), t * d);
    }
    candidatePotentials(ws, cand, trials, pots);
    let bt = 0;
    for (let t = 1; t < trials; t++) if (pots[t]! < pots[bt]!) bt = t;
    c.set(cand.subarray(bt * d, bt * d + d), ci * d);
    draw.pot = pots[bt]!;
    adoptTracked(ws, cand, bt * d, ci, ci + 1 < k);
  }
}

/**
 * The steps after the first centre on more than `TRACK_MAX_COLUMNS` columns: the same draws and
 * choices, with the candidates measured two at a time (two independent chains of additions per
 * row, which the CPU overlaps: faster than a pass per candidate, and than one pass for all). The
 * passes keep each candidate's own distances, so the kept one joins the tracked assignment
 * without being measured again.
 */
function drawWide(ws: Workspace, draw: Draw): void {
  const { n, d } = ws;
  const { k, trials, rng, centres: c, dist } = draw;
  const picks = new Int32Array(trials), pair = new Float64Array(2);
  if (k > 1) cumulate(ws);
  for (let ci = 1; ci < k; ci++) {
    let bestPot = Infinity, bestIdx = -1;
    // All of the step's candidates first (the same draws in the same order), then measured two
    // at a time, compared in draw order.
    for (let t = 0; t < trials; t++) {
      picks[t] = draw.pot > 0 ? searchCumulative(ws, rng.next() * draw.pot) : rng.int(n);
    }
    for (let t = 0; t < trials; t += 2) {
      const one = ws.cand, two = ws.cand2;
      const i1 = picks[t]!, i2 = t + 1 < trials ? picks[t + 1]! : -1;
      let p1: number, p2 = Infinity;
      if (i2 < 0) p1 = candidatePass(ws, i1 * d, one);
      else {
        candidatePair(ws, i1 * d, i2 * d, pair);
        p1 = pair[0]!;
        p2 = pair[1]!;
      }
      if (p1 < bestPot) {
        bestPot = p1;
        bestIdx = i1;
        ws.cand = ws.best;
        ws.best = one;
      }
      if (p2 < bestPot) {
        bestPot = p2;
        bestIdx = i2;
        ws.cand2 = ws.best;
        ws.best = two;
      }
    }
    c.set(ws.data.subarray(bestIdx * d, bestIdx * d + d), ci * d);
    draw.pot = bestPot;
    adoptDistances(ws, ws.best, ci, ci + 1 < k);
    if (dist !== null) distanceColumn(ws.best, n, dist, k, ci);
  }
}

/** Squared distance of every row to the centre at the start of `c` into `closest` (out); returns their sum. */
function firstDistances(ws: Workspace, c: Float64Array): number {
  const { data, n, d, closest } = ws;
  let pot = 0;
  // Unrolled for d = 3: see bench/RESULTS.md, "Hand-unrolled loops" (a worker's first, unoptimised fits).
  if (d === 3) {
    const c0 = c[0]!, c1 = c[1]!, c2 = c[2]!;
    for (let i = 0, o = 0; i < n; i++, o += 3) {
      const t0 = data[o]! - c0, t1 = data[o + 1]! - c1, t2 = data[o + 2]! - c2;
      pot += closest[i] = t0 * t0 + t1 * t1 + t2 * t2;
    }
    return pot;
  }
  for (let i = 0, o = 0; i < n; i++, o += d) pot += closest[i] = sqDist(data, o, c, 0, d);
  return pot;
}

/** Running sums of `closest` into `cum`. */
function cumulate(ws: Workspace): void {
  const { n, closest, cum } = ws;
  let acc = 0;
  for (let i = 0; i < n; i++) cum[i] = acc += closest[i]!;
}

/** First row whose running sum in `cum` exceeds `r`; the last row of positive `closest` if rounding leaves none. */
function searchCumulative(ws: Workspace, r: number): number {
  const { cum, closest: w } = ws;
  let lo = 0, hi = cum.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! > r) hi = mid;
    else lo = mid + 1;
  }
  if (lo < cum.length) return lo;
  for (let i = w.length - 1; i >= 0; i--) if (w[i]! > 0) return i;
  return w.length - 1;
}

/**
 * For each of the `trials` candidate rows in `cand`: the sum over rows of min(closest, squared
 * distance to the candidate), summed in row order (as one pass per candidate would), into `pots`
 * (out). Reads the rows and `closest`.
 */
function candidatePotentials(ws: Workspace, cand: Float64Array, trials: number, pots: Float64Array): void {
  const { data, n, d, closest } = ws;
  pots.fill(0);
  // Unrolled for d = 3: see bench/RESULTS.md, "Hand-unrolled loops".
  if (d === 3 && trials <= 4) {
    potentials3(ws, cand, trials, pots);
    return;
  }
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const m = closest[i]!;
    for (let t = 0; t < trials; t++) {
      const s = sqDist(data, o, cand, t * d, d);
      pots[t]! += s < m ? s : m;
    }
  }
}

/**
 * `candidatePotentials` on 3 columns for up to 4 candidates, with the candidates and the sums in
 * locals (absent candidates repeat the first, and their sums are dropped): the same sums, in row
 * order.
 */
function potentials3(ws: Workspace, cand: Float64Array, trials: number, pots: Float64Array): void {
  const { data, n, closest } = ws;
  const a0 = cand[0]!, a1 = cand[1]!, a2 = cand[2]!;
  const b0 = trials > 1 ? cand[3]! : a0, b1 = trials > 1 ? cand[4]! : a1, b2 = trials > 1 ? cand[5]! : a2;
  const c0 = trials > 2 ? cand[6]! : a0, c1 = trials > 2 ? cand[7]! : a1, c2 = trials > 2 ? cand[8]! : a2;
  const e0 = trials > 3 ? cand[9]! : a0, e1 = trials > 3 ? cand[10]! : a1, e2 = trials > 3 ? cand[11]! : a2;
  let pa = 0, pb = 0, pc = 0, pe = 0;
  for (let i = 0, o = 0; i < n; i++, o += 3) {
    const x0 = data[o]!, x1 = data[o + 1]!, x2 = data[o + 2]!;
    const m = closest[i]!;
    let t0 = x0 - a0, t1 = x1 - a1, t2 = x2 - a2;
    let s = t0 * t0 + t1 * t1 + t2 * t2;
    pa += s < m ? s : m;
    t0 = x0 - b0, t1 = x1 - b1, t2 = x2 - b2;
    s = t0 * t0 + t1 * t1 + t2 * t2;
    pb += s < m ? s : m;
    t0 = x0 - c0, t1 = x1 - c1, t2 = x2 - c2;
    s = t0 * t0 + t1 * t1 + t2 * t2;
    pc += s < m ? s : m;
    t0 = x0 - e0, t1 = x1 - e1, t2 = x2 - e2;
    s = t0 * t0 + t1 * t1 + t2 * t2;
    pe += s < m ? s : m;
  }
  pots[0] = pa;
  if (trials > 1) pots[1] = pb;
  if (trials > 2) pots[2] = pc;
  if (trials > 3) pots[3] = pe;
}

/**
 * Squared distance of every row to the candidate row at offset `co` of the rows into `out`
 * (out); returns the sum of min(closest, that distance), the potential if the candidate is kept.
 */
function candidatePass(ws: Workspace, co: number, out: Float64Array): number {
  const { data, n, d, closest } = ws;
  let p = 0;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const s = sqDist(data, o, data, co, d);
    const m = closest[i]!;
    out[i] = s;
    p += s < m ? s : m;
  }
  return p;
}

/**
 * `candidatePass` for the two candidate rows at offsets `c1` and `c2`, into `ws.cand` and
 * `ws.cand2` (out); the two potentials into `pots` (out).
 */
function candidatePair(ws: Workspace, c1: number, c2: number, pots: Float64Array): void {
  const { data, n, d, closest, cand: out1, cand2: out2 } = ws;
  let p1 = 0, p2 = 0;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    let s1 = 0, s2 = 0;
    for (let j = 0; j < d; j++) {
      const v = data[o + j]!;
      const a = v - data[c1 + j]!, b = v - data[c2 + j]!;
      s1 += a * a;
      s2 += b * b;
    }
    const m = closest[i]!;
    out1[i] = s1;
    out2[i] = s2;
    p1 += s1 < m ? s1 : m;
    p2 += s2 < m ? s2 : m;
  }
  pots[0] = p1;
  pots[1] = p2;
}

/**
 * The candidate at offset `co` of `cand` becomes centre `label`: each row's nearest centre
 * (`labels`), `closest` and the squared second-nearest distance (`lower`) take it into account
 * exactly as a scan over the centres in order would (first one on ties); with `withSums`, the
 * running sums of `closest` go into `cum` for the next step's draws.
 */
function adoptTracked(ws: Workspace, cand: Float64Array, co: number, label: number, withSums: boolean): void {
  const { data, n, d, closest, lower: second, labels, cum } = ws;
  // Unrolled for d = 3: see bench/RESULTS.md, "Hand-unrolled loops".
  if (d === 3) {
    adoptTracked3(ws, cand, co, label, withSums);
    return;
  }
  let acc = 0;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const m = closest[i]!, sec = second[i]!;
    // Partial sums: once the sum reaches the second nearest, this centre changes nothing.
    let s = 0;
    for (let j = 0; j < d && s < sec; j++) {
      const u = data[o + j]! - cand[co + j]!;
      s += u * u;
    }
    if (s < m) {
      second[i] = m;
      closest[i] = s;
      labels[i] = label;
    } else if (s < sec) second[i] = s;
    if (withSums) cum[i] = acc += closest[i]!;
  }
}

/** `adoptTracked` on 3 columns, with the candidate in locals. */
function adoptTracked3(
  ws: Workspace,
  cand: Float64Array,
  co: number,
  label: number,
  withSums: boolean,
): void {
  const { data, n, closest, lower: second, labels } = ws;
  const cum = withSums ? ws.cum : null;
  const c0 = cand[co]!, c1 = cand[co + 1]!, c2 = cand[co + 2]!;
  let acc = 0;
  for (let i = 0, o = 0; i < n; i++, o += 3) {
    const t0 = data[o]! - c0, t1 = data[o + 1]! - c1, t2 = data[o + 2]! - c2;
    const s = t0 * t0 + t1 * t1 + t2 * t2;
    const m = closest[i]!;
    if (s < m) {
      second[i] = m;
      closest[i] = s;
      labels[i] = label;
    } else if (s < second[i]!) second[i] = s;
    if (cum !== null) cum[i] = acc += closest[i]!;
  }
}

/**
 * The kept candidate, whose squared distances are in `s`, becomes centre `label` of the tracked
 * assignment, as in `adoptTracked` (writes `labels`, `closest`, `lower`, and with `withSums`, `cum`).
 */
function adoptDistances(ws: Workspace, s: Float64Array, label: number, withSums: boolean): void {
  const { n, closest, lower: second, labels } = ws;
  const cum = withSums ? ws.cum : null;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const v = s[i]!, m = closest[i]!;
    if (v < m) {
      second[i] = m;
      closest[i] = v;
      labels[i] = label;
    } else if (v < second[i]!) second[i] = v;
    if (cum !== null) cum[i] = acc += closest[i]!;
  }
}

/** `col` into column `c` of the row-major `n x k` matrix `dist`. */
function distanceColumn(col: Float64Array, n: number, dist: Float64Array, k: number, c: number): void {
  for (let i = 0, o = c; i < n; i++, o += k) dist[o] = col[i]!;
}

/**
 * The first assignment for the first `k` of the `kMax` centres whose distances `kmeansPlusPlus`
 * wrote into `dist` (`n * kMax` values): each row's nearest centre (first on ties), its squared
 * distance and the second nearest, into `labels`, `closest` and `lower` (out) exactly as a scan of
 * those centres leaves them (see `Workspace.assigned`; the caller sets it).
 */
export function assignFromDistances(ws: Workspace, dist: Float64Array, kMax: number, k: number): void {
  const { n, labels, closest, lower } = ws;
  for (let i = 0, o = 0; i < n; i++, o += kMax) {
    let best = Infinity, second = Infinity, bl = 0;
    for (let c = 0; c < k; c++) {
      const v = dist[o + c]!;
      if (v < best) {
        second = best;
        best = v;
        bl = c;
      } else if (v < second) second = v;
    }
    labels[i] = bl;
    closest[i] = best;
    lower[i] = second;
  }
}
