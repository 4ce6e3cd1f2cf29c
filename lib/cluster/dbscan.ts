/**
 * DBSCAN density clustering through a k-d tree.
 *
 * @module
 */
import type { Clustering, Matrix, Warning } from "../base/types.ts";
import { checkMatrix } from "../base/check_matrix.ts";
import { buildKdTree, closeRow, makeOpenSet, makeStack, openIndices, radiusCount } from "../base/kdtree.ts";
import { buildGrid, gridCount, gridIndices } from "./_grid.ts";

/** Options for {@linkcode dbscan}. */
export interface DbscanOptions {
  /** Neighbourhood radius: rows at Euclidean distance `<= eps` are neighbours. */
  eps: number;
  /** Rows (the row itself included) a neighbourhood needs for its centre to be a core row. @default {5} */
  minSamples?: number;
}

/** The result of {@linkcode dbscan}. */
export interface DbscanResult extends Clustering {
  /** Marks a DBSCAN clustering. */
  readonly algorithm: "dbscan";
  /** Always `null`: DBSCAN has no centres. */
  readonly centroids: null;
  /** Always `null`: DBSCAN is deterministic. */
  readonly seed: null;
  /** Core rows, ascending (scikit-learn's `core_sample_indices_`). */
  readonly coreSampleIndices: Int32Array;
  /** Rows labelled `-1`: in no cluster (the "outliers" group). */
  readonly nNoise: number;
  /** The `eps` used: the neighbourhood radius, in the units of the (scaled) input. */
  readonly eps: number;
  /** The `minSamples` used (the option, or its default 5). */
  readonly minSamples: number;
}

/**
 * Cluster rows by density (Ester, Kriegel, Sander & Xu 1996), with the labels of scikit-learn's
 * `DBSCAN(eps, min_samples)`. A row is a core row when at least `minSamples` rows (itself
 * included) lie within `eps` of it; core rows within `eps` of each other share a cluster; a
 * non-core row within `eps` of a core row is a border row; every other row is noise (`-1`).
 *
 * Order rule (scikit-learn's): clusters are numbered 0, 1, ... in the order of their
 * lowest-indexed core row, and a border row that lies within `eps` of core rows of several
 * clusters joins the one with the lowest number. Core rows and noise do not depend on order.
 *
 * Region queries go through a uniform grid of `eps`-wide cells for up to 4 columns (3^d cells
 * per query) and a k-d tree otherwise (or when the grid would be too sparse), comparing squared
 * distances with `eps * eps`, so each row costs about its neighbourhood (grid) or `log n` plus it; rows are queried once to count neighbours and
 * once more when a cluster grows through them, and neighbourhoods are never all stored.
 *
 * @param x The data, one row per observation (scale the columns first).
 * @param options `eps` (required) and `minSamples`.
 * @returns Labels (`-1` for noise), the number of clusters found as `k`, the core rows and the noise count;
 * a typed warning when every row is noise (`dbscan-all-noise`) or everything is one cluster
 * (`dbscan-one-cluster`); `lib/text/` says them in words.
 * @throws {RangeError} If `eps` is not a positive finite number, `minSamples` is not a positive
 * integer, or `x` has non-finite values.
 *
 * @example Two dense groups and one outlier
 * ```ts
 * import { dbscan } from "./dbscan.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [0.5], [1], [10], [10.5], [11], [50]]);
 * const r = dbscan(x, { eps: 0.6, minSamples: 2 });
 * assert.deepEqual([...r.labels], [0, 0, 0, 1, 1, 1, -1]);
 * assert.equal(r.k, 2);
 * assert.equal(r.nNoise, 1);
 * ```
 *
 * @example Everything in one cluster is a warning, as a fact
 * ```ts
 * import { dbscan } from "./dbscan.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const r = dbscan(matrixFromRows([[0], [0.5], [1]]), { eps: 2.345678, minSamples: 2 });
 * assert.deepEqual(r.warnings, [{ code: "dbscan-one-cluster", n: 3, eps: 2.345678 }]);
 * ```
 */
export function dbscan(x: Matrix, options: DbscanOptions): DbscanResult {
  const { eps, minSamples = 5 } = options;
  checkDbscan(x, eps, minSamples);
  const n = x.rows, d = x.cols, data = x.data;
  const r2 = eps * eps;
  const labels = new Int32Array(n).fill(-1);
  const core = new Uint8Array(n);
  let k = 0, nNoise = 0, nCore = 0;
  if (n > 0) {
    // Region queries: a grid of eps-wide cells in up to 4 dimensions, else a k-d tree.
    const grid = buildGrid(data, n, d, eps);
    const tree = grid === null ? buildKdTree(data, n, d) : null;
    const stack = tree === null ? null : makeStack(tree);
    const cell = new Int32Array(d);
    const ordered = grid !== null ? grid.points : tree!.points,
      order = grid !== null ? grid.index : tree!.index;
    const out = { buf: new Int32Array(256) };
    // Counts stop at minSamples: a row with that many neighbours is core, whatever the rest.
    const count = (q: Float64Array, qo: number) =>
      grid !== null ? gridCount(grid, q, qo, r2, cell) : radiusCount(tree!, q, qo, r2, stack!, minSamples);
    // With the tree, the search skips rows already in a cluster (whole boxes of them at once);
    // the grid returns every neighbour. Either way the labels are the same: a cluster is grown
    // whole before the next starts, so the order of a row's neighbours does not matter.
    const taken = tree === null ? null : makeOpenSet(tree);
    const near = (q: Float64Array, qo: number) =>
      grid !== null
        ? gridIndices(grid, q, qo, r2, cell, out)
        : openIndices(tree!, taken!, q, qo, r2, stack!, out);
    const take = (row: number, label: number) => {
      labels[row] = label;
      if (taken !== null) closeRow(taken, row);
    };
    // Count in index order of the structure: neighbouring queries touch the same memory.
    for (let t = 0; t < n; t++) {
      if (count(ordered, t * d) >= minSamples) {
        core[order[t]!] = 1;
        nCore++;
      }
    }
    const todo = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (core[i] === 0 || labels[i] !== -1) continue;
      // Grow cluster k from its lowest-indexed core row, depth first, through core rows only.
      let top = 0;
      take(i, k);
      todo[top++] = i;
      while (top > 0) {
        const p = todo[--top]!;
        const m = near(data, p * d);
        const buf = out.buf;
        for (let t = 0; t < m; t++) {
          const q = buf[t]!;
          if (labels[q] !== -1) continue;
          take(q, k);
          if (core[q] === 1) todo[top++] = q;
        }
      }
      k++;
    }
    for (let i = 0; i < n; i++) if (labels[i] === -1) nNoise++;
  }
  const coreSampleIndices = new Int32Array(nCore);
  for (let i = 0, c = 0; i < n; i++) if (core[i] === 1) coreSampleIndices[c++] = i;
  const warnings: Warning[] = [];
  if (n > 0 && k === 0) warnings.push({ code: "dbscan-all-noise", n, eps, minSamples });
  else if (k === 1 && nNoise === 0 && n > 1) warnings.push({ code: "dbscan-one-cluster", n, eps });
  return {
    algorithm: "dbscan",
    labels,
    k,
    centroids: null,
    inertia: NaN,
    seed: null,
    warnings,
    coreSampleIndices,
    nNoise,
    eps,
    minSamples,
  };
}

/** The input checks of {@linkcode dbscan}: eps positive and finite, minSamples a positive integer, `x` a finite matrix. */
function checkDbscan(x: Matrix, eps: number, minSamples: number): void {
  if (!(typeof eps === "number" && eps > 0 && Number.isFinite(eps))) {
    throw new RangeError(
      `Cannot run dbscan with eps = ${eps}: eps must be a positive finite number; try suggestEps(x)`,
    );
  }
  if (!Number.isInteger(minSamples) || minSamples < 1) {
    throw new RangeError(
      `Cannot run dbscan with minSamples = ${minSamples}: minSamples must be a positive integer`,
    );
  }
  checkMatrix(x, "run dbscan");
}
