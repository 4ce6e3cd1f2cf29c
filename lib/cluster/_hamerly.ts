/**
 * Private: Lloyd's iteration with Hamerly's bounds (Hamerly 2010, "Making k-means even
 * faster"), the default `algorithm` of `kmeans`; scikit-learn's counterpart is Elkan's
 * (`_k_means_elkan.pyx`), which keeps k lower bounds a row where Hamerly keeps one.
 *
 * It prunes a row only when the bounds show, with a safety margin far above floating-point error,
 * that its centre is strictly the nearest (and, on `NEAR_SCAN_MIN_COLUMNS` columns or more, skips
 * a centre only when the triangle inequality shows, with that margin, that it is farther than the
 * second nearest); every distance it does compute is computed as `lloyd` computes it. So both
 * make the same assignments; this one keeps running cluster sums (updated for the rows that move)
 * where `lloyd` re-sums every row, so centres and inertia can differ in the last bits, and in a
 * near-exact tie that difference can in principle tip one row. Each on its own is deterministic.
 *
 * @module
 */
import { accumulate, inertiaOf, ownDistances, relocateEmpty, updateCentres } from "./_lloyd.ts";
import { type Limits, type Run, sqDist, type Workspace } from "./_workspace.ts";

/** Share of rows above which the next pass skips the bound tests and scans every row (cheaper then). */
const FULL_SCAN_SHARE = 0.6;

/** Relative part of the pruning margin (the absolute part is `Workspace.margin`). */
const REL = 1e-9;

/**
 * Lloyd with Hamerly's bounds from `centres` (k of them; moved in place and returned in the run):
 * one upper bound on the distance to the own centre and one lower bound on the distance to any
 * other centre. Each iteration shifts every row's bounds in one pass and rescans only the rows
 * they cannot settle; sums are updated only for rows that change cluster. Same assignments as
 * `lloyd` (see the module note).
 *
 * Workspace: reads the rows, and the first assignment when `assigned` is `centres`; writes
 * `centres`, `k`, `labels`, the bounds, the sums, the centre gaps, `move` and `margin`, and clears
 * `assigned`.
 */
export function hamerly(ws: Workspace, centres: Float64Array, k: number, limits: Limits): Run {
  const { data, n, d, counts, upper, lower } = ws;
  ws.centres = centres;
  ws.k = k;
  if (Number.isNaN(ws.margin)) ws.margin = 1e-10 * maxAbs(data) * Math.sqrt(d) + 1e-300;
  let nIter = 0;
  let fresh = false;
  // Rows the last pass could not prune; after a pass that pruned few, scan every row outright,
  // but never twice in a row: a full scan leaves exact bounds, so the next pass prunes far more
  // than its count says.
  let open = n;
  let scanned = false;
  for (let it = 0; it < limits.maxIter; it++) {
    nIter = it + 1;
    if (it === 0) {
      if (ws.assigned === centres) boundsFromAssignment(ws);
      else fullAssign(ws);
      ws.assigned = null;
      accumulate(ws);
    } else {
      measureGaps(ws);
      // (After a full scan `open` is n, untested; it is not read, as the next pass is never full.)
      const full: boolean = !scanned && open > n * FULL_SCAN_SHARE;
      scanned = full;
      open = boundedPass(ws, fresh ? Sums.Fresh : Sums.Moves, full);
    }
    fresh = false;
    let empty = false;
    for (let c = 0; c < k; c++) if (counts[c] === 0) empty = true;
    if (empty) {
      ownDistances(ws);
      for (const i of relocateEmpty(ws)) {
        upper[i] = Infinity;
        lower[i] = 0;
      }
      // Relocation may leave a stand-in for a cluster it could not fill: recount next time.
      fresh = true;
    }
    if (updateCentres(ws, true) <= limits.tolAbs) break;
  }
  measureGaps(ws);
  boundedPass(ws, Sums.None, false);
  return { labels: Int32Array.from(ws.labels), centres, inertia: inertiaOf(ws), nIter };
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

/** Hamerly's bounds from the first assignment `kmeansPlusPlus` left: reads `closest`, writes `upper`, turns `lower` into a distance. */
function boundsFromAssignment(ws: Workspace): void {
  const { n, closest, lower, upper } = ws;
  for (let i = 0; i < n; i++) {
    upper[i] = Math.sqrt(closest[i]!);
    lower[i] = Math.sqrt(lower[i]!);
  }
}

/** Every row's nearest centre and both bounds, exactly (on many columns through `scanNear` from centre 0): writes `labels` and the bounds. */
function fullAssign(ws: Workspace): void {
  const { data, n, d, centres, labels, order } = ws;
  if (order === null) {
    for (let i = 0, o = 0; i < n; i++, o += d) scanPoint(ws, i, o);
    return;
  }
  measureGaps(ws);
  labels.fill(0, 0, n);
  for (let i = 0, o = 0; i < n; i++, o += d) scanNear(ws, i, o, sqDist(data, o, centres, 0, d));
}

/** What a bounded pass does with the cluster sums. */
const enum Sums {
  /** Leave them alone (the last pass, for labels only). */
  None,
  /** Recompute them from scratch. */
  Fresh,
  /** Update the running sums for the rows that change cluster. */
  Moves,
}

/**
 * One bounded assignment pass: shift the bounds by the last centre moves, prune rows whose
 * centre is provably still the nearest (`u + 1e-9 (u + m) + margin < m`), rescan the others,
 * and keep the cluster sums as `mode` says. With `full`, every row is rescanned (cheaper than
 * testing bounds that prune little, as in the first iterations). Reads the centres, `move` and
 * the centre gaps; writes `labels`, the bounds, `rows` and (by `mode`) the sums. Returns how many
 * rows the bounds could not prune (`n` after a full scan, which does not test them).
 */
function boundedPass(ws: Workspace, mode: Sums, full: boolean): number {
  // Two short loops rather than one long one (faster in V8): shift every bound and list the rows
  // the bounds cannot settle, then rescan those in row order, as one loop would.
  const moves = mode === Sums.Moves;
  let open = ws.n;
  if (full) rescanAll(ws, moves);
  else {
    open = shiftBounds(ws);
    rescanList(ws, open, moves);
  }
  if (mode === Sums.Fresh) accumulate(ws);
  return open;
}

/**
 * Hamerly's bound shift for every row (the own centre moved `move[a]`, any other at most the
 * largest move, or the second largest for the centre that moved most); the rows whose bounds do
 * not settle them go into `rows` (in row order). Reads `labels`, `move` and `half`; writes the
 * bounds and `rows`. Returns how many rows it listed.
 */
function shiftBounds(ws: Workspace): number {
  const { n, k, labels, upper, lower, half, move, margin, rows: list } = ws;
  let m1 = 0, m2 = 0, arg = -1;
  for (let c = 0; c < k; c++) {
    const v = move[c]!;
    if (v > m1) {
      m2 = m1;
      m1 = v;
      arg = c;
    } else if (v > m2) m2 = v;
  }
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i]!;
    const u = upper[i]! + move[a]!;
    const l = lower[i]! - (a === arg ? m2 : m1);
    const h = half[a]!;
    const g = l > h ? l : h;
    upper[i] = u;
    lower[i] = l;
    if (!(u + REL * (u + g) + margin < g)) list[m++] = i;
  }
  return m;
}

// Two rescans, not one with a branch per row: the first bounded pass after a full one would
// otherwise take a path V8 optimised without (and drop that code).

/** Every row scanned over all centres (or, on many columns, the centres near its own); with `moves`, the running sums follow the rows that change cluster. */
function rescanAll(ws: Workspace, moves: boolean): void {
  const { data, n, d, centres, labels, order } = ws;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const a = labels[i]!;
    if (order !== null) scanNear(ws, i, o, sqDist(data, o, centres, a * d, d));
    else scanPoint(ws, i, o);
    const b = labels[i]!;
    if (moves && b !== a) moveRow(ws, o, a, b);
  }
}

/**
 * The first `m` rows of `rows`: the exact distance to the own centre settles a row if it beats
 * the lower bound; otherwise the row is scanned as in `rescanAll`.
 */
function rescanList(ws: Workspace, m: number, moves: boolean): void {
  const { data, d, centres, labels, upper, lower, half, order, margin, rows: list } = ws;
  for (let t = 0; t < m; t++) {
    const i = list[t]!, o = i * d;
    const a = labels[i]!;
    const l = lower[i]!, h = half[a]!;
    const g = l > h ? l : h;
    const own = sqDist(data, o, centres, a * d, d);
    const u = Math.sqrt(own);
    if (u + REL * (u + g) + margin < g) {
      upper[i] = u;
      continue;
    }
    if (order !== null) scanNear(ws, i, o, own);
    else scanPoint(ws, i, o);
    const b = labels[i]!;
    if (moves && b !== a) moveRow(ws, o, a, b);
  }
}

/** Row `o / d` moves from cluster a to b: the running `sums` and `counts` follow it. */
function moveRow(ws: Workspace, o: number, a: number, b: number): void {
  const { data, d, sums, counts } = ws;
  counts[a]!--;
  counts[b]!++;
  // Unrolled for d = 3: see bench/RESULTS.md, "Hand-unrolled loops" (a worker's first, unoptimised fits).
  if (d === 3) {
    const ao = a * 3, bo = b * 3, v0 = data[o]!, v1 = data[o + 1]!, v2 = data[o + 2]!;
    sums[ao]! -= v0;
    sums[bo]! += v0;
    sums[ao + 1]! -= v1;
    sums[bo + 1]! += v1;
    sums[ao + 2]! -= v2;
    sums[bo + 2]! += v2;
    return;
  }
  for (let j = 0; j < d; j++) {
    const v = data[o + j]!;
    sums[a * d + j]! -= v;
    sums[b * d + j]! += v;
  }
}

/**
 * Exact scan of row `i` (at offset `o`) over all centres, as `assignAll` does: writes its label
 * and both bounds. For fewer than `NEAR_SCAN_MIN_COLUMNS` columns (on more, `scanNear` visits
 * only the centres that can matter).
 */
function scanPoint(ws: Workspace, i: number, o: number): void {
  const { data, d, centres, k, labels, upper, lower } = ws;
  let best = Infinity, second = Infinity, bl = 0;
  // Unrolled for d = 3: see bench/RESULTS.md, "Hand-unrolled loops".
  if (d === 3) {
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
 * What Hamerly's passes need to know of the centres' distances to one another: reads `centres`
 * and `k`; writes `half` and, on `NEAR_SCAN_MIN_COLUMNS` columns or more, `order` and `gaps`
 * (k² distances, and k sorts of k - 1).
 */
export function measureGaps(ws: Workspace): void {
  const { centres, k, d, half, order, gaps: dists, sortRow: row } = ws;
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
 * The exact scan of row `i` (at offset `o`) on `NEAR_SCAN_MIN_COLUMNS` columns or more: label and
 * both bounds exactly as a scan of every centre in index order sets them (ties to the lowest
 * index), visiting only the centres that can matter: the others in order of their distance r
 * from the row's own centre a (`labels[i]`), stopping once r - |x - a| exceeds the second-best
 * distance so far (every centre left is then farther than that, by the triangle inequality, with
 * a margin far above rounding error). `own` is the row's squared distance to a, as `sqDist` sums
 * it. A row between two near centres then costs one distance, not k. Reads the centres, `order`,
 * `gaps` and `margin` (from `measureGaps` and `hamerly`); writes the row's label and bounds.
 * Exported for the tests.
 */
export function scanNear(ws: Workspace, i: number, o: number, own: number): void {
  const { data, d, centres, k, labels, upper, lower, margin } = ws;
  const order = ws.order!, dists = ws.gaps!;
  const a = labels[i]!, base = a * k, u = Math.sqrt(own), others = k - 1;
  let best = own, second = Infinity, bl = a, s = Infinity;
  // Two centres at a time (two independent chains of additions, which the CPU overlaps), each summed
  // in column order as `sqDist` sums; partial sums stop once both are past the second best (not
  // at it: a sum equal to it may be a tie that the lower index wins).
  // An odd centre out is paired with itself, and its copy is not compared again.
  for (let t = 0; t < others; t += 2) {
    const r = dists[base + t]!;
    if (r - u > s + REL * (r + s) + margin) break;
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
