/**
 * Private: the state of the k-means kernels on one thread, shared by the k-means++ start
 * (`_kmeans_plusplus.ts`), Lloyd's iteration (`_lloyd.ts`) and Hamerly's (`_hamerly.ts`).
 *
 * The kernels take this workspace instead of long argument lists, as scikit-learn's
 * `_k_means_lloyd.pyx` and `_k_means_elkan.pyx` take their arrays: every field below says which
 * kernels read it (in) and write it (out), and every kernel's doc comment says the same from its
 * side. One workspace, made for `kMax` centres, serves every fit with k ≤ kMax on the same rows,
 * one after another, so its buffers are allocated once per call (or once per worker).
 *
 * @module
 */

/** In for every kernel: the rows, fixed for the workspace's life. */
export interface Rows {
  /** The rows, row-major `n x d`: row i is `data[i * d .. i * d + d)`. */
  readonly data: Float64Array;
  readonly n: number;
  readonly d: number;
}

/** What a plain assignment of rows to their nearest centre reads and writes (`assignAll`, `predictKmeans`). */
export interface Assignment extends Rows {
  /** In: the centres of the current fit, row-major `k x d` (out for the iterations, which move them). */
  centres: Float64Array;
  /** In: the number of centres of the current fit (at most `kMax` in a workspace). */
  k: number;
  /** Out: each row's nearest centre (Lloyd, Hamerly, the k-means++ tracked assignment). */
  readonly labels: Int32Array;
  /** Out: each row's squared distance to its centre (Lloyd's assignment; read by the empty-cluster refill). */
  readonly dist: Float64Array;
}

/** Every buffer of the kernels; see the module note. */
export interface Workspace extends Assignment {
  /** In: the most centres the buffers hold. */
  readonly kMax: number;

  // Cluster sums (out of Lloyd's and Hamerly's sum steps, in to the centre update).
  /** Sum of each cluster's rows, `k x d`. */
  readonly sums: Float64Array;
  /** Rows in each cluster (as doubles, as they divide the sums). */
  readonly counts: Float64Array;
  /** Scratch: per-lane partial sums and counts (row i goes to lane i % LANES), to break dependency chains. */
  readonly laneSums: Float64Array;
  readonly laneCounts: Float64Array;

  // k-means++ (written by `kmeansPlusPlus`; `closest` and `lower` are then read by Hamerly).
  /** Out: each row's squared distance to the nearest centre chosen so far. */
  readonly closest: Float64Array;
  /** Scratch: running sums of `closest`, searched to draw the next candidates. */
  readonly cum: Float64Array;
  /** Scratch on more than `TRACK_MAX_COLUMNS` columns: two candidates' squared distances, and the best candidate's so far (the three are swapped, not copied). */
  cand: Float64Array;
  cand2: Float64Array;
  best: Float64Array;

  // Hamerly (in and out of `hamerly`'s passes).
  /** Upper bound on each row's distance to its own centre. */
  readonly upper: Float64Array;
  /**
   * Lower bound on each row's distance to any other centre. `kmeansPlusPlus` and
   * `assignFromDistances` leave here the squared distance to the second nearest centre, which
   * Hamerly's first iteration turns into the bound.
   */
  readonly lower: Float64Array;
  /** Scratch: the rows a bounded pass must rescan, in row order. */
  readonly rows: Int32Array;
  /** Out of the centre update: how far each centre moved. */
  readonly move: Float64Array;
  /** Out of `measureGaps`: half the distance from each centre to its nearest other centre (Infinity when k = 1). */
  readonly half: Float64Array;
  /**
   * Out of `measureGaps`, on more than 4 columns only (else `null`): for each centre a, the other
   * centres by distance from a (`order`, k - 1 entries from `a * k`) and those distances (`gaps`),
   * for `scanNear`.
   */
  readonly order: Int32Array | null;
  readonly gaps: Float64Array | null;
  /** Scratch for one centre's distances while they are sorted. */
  readonly sortRow: Float64Array;
  /**
   * Hamerly's pruning margin, far above the rounding error of the bounds: relative plus an
   * absolute part on the scale of the data (distances are computed from coordinates of that
   * size). NaN until the first Hamerly fit measures it.
   */
  margin: number;

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

/** The stopping rule of an iteration. */
export interface Limits {
  /** Most iterations. */
  readonly maxIter: number;
  /** Stop once the total squared centre shift is at most this. */
  readonly tolAbs: number;
}

/** Rows are summed into this many interleaved partial sums, then combined in lane order. */
export const LANES = 4;

/**
 * Most columns for which `kmeansPlusPlus` measures all candidates in one pass and keeps the
 * first assignment as it goes (on more, a pass per candidate, or per pair, is faster).
 */
export const TRACK_MAX_COLUMNS = 4;

/** Fewest columns on which Hamerly's rescans visit only the centres near a row's own (`scanNear`). */
export const NEAR_SCAN_MIN_COLUMNS = 5;

/** A workspace for these rows and up to `kMax` centres. */
export function makeWorkspace(data: Float64Array, n: number, d: number, kMax: number): Workspace {
  const wide = d > TRACK_MAX_COLUMNS, near = d >= NEAR_SCAN_MIN_COLUMNS;
  return {
    data,
    n,
    d,
    centres: new Float64Array(0),
    k: 0,
    labels: new Int32Array(n),
    dist: new Float64Array(n),
    kMax,
    sums: new Float64Array(kMax * d),
    counts: new Float64Array(kMax),
    laneSums: new Float64Array(LANES * kMax * d),
    laneCounts: new Float64Array(LANES * kMax),
    closest: new Float64Array(n),
    cum: new Float64Array(n),
    cand: new Float64Array(wide ? n : 0),
    cand2: new Float64Array(wide ? n : 0),
    best: new Float64Array(wide ? n : 0),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    rows: new Int32Array(n),
    move: new Float64Array(kMax),
    half: new Float64Array(kMax),
    order: near ? new Int32Array(kMax * kMax) : null,
    gaps: near ? new Float64Array(kMax * kMax) : null,
    sortRow: new Float64Array(near ? kMax : 0),
    margin: NaN,
    assigned: null,
  };
}

/** Squared Euclidean distance between row `ai/d` of `a` and row `bi/d` of `b` (offsets in values). */
export function sqDist(a: Float64Array, ai: number, b: Float64Array, bi: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = a[ai + j]! - b[bi + j]!;
    s += t * t;
  }
  return s;
}
