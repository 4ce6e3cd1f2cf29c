/**
 * Private k-means machinery shared by `kmeans`, `predictKmeans` and the k sweep: the greedy
 * k-means++ start, Lloyd's iteration (plain, and with Hamerly's bounds) and nearest-centre
 * assignment, all on one row-major `Float64Array`.
 *
 * The bounded variant prunes a row only when the bounds show, with a safety margin far above
 * floating-point error, that its centre is strictly the nearest (and, on more than 4 columns,
 * skips a centre only when the triangle inequality shows, with that margin, that it is farther
 * than the second nearest); every distance it does compute is computed as the plain loop computes
 * it. So both make the same assignments; the bounded one keeps running cluster sums (updated for
 * the rows that move) where the plain one re-sums every row, so centres and inertia can differ in
 * the last bits, and in a near-exact tie that difference can in principle tip one row. Each
 * variant on its own is deterministic.
 *
 * @module
 */
import type { Random } from "../base/random.ts";

/** Buffers reused across the starts of one `kmeans` call. */
export interface Workspace {
  readonly labels: Int32Array;
  readonly dist: Float64Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  /** Per-lane partial sums and counts (row i goes to lane i % LANES), to break dependency chains. */
  readonly laneSums: Float64Array;
  readonly laneCounts: Float64Array;
  /** k-means++: distance to the closest chosen centre (and cumulative sums, in `cum`). */
  readonly closest: Float64Array;
  /** k-means++ on many columns: two candidates' distances, and the best candidate's so far. */
  cand: Float64Array;
  cand2: Float64Array;
  best: Float64Array;
  readonly cum: Float64Array;
  /** Hamerly: the rows a bounded pass must rescan (the memory of `cum`, which is free then). */
  readonly rows: Int32Array;
  /** Largest absolute value of `scaleOf` (Hamerly's pruning margin), computed once per data. */
  scale: number;
  scaleOf: Float64Array | null;
  /**
   * The centres (by identity) that `kmeansPlusPlus` last returned, or that `assignFromDistances`
   * was run for: `labels`, `closest` and `lower` then hold every row's nearest of them, its
   * squared distance and the squared distance to the second nearest, exactly as a full scan would
   * find them, so Hamerly's first iteration need not scan. `null` once anything else has used
   * those buffers.
   */
  assigned: Float64Array | null;
}

/** One finished start. */
export interface Run {
  labels: Int32Array;
  centres: Float64Array;
  inertia: number;
  nIter: number;
}

/** Rows are summed into this many interleaved partial sums, then combined in lane order. */
const LANES = 4;

/**
 * Most columns for which `kmeansPlusPlus` measures all candidates in one pass and keeps the
 * first assignment as it goes (measured: on 17 columns, a pass per candidate is faster).
 */
export const TRACK_MAX_COLUMNS = 4;

/** Allocate the buffers for `n` rows, `d` columns and up to `k` centres (a workspace serves any smaller k too). */
export function makeWorkspace(n: number, d: number, k: number): Workspace {
  // `dist` (Lloyd's distances, Hamerly's relocation), `cum` (k-means++ sampling) and `rows`
  // (Hamerly's rows to rescan, used within one pass) are never needed at the same time: they
  // share one buffer.
  const cum = new Float64Array(n);
  return {
    labels: new Int32Array(n),
    dist: cum,
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    sums: new Float64Array(k * d),
    counts: new Float64Array(k),
    laneSums: new Float64Array(LANES * k * d),
    laneCounts: new Float64Array(LANES * k),
    closest: new Float64Array(n),
    cand: new Float64Array(d > TRACK_MAX_COLUMNS ? n : 0),
    cand2: new Float64Array(d > TRACK_MAX_COLUMNS ? n : 0),
    best: new Float64Array(d > TRACK_MAX_COLUMNS ? n : 0),
    cum,
    rows: new Int32Array(cum.buffer, cum.byteOffset, n),
    scale: 0,
    scaleOf: null,
    assigned: null,
  };
}

/** Squared Euclidean distance between row `ai/d` of `a` and row `bi/d` of `b` (offsets in values). */
export function sqDist(a: Float64Array, ai: number, b: Float64Array, bi: number, d: number): number {
  if (d === 3) {
    const t0 = a[ai]! - b[bi]!, t1 = a[ai + 1]! - b[bi + 1]!, t2 = a[ai + 2]! - b[bi + 2]!;
    return t0 * t0 + t1 * t1 + t2 * t2;
  }
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = a[ai + j]! - b[bi + j]!;
    s += t * t;
  }
  return s;
}

/** `k` distinct random rows as centres (partial Fisher-Yates). */
export function randomInit(data: Float64Array, n: number, d: number, k: number, rng: Random): Float64Array {
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

/**
 * Greedy k-means++ (Arthur & Vassilvitskii 2007) as scikit-learn runs it: at each step draw
 * `2 + floor(ln k)` candidates with probability proportional to the squared distance to the
 * closest centre so far, keep the one that lowers the potential most. Sampling is a binary search
 * on cumulative sums (one pass per step, not per candidate). On up to `TRACK_MAX_COLUMNS` columns,
 * all candidates of a step are measured in one pass; on more, two at a time. Either way the first
 * assignment is left in the workspace (see `Workspace.assigned`).
 *
 * @param dist On more than `TRACK_MAX_COLUMNS` columns, when given (`n * k` values): row `i`'s
 *   squared distance to centre `c` goes to `dist[i * k + c]`, from which
 *   {@linkcode assignFromDistances} gives the first assignment for the first centres alone
 *   (nested starts). Ignored on fewer columns, where a scan is cheap.
 */
export function kmeansPlusPlus(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  rng: Random,
  ws: Workspace,
  dist: Float64Array | null = null,
): Float64Array {
  const c = new Float64Array(k * d);
  const trials = 2 + Math.floor(Math.log(k));
  const first = rng.int(n);
  c.set(data.subarray(first * d, first * d + d), 0);
  const { closest, labels, lower } = ws;
  // While choosing, keep each row's nearest centre so far and the squared distances to it
  // (`closest`) and to the second nearest (`lower`): the first assignment, for little more.
  let pot = firstDistances(data, n, d, c, closest);
  labels.fill(0, 0, n);
  lower.fill(Infinity, 0, n);
  if (d > TRACK_MAX_COLUMNS) {
    if (dist !== null) distanceColumn(closest, n, dist, k, 0);
    kmeansPlusPlusWide(data, n, d, k, rng, ws, c, trials, pot, dist);
    ws.assigned = c;
    return c;
  }
  const { cum } = ws;
  const idx = new Int32Array(trials), pots = new Float64Array(trials), cand = new Float64Array(trials * d);
  for (let ci = 1; ci < k; ci++) {
    if (ci === 1) cumulate(closest, cum, n);
    // All candidates of a step are drawn from the same sums, then measured in one pass.
    for (let t = 0; t < trials; t++) {
      const r = pot > 0 ? searchCumulative(cum, closest, rng.next() * pot) : rng.int(n);
      idx[t] = r;
      cand.set(data.subarray(r * d, r * d + d), t * d);
    }
    candidatePotentials(data, n, d, cand, trials, closest, pots);
    let bt = 0;
    for (let t = 1; t < trials; t++) if (pots[t]! < pots[bt]!) bt = t;
    c.set(cand.subarray(bt * d, bt * d + d), ci * d);
    pot = pots[bt]!;
    // The kept candidate joins the assignment (and the next step's sums).
    adoptTracked(data, n, d, cand, bt, ci, ws, ci + 1 < k);
  }
  ws.assigned = c;
  return c;
}

/**
 * The steps after the first centre of `kmeansPlusPlus` on many columns: the same draws and
 * choices, with the candidates measured two at a time (two independent chains of additions per
 * row, which the CPU overlaps; measured 25-30% less time than a pass per candidate on 17 columns
 * at k = 5 and 10; one pass for all candidates was slower). The passes keep each candidate's own
 * distances, so the kept one joins the tracked assignment without being measured again.
 */
function kmeansPlusPlusWide(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  rng: Random,
  ws: Workspace,
  c: Float64Array,
  trials: number,
  pot: number,
  dist: Float64Array | null,
): void {
  const { closest, cum, labels, lower } = ws;
  const picks = new Int32Array(trials), pair = new Float64Array(2);
  if (k > 1) cumulate(closest, cum, n);
  for (let ci = 1; ci < k; ci++) {
    let bestPot = Infinity, bestIdx = -1;
    // All of the step's candidates first (the same draws in the same order), then measured two
    // at a time, compared in draw order.
    for (let t = 0; t < trials; t++) {
      picks[t] = pot > 0 ? searchCumulative(cum, closest, rng.next() * pot) : rng.int(n);
    }
    for (let t = 0; t < trials; t += 2) {
      const one = ws.cand, two = ws.cand2;
      const i1 = picks[t]!, i2 = t + 1 < trials ? picks[t + 1]! : -1;
      let p1: number, p2 = Infinity;
      if (i2 < 0) p1 = candidatePass(data, n, d, i1 * d, closest, one);
      else {
        candidatePair(data, n, d, i1 * d, i2 * d, closest, one, two, pair);
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
    c.set(data.subarray(bestIdx * d, bestIdx * d + d), ci * d);
    pot = bestPot;
    adoptDistances(ws.best, n, ci, closest, lower, labels, ci + 1 < k ? cum : null);
    if (dist !== null) distanceColumn(ws.best, n, dist, k, ci);
  }
}

// Long loops live in small leaf functions (here and below): V8 then optimises each with full
// type feedback, instead of compiling a loop inside a larger function on the fly and throwing
// that code away when the code after the loop first runs (measured: a few ms per start).

/** Squared distance of every row to the first centre into `closest`; returns their sum. */
function firstDistances(
  data: Float64Array,
  n: number,
  d: number,
  c: Float64Array,
  closest: Float64Array,
): number {
  let pot = 0;
  if (d === 3) {
    // The centre in locals (measured ~2x faster than through sqDist); the same sums.
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

/** Running sums of `w` into `cum`. */
function cumulate(w: Float64Array, cum: Float64Array, n: number): void {
  let acc = 0;
  for (let i = 0; i < n; i++) cum[i] = acc += w[i]!;
}

/** Sum of the first `n` values. */
function total(v: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += v[i]!;
  return s;
}

/** Largest absolute value in `data`. */
function maxAbs(data: Float64Array): number {
  let scale = 0;
  for (let i = 0; i < data.length; i++) {
    const a = Math.abs(data[i]!);
    if (a > scale) scale = a;
  }
  return scale;
}

/** Sum of squared distances of every row to its centre. */
function inertiaOf(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  labels: Int32Array,
): number {
  let inertia = 0;
  if (d === 3) {
    // The same sums as `sqDist`, written out: ~3x faster than through the general call (measured).
    for (let i = 0, o = 0; i < n; i++, o += 3) {
      const co = labels[i]! * 3;
      const t0 = data[o]! - centres[co]!,
        t1 = data[o + 1]! - centres[co + 1]!,
        t2 = data[o + 2]! - centres[co + 2]!;
      inertia += t0 * t0 + t1 * t1 + t2 * t2;
    }
    return inertia;
  }
  for (let i = 0, o = 0; i < n; i++, o += d) inertia += sqDist(data, o, centres, labels[i]! * d, d);
  return inertia;
}

/** Distance of every row to its own centre into `dist`. */
function ownDistances(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  labels: Int32Array,
  dist: Float64Array,
): void {
  for (let i = 0, o = 0; i < n; i++, o += d) dist[i] = sqDist(data, o, centres, labels[i]! * d, d);
}

/** First index whose cumulative weight exceeds `r`; the last positive weight if rounding leaves none. */
function searchCumulative(cum: Float64Array, w: Float64Array, r: number): number {
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
 * distance to the candidate), summed in row order (as one pass per candidate would), into `pots`.
 */
function candidatePotentials(
  data: Float64Array,
  n: number,
  d: number,
  cand: Float64Array,
  trials: number,
  closest: Float64Array,
  pots: Float64Array,
): void {
  pots.fill(0);
  if (d === 3 && trials <= 4) {
    potentials3(data, n, cand, trials, closest, pots);
    return;
  }
  if (d === 3) {
    for (let i = 0, o = 0; i < n; i++, o += 3) {
      const x0 = data[o]!, x1 = data[o + 1]!, x2 = data[o + 2]!;
      const m = closest[i]!;
      for (let t = 0, co = 0; t < trials; t++, co += 3) {
        const t0 = x0 - cand[co]!, t1 = x1 - cand[co + 1]!, t2 = x2 - cand[co + 2]!;
        const s = t0 * t0 + t1 * t1 + t2 * t2;
        pots[t]! += s < m ? s : m;
      }
    }
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
function potentials3(
  data: Float64Array,
  n: number,
  cand: Float64Array,
  trials: number,
  closest: Float64Array,
  pots: Float64Array,
): void {
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
 * Squared distance of every row to the candidate row at offset `co` into `out`; returns the sum of
 * min(closest, that distance), the potential if the candidate is kept.
 */
function candidatePass(
  data: Float64Array,
  n: number,
  d: number,
  co: number,
  closest: Float64Array,
  out: Float64Array,
): number {
  let p = 0;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const s = sqDist(data, o, data, co, d);
    const m = closest[i]!;
    out[i] = s;
    p += s < m ? s : m;
  }
  return p;
}

/** `candidatePass` for two candidate rows at once, into `out1` and `out2`; the potentials into `pots`. */
function candidatePair(
  data: Float64Array,
  n: number,
  d: number,
  c1: number,
  c2: number,
  closest: Float64Array,
  out1: Float64Array,
  out2: Float64Array,
  pots: Float64Array,
): void {
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
 * Candidate `t` of `cand` becomes centre `label`: each row's nearest centre, `closest` and the
 * squared second-nearest distance (in `ws.lower`) take it into account exactly as a scan over the
 * centres in order would (first one on ties); with `sums`, the running sums of `closest` go into
 * `ws.cum` for the next step's draws.
 */
function adoptTracked(
  data: Float64Array,
  n: number,
  d: number,
  cand: Float64Array,
  t: number,
  label: number,
  ws: Workspace,
  sums: boolean,
): void {
  const { closest, lower: second, labels, cum } = ws;
  const co = t * d;
  if (d === 3) {
    adoptTracked3(
      data,
      n,
      cand[co]!,
      cand[co + 1]!,
      cand[co + 2]!,
      label,
      closest,
      second,
      labels,
      sums ? cum : null,
    );
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
    if (sums) cum[i] = acc += closest[i]!;
  }
}

/**
 * The kept candidate, whose squared distances are in `s`, becomes centre `label` of the tracked
 * assignment, as in `adoptTracked`; with `cum`, the running sums of `closest` for the next step.
 */
function adoptDistances(
  s: Float64Array,
  n: number,
  label: number,
  closest: Float64Array,
  second: Float64Array,
  labels: Int32Array,
  cum: Float64Array | null,
): void {
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
 * distance and the second nearest, into the workspace exactly as a scan of those centres leaves
 * them (see `Workspace.assigned`; the caller sets it).
 */
export function assignFromDistances(
  dist: Float64Array,
  n: number,
  kMax: number,
  k: number,
  ws: Workspace,
): void {
  const { labels, closest, lower } = ws;
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

/** `adoptTracked` on 3 columns, the candidate in locals; `cum` is `null` when no sums are needed. */
function adoptTracked3(
  data: Float64Array,
  n: number,
  c0: number,
  c1: number,
  c2: number,
  label: number,
  closest: Float64Array,
  second: Float64Array,
  labels: Int32Array,
  cum: Float64Array | null,
): void {
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

/** Hamerly's bounds from the assignment `kmeansPlusPlus` left in the workspace. */
function boundsFromAssignment(n: number, ws: Workspace): void {
  const { closest, lower, upper } = ws;
  for (let i = 0; i < n; i++) {
    upper[i] = Math.sqrt(closest[i]!);
    lower[i] = Math.sqrt(lower[i]!);
  }
}

/** Nearest centre of every row (first one on ties) and its squared distance. */
export function assignAll(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
): void {
  for (let i = 0, o = 0; i < n; i++, o += d) {
    let best = Infinity, bl = 0;
    for (let c = 0; c < k; c++) {
      const dd = sqDist(data, o, centres, c * d, d);
      if (dd < best) {
        best = dd;
        bl = c;
      }
    }
    labels[i] = bl;
    dist[i] = best;
  }
}

/** Sums and counts of the rows of each cluster, from scratch (lane by lane, then combined). */
function accumulate(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  labels: Int32Array,
  ws: Workspace,
): void {
  const { laneSums, laneCounts } = ws;
  laneSums.fill(0);
  laneCounts.fill(0);
  const kd = k * d;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const l = labels[i]!, lane = i & (LANES - 1);
    laneCounts[lane * k + l]!++;
    const lo = lane * kd + l * d;
    if (d === 3) {
      laneSums[lo]! += data[o]!;
      laneSums[lo + 1]! += data[o + 1]!;
      laneSums[lo + 2]! += data[o + 2]!;
    } else for (let j = 0; j < d; j++) laneSums[lo + j]! += data[o + j]!;
  }
  combineLanes(k, d, ws);
}

function combineLanes(k: number, d: number, ws: Workspace): void {
  const { laneSums, laneCounts, sums, counts } = ws;
  const kd = k * d;
  sums.fill(0);
  counts.fill(0);
  for (let lane = 0; lane < LANES; lane++) {
    for (let t = 0; t < kd; t++) sums[t]! += laneSums[lane * kd + t]!;
    for (let c = 0; c < k; c++) counts[c]! += laneCounts[lane * k + c]!;
  }
}

/**
 * An empty cluster takes the row farthest from its centre among clusters with more than one
 * row (scikit-learn's rule). Returns the rows moved, so bounds can be reset for them.
 */
function relocateEmpty(
  data: Float64Array,
  d: number,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
  sums: Float64Array,
  counts: Float64Array,
  centres: Float64Array,
): number[] {
  const moved: number[] = [];
  for (let c = 0; c < k; c++) {
    if (counts[c]! > 0) continue;
    let far = -1, fd = -1;
    for (let i = 0; i < labels.length; i++) {
      if (counts[labels[i]!]! > 1 && dist[i]! > fd) {
        fd = dist[i]!;
        far = i;
      }
    }
    if (far < 0) {
      // Nothing to take (fewer distinct points than k): keep the centre where it is.
      counts[c] = 1;
      for (let j = 0; j < d; j++) sums[c * d + j] = centres[c * d + j]!;
      continue;
    }
    const old = labels[far]!;
    counts[old]!--;
    for (let j = 0; j < d; j++) {
      sums[old * d + j]! -= data[far * d + j]!;
      sums[c * d + j] = data[far * d + j]!;
    }
    counts[c] = 1;
    labels[far] = c;
    dist[far] = 0;
    moved.push(far);
  }
  return moved;
}

/** New centres from sums/counts; per-centre moves into `move`; returns the total squared shift. */
function updateCentres(
  sums: Float64Array,
  counts: Float64Array,
  centres: Float64Array,
  k: number,
  d: number,
  move: Float64Array | null,
): number {
  let shift = 0;
  for (let c = 0; c < k; c++) {
    let own = 0;
    for (let j = 0; j < d; j++) {
      const v = sums[c * d + j]! / counts[c]!;
      const t = v - centres[c * d + j]!;
      own += t * t;
      shift += t * t;
      centres[c * d + j] = v;
    }
    if (move) move[c] = Math.sqrt(own);
  }
  return shift;
}

/** Plain Lloyd iteration (the reference the bounded one must equal). */
export function lloyd(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  k: number,
  maxIter: number,
  tolAbs: number,
  ws: Workspace,
): Run {
  const { labels, dist, sums, counts } = ws;
  ws.assigned = null;
  let nIter = 0;
  for (let it = 0; it < maxIter; it++) {
    nIter = it + 1;
    assignAll(data, n, d, centres, k, labels, dist);
    accumulate(data, n, d, k, labels, ws);
    relocateEmpty(data, d, k, labels, dist, sums, counts, centres);
    if (updateCentres(sums, counts, centres, k, d, null) <= tolAbs) break;
  }
  assignAll(data, n, d, centres, k, labels, dist);
  return { labels: Int32Array.from(labels), centres, inertia: total(dist, n), nIter };
}

/**
 * Lloyd with Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): one upper bound on
 * the distance to the own centre and one lower bound on the distance to any other centre.
 * Each iteration shifts every row's bounds in one pass and rescans only the rows they cannot
 * settle; sums are updated only for rows that change cluster. Same assignments as
 * {@linkcode lloyd} (see the module note).
 */
export function hamerly(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  k: number,
  maxIter: number,
  tolAbs: number,
  ws: Workspace,
): Run {
  const { labels, dist, sums, counts, upper, lower } = ws;
  const move = new Float64Array(k);
  const gaps = centreGaps(k, d);
  // Margin for pruning, far above the rounding error of the bounds: relative plus an absolute
  // part on the scale of the data (distances are computed from coordinates of that size).
  if (ws.scaleOf !== data) {
    ws.scale = maxAbs(data);
    ws.scaleOf = data;
  }
  const margin = 1e-10 * ws.scale * Math.sqrt(d) + 1e-300;
  let nIter = 0;
  let m1 = 0, m2 = 0, arg = -1;
  let fresh = false;
  // Rows the last pass could not prune; after a pass that pruned few, scan every row outright,
  // but never twice in a row: a full scan leaves exact bounds, so the next pass prunes far more
  // than its count says (measured: 8-11% less iteration time for k = 4 on 100k x 3).
  let open = n;
  let scanned = false;
  for (let it = 0; it < maxIter; it++) {
    nIter = it + 1;
    if (it === 0) {
      if (ws.assigned === centres) boundsFromAssignment(n, ws);
      else fullAssign(data, n, d, centres, k, labels, upper, lower, gaps, margin);
      ws.assigned = null;
      accumulate(data, n, d, k, labels, ws);
    } else {
      measureGaps(centres, k, d, gaps);
      // (After a full scan `open` is n, untested; it is not read, as the next pass is never full.)
      const full: boolean = !scanned && open > n * FULL_SCAN_SHARE;
      scanned = full;
      open = boundedPass(
        data,
        n,
        d,
        centres,
        k,
        labels,
        upper,
        lower,
        gaps,
        move,
        arg,
        m1,
        m2,
        margin,
        ws,
        fresh ? Sums.Fresh : Sums.Moves,
        full,
      );
    }
    fresh = false;
    let empty = false;
    for (let c = 0; c < k; c++) if (counts[c] === 0) empty = true;
    if (empty) {
      ownDistances(data, n, d, centres, labels, dist);
      for (const i of relocateEmpty(data, d, k, labels, dist, sums, counts, centres)) {
        upper[i] = Infinity;
        lower[i] = 0;
      }
      // Relocation may leave a stand-in for a cluster it could not fill: recount next time.
      fresh = true;
    }
    const shift = updateCentres(sums, counts, centres, k, d, move);
    m1 = 0, m2 = 0, arg = -1;
    for (let c = 0; c < k; c++) {
      const v = move[c]!;
      if (v > m1) {
        m2 = m1;
        m1 = v;
        arg = c;
      } else if (v > m2) m2 = v;
    }
    if (shift <= tolAbs) break;
  }
  measureGaps(centres, k, d, gaps);
  boundedPass(
    data,
    n,
    d,
    centres,
    k,
    labels,
    upper,
    lower,
    gaps,
    move,
    arg,
    m1,
    m2,
    margin,
    ws,
    Sums.None,
    false,
  );
  return { labels: Int32Array.from(labels), centres, inertia: inertiaOf(data, n, d, centres, labels), nIter };
}

/** Every row's nearest centre and both bounds, exactly (on more than 4 columns through `scanNear` from centre 0). */
function fullAssign(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  gaps: CentreGaps,
  margin: number,
): void {
  const { order, dists } = gaps;
  if (order === null || dists === null) {
    for (let i = 0, o = 0; i < n; i++, o += d) scanPoint(data, o, d, centres, k, labels, upper, lower, i);
    return;
  }
  measureGaps(centres, k, d, gaps);
  labels.fill(0, 0, n);
  for (let i = 0, o = 0; i < n; i++, o += d) {
    scanNear(
      data,
      o,
      d,
      centres,
      k,
      labels,
      upper,
      lower,
      i,
      sqDist(data, o, centres, 0, d),
      order,
      dists,
      margin,
    );
  }
}

/** Share of rows above which the next pass skips the bound tests and scans every row (cheaper then). */
const FULL_SCAN_SHARE = 0.6;

/** What a bounded pass does with the cluster sums. */
const enum Sums {
  /** Leave them alone (the last pass, for labels only). */
  None,
  /** Recompute them from scratch into the lane sums of the workspace. */
  Fresh,
  /** Update the running sums for the rows that change cluster. */
  Moves,
}

/**
 * One bounded assignment pass: shift the bounds by the last centre moves, prune rows whose
 * centre is provably still the nearest (`u + 1e-9 (u + m) + margin < m`), rescan the others,
 * and keep the cluster sums as `mode` says. With `full`, every row is rescanned (cheaper than
 * testing bounds that prune little, as in the first iterations); returns how many rows the bounds
 * could not prune (`n` after a full scan, which does not test them).
 */
function boundedPass(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  gaps: CentreGaps,
  move: Float64Array,
  arg: number,
  m1: number,
  m2: number,
  margin: number,
  ws: Workspace,
  mode: Sums,
  full: boolean,
): number {
  // Two short loops rather than one long one (faster in V8, measured): shift every bound and list
  // the rows the bounds cannot settle, then rescan those in row order, as one loop would.
  const { sums, counts, rows } = ws;
  const moves = mode === Sums.Moves;
  let open = n;
  if (full) rescan(data, d, centres, k, labels, upper, lower, gaps, margin, null, n, sums, counts, moves);
  else {
    open = shiftBounds(n, labels, upper, lower, gaps.half, move, arg, m1, m2, margin, rows);
    rescan(data, d, centres, k, labels, upper, lower, gaps, margin, rows, open, sums, counts, moves);
  }
  if (mode === Sums.Fresh) accumulate(data, n, d, k, labels, ws);
  return open;
}

/**
 * Hamerly's bound shift for every row (the own centre moved `move[a]`, any other at most `m1`, or
 * `m2` for the centre that moved `m1`); the rows whose bounds do not settle them go into `list`
 * (in row order). Returns how many.
 */
function shiftBounds(
  n: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  half: Float64Array,
  move: Float64Array,
  arg: number,
  m1: number,
  m2: number,
  margin: number,
  list: Int32Array,
): number {
  const rel = 1e-9;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i]!;
    const u = upper[i]! + move[a]!;
    const l = lower[i]! - (a === arg ? m2 : m1);
    const h = half[a]!;
    const g = l > h ? l : h;
    upper[i] = u;
    lower[i] = l;
    if (!(u + rel * (u + g) + margin < g)) list[m++] = i;
  }
  return m;
}

/**
 * The rows in `list` (every row when `list` is null): the exact distance to the own centre settles
 * a row if it beats the lower bound; otherwise the row is scanned over all centres (on more than
 * 4 columns, over the centres near enough to its own: `scanNear`). With `moves`, the running
 * cluster sums follow the rows that change cluster.
 */
function rescan(
  data: Float64Array,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  gaps: CentreGaps,
  margin: number,
  list: Int32Array | null,
  m: number,
  sums: Float64Array,
  counts: Float64Array,
  moves: boolean,
): void {
  // Two functions, not one with a branch per row: the first bounded pass after a full one would
  // otherwise take a path V8 optimised without (and drop that code).
  if (list === null) {
    rescanAll(data, d, centres, k, labels, upper, lower, gaps, margin, m, sums, counts, moves);
  } else rescanList(data, d, centres, k, labels, upper, lower, gaps, margin, list, m, sums, counts, moves);
}

function rescanAll(
  data: Float64Array,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  gaps: CentreGaps,
  margin: number,
  n: number,
  sums: Float64Array,
  counts: Float64Array,
  moves: boolean,
): void {
  const { order, dists } = gaps;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const a = labels[i]!;
    if (order !== null && dists !== null) {
      const own = sqDist(data, o, centres, a * d, d);
      scanNear(data, o, d, centres, k, labels, upper, lower, i, own, order, dists, margin);
    } else scanPoint(data, o, d, centres, k, labels, upper, lower, i);
    const b = labels[i]!;
    if (moves && b !== a) moveRow(data, o, d, a, b, sums, counts);
  }
}

function rescanList(
  data: Float64Array,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  gaps: CentreGaps,
  margin: number,
  list: Int32Array,
  m: number,
  sums: Float64Array,
  counts: Float64Array,
  moves: boolean,
): void {
  const rel = 1e-9;
  const { half, order, dists } = gaps;
  for (let t = 0; t < m; t++) {
    const i = list[t]!, o = i * d;
    const a = labels[i]!;
    const l = lower[i]!, h = half[a]!;
    const g = l > h ? l : h;
    const own = sqDist(data, o, centres, a * d, d);
    const u = Math.sqrt(own);
    if (u + rel * (u + g) + margin < g) {
      upper[i] = u;
      continue;
    }
    if (order !== null && dists !== null) {
      scanNear(data, o, d, centres, k, labels, upper, lower, i, own, order, dists, margin);
    } else scanPoint(data, o, d, centres, k, labels, upper, lower, i);
    const b = labels[i]!;
    if (moves && b !== a) moveRow(data, o, d, a, b, sums, counts);
  }
}

/** Row `o / d` moves from cluster a to b: the running sums and counts follow it. */
function moveRow(
  data: Float64Array,
  o: number,
  d: number,
  a: number,
  b: number,
  sums: Float64Array,
  counts: Float64Array,
): void {
  counts[a]!--;
  counts[b]!++;
  if (d === 3) {
    const ao = a * 3, bo = b * 3, v0 = data[o]!, v1 = data[o + 1]!, v2 = data[o + 2]!;
    sums[ao]! -= v0;
    sums[bo]! += v0;
    sums[ao + 1]! -= v1;
    sums[bo + 1]! += v1;
    sums[ao + 2]! -= v2;
    sums[bo + 2]! += v2;
  } else {
    for (let j = 0; j < d; j++) {
      const v = data[o + j]!;
      sums[a * d + j]! -= v;
      sums[b * d + j]! += v;
    }
  }
}

/**
 * Exact scan of one row over all centres, as `assignAll` does; sets label and both bounds. For up
 * to 4 columns (on more, `scanNear` visits only the centres that can matter).
 */
export function scanPoint(
  data: Float64Array,
  o: number,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  i: number,
): void {
  let best = Infinity, second = Infinity, bl = 0;
  if (d === 3) {
    // The same sums as `sqDist`, with the row in locals (V8 runs the general call ~3x slower).
    const x0 = data[o]!, x1 = data[o + 1]!, x2 = data[o + 2]!;
    for (let c = 0, co = 0; c < k; c++, co += 3) {
      const t0 = x0 - centres[co]!, t1 = x1 - centres[co + 1]!, t2 = x2 - centres[co + 2]!;
      const dd = t0 * t0 + t1 * t1 + t2 * t2;
      if (dd < best) {
        second = best;
        best = dd;
        bl = c;
      } else if (dd < second) second = dd;
    }
  } else {
    for (let c = 0; c < k; c++) {
      const dd = sqDist(data, o, centres, c * d, d);
      if (dd < best) {
        second = best;
        best = dd;
        bl = c;
      } else if (dd < second) second = dd;
    }
  }
  labels[i] = bl;
  upper[i] = Math.sqrt(best);
  lower[i] = Math.sqrt(second);
}

/**
 * What Hamerly's passes need to know of the centres' distances to one another: `half[c]`, half the
 * distance from centre c to its nearest other centre (Infinity when k = 1); on more than 4
 * columns also, for each centre a, the other centres by distance from a (`order`, k - 1 entries
 * from `a * k`) and those distances (`dists`), for `scanNear`.
 */
export interface CentreGaps {
  readonly half: Float64Array;
  readonly order: Int32Array | null;
  readonly dists: Float64Array | null;
  /** Scratch for one centre's distances while they are sorted. */
  readonly row: Float64Array;
}

/** Buffers for {@linkcode measureGaps} for k centres of d columns (the sorted lists only on more than 4 columns). */
export function centreGaps(k: number, d: number): CentreGaps {
  const near = d > 4;
  return {
    half: new Float64Array(k),
    order: near ? new Int32Array(k * k) : null,
    dists: near ? new Float64Array(k * k) : null,
    row: new Float64Array(near ? k : 0),
  };
}

/** Fill `gaps` for these centres (k² distances, and on many columns k sorts of k - 1). */
export function measureGaps(centres: Float64Array, k: number, d: number, gaps: CentreGaps): void {
  const { half, order, dists, row } = gaps;
  for (let c = 0; c < k; c++) {
    let m = Infinity;
    for (let c2 = 0; c2 < k; c2++) {
      if (c2 === c) continue;
      const dd = sqDist(centres, c * d, centres, c2 * d, d);
      if (dd < m) m = dd;
      if (dists !== null) dists[c * k + c2] = Math.sqrt(dd);
    }
    half[c] = 0.5 * Math.sqrt(m);
  }
  if (order === null || dists === null) return;
  // Row a of `dists` holds the distance from a to every centre (a's own slot unused); sort the
  // others into the first k - 1 slots of `order` and `dists` (k log k a centre, for any k).
  const byDistance = (x: number, y: number) => row[x]! - row[y]!;
  for (let a = 0; a < k; a++) {
    const base = a * k;
    row.set(dists.subarray(base, base + k));
    let m = base;
    for (let c = 0; c < k; c++) if (c !== a) order[m++] = c;
    order.subarray(base, base + k - 1).sort(byDistance);
    for (let t = base; t < base + k - 1; t++) dists[t] = row[order[t]!]!;
  }
}

/**
 * The exact scan of one row on more than 4 columns: label and both bounds exactly as a scan of every
 * centre in index order sets them (ties to the lowest index), visiting only the centres that can
 * matter: the others in order of their distance r from the row's own centre a, stopping once
 * r - |x - a| exceeds the second-best distance so far (every centre left is then farther than that,
 * by the triangle inequality, with a margin far above rounding error). `own` is the row's squared
 * distance to a, as `sqDist` sums it. A row between two near centres then costs one distance, not
 * k. Exported for the tests.
 */
export function scanNear(
  data: Float64Array,
  o: number,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  upper: Float64Array,
  lower: Float64Array,
  i: number,
  own: number,
  order: Int32Array,
  dists: Float64Array,
  margin: number,
): void {
  const rel = 1e-9;
  const a = labels[i]!, base = a * k, u = Math.sqrt(own), others = k - 1;
  let best = own, second = Infinity, bl = a, s = Infinity;
  // Two centres at a time (two independent chains of additions, which the CPU overlaps), each summed
  // in column order as `sqDist` sums; partial sums stop once both are past the second best (not
  // at it: a sum equal to it may be a tie that the lower index wins).
  // An odd centre out is paired with itself, and its copy is not compared again.
  for (let t = 0; t < others; t += 2) {
    const r = dists[base + t]!;
    if (r - u > s + rel * (r + s) + margin) break;
    const c0 = order[base + t]!, c1 = t + 1 < others ? order[base + t + 1]! : c0, co = c0 * d, cp = c1 * d;
    let d0 = 0, d1 = 0, j = 0;
    while (j + 4 <= d && (d0 <= second || d1 <= second)) {
      const v0 = data[o + j]!, v1 = data[o + j + 1]!, v2 = data[o + j + 2]!, v3 = data[o + j + 3]!;
      const a0 = v0 - centres[co + j]!, a1 = v1 - centres[co + j + 1]!;
      const a2 = v2 - centres[co + j + 2]!, a3 = v3 - centres[co + j + 3]!;
      const b0 = v0 - centres[cp + j]!, b1 = v1 - centres[cp + j + 1]!;
      const b2 = v2 - centres[cp + j + 2]!, b3 = v3 - centres[cp + j + 3]!;
      d0 += a0 * a0;
      d1 += b0 * b0;
      d0 += a1 * a1;
      d1 += b1 * b1;
      d0 += a2 * a2;
      d1 += b2 * b2;
      d0 += a3 * a3;
      d1 += b3 * b3;
      j += 4;
    }
    if (d0 > second && d1 > second) continue;
    for (; j < d; j++) {
      const v = data[o + j]!;
      const p0 = v - centres[co + j]!, p1 = v - centres[cp + j]!;
      d0 += p0 * p0;
      d1 += p1 * p1;
    }
    if (d0 < best || (d0 === best && c0 < bl)) {
      second = best;
      best = d0;
      bl = c0;
    } else if (d0 < second) second = d0;
    if (c1 !== c0) {
      if (d1 < best || (d1 === best && c1 < bl)) {
        second = best;
        best = d1;
        bl = c1;
      } else if (d1 < second) second = d1;
    }
    s = Math.sqrt(second);
  }
  labels[i] = bl;
  upper[i] = Math.sqrt(best);
  lower[i] = s;
}
