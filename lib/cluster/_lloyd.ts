/**
 * Private: Lloyd's iteration (as scikit-learn's `_k_means_lloyd.pyx`): assign every row to its
 * nearest centre, then move each centre to the mean of its rows; and the steps of it that
 * Hamerly's iteration (`_hamerly.ts`) shares: the cluster sums, the refill of empty clusters, the
 * centre update and the inertia.
 *
 * Lloyd computes every distance and re-sums every row, so it is the reference the bounded
 * iteration must equal (see `_hamerly.ts`).
 *
 * @module
 */
import { type Assignment, LANES, type Limits, type Run, sqDist, type Workspace } from "./_workspace.ts";

/**
 * Plain Lloyd iteration from `centres` (k of them; moved in place and returned in the run).
 * Workspace: reads the rows; writes `centres`, `k`, `labels`, `dist`, the sums, and clears
 * `assigned`.
 */
export function lloyd(ws: Workspace, centres: Float64Array, k: number, limits: Limits): Run {
  ws.centres = centres;
  ws.k = k;
  ws.assigned = null;
  let nIter = 0;
  for (let it = 0; it < limits.maxIter; it++) {
    nIter = it + 1;
    assignAll(ws);
    accumulate(ws);
    relocateEmpty(ws);
    if (updateCentres(ws, false) <= limits.tolAbs) break;
  }
  assignAll(ws);
  return { labels: Int32Array.from(ws.labels), centres, inertia: total(ws.dist, ws.n), nIter };
}

/** Nearest centre of every row (first one on ties) into `labels`, and its squared distance into `dist`. */
export function assignAll(a: Assignment): void {
  const { data, n, d, centres, k, labels, dist } = a;
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

/** Sums and counts of the rows of each cluster, from scratch (lane by lane, then combined): reads `labels`, writes `sums` and `counts`. */
export function accumulate(ws: Workspace): void {
  const { data, n, d, k, labels, laneSums, laneCounts } = ws;
  laneSums.fill(0);
  laneCounts.fill(0);
  const kd = k * d;
  for (let i = 0, o = 0; i < n; i++, o += d) {
    const l = labels[i]!, lane = i & (LANES - 1);
    laneCounts[lane * k + l]!++;
    const lo = lane * kd + l * d;
    for (let j = 0; j < d; j++) laneSums[lo + j]! += data[o + j]!;
  }
  combineLanes(ws);
}

function combineLanes(ws: Workspace): void {
  const { k, d, laneSums, laneCounts, sums, counts } = ws;
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
 * row (scikit-learn's rule). Reads `dist` (each row's squared distance to its centre) and
 * `centres`; writes `labels`, `dist`, `sums` and `counts` for the rows it moves, and returns
 * those rows, so that bounds can be reset for them.
 */
export function relocateEmpty(ws: Workspace): number[] {
  const { data, d, k, labels, dist, sums, counts, centres } = ws;
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

/**
 * New `centres` from `sums` and `counts`; with `trackMoves`, each centre's move into `move`.
 * Returns the total squared shift.
 */
export function updateCentres(ws: Workspace, trackMoves: boolean): number {
  const { sums, counts, centres, k, d, move } = ws;
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
    if (trackMoves) move[c] = Math.sqrt(own);
  }
  return shift;
}

/** Squared distance of every row to its own centre (by `labels`) into `dist`. */
export function ownDistances(ws: Workspace): void {
  const { data, n, d, centres, labels, dist } = ws;
  for (let i = 0, o = 0; i < n; i++, o += d) dist[i] = sqDist(data, o, centres, labels[i]! * d, d);
}

/** Sum of squared distances of every row to its centre (by `labels`). */
export function inertiaOf(ws: Workspace): number {
  const { data, n, d, centres, labels } = ws;
  let inertia = 0;
  // Unrolled for d = 3: see bench/RESULTS.md, "Hand-unrolled loops" (a worker's first, unoptimised fits).
  if (d === 3) {
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

/** Sum of the first `n` values. */
function total(v: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += v[i]!;
  return s;
}
