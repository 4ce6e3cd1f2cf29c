/**
 * Suggest DBSCAN's `eps` from the knee of the k-distance curve.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { kneedle } from "../base/kneedle.ts";
import { kDistances } from "./k_distances.ts";

/** Options for {@linkcode suggestEps}. */
export interface SuggestEpsOptions {
  /** DBSCAN's `minSamples`, also the `k` of the k-distance curve. @default {2 * x.cols, at least 2} */
  minSamples?: number;
}

/** The result of {@linkcode suggestEps}. */
export interface EpsSuggestion {
  /** Suggested radius: the k-distance at the knee. */
  readonly eps: number;
  /** The `minSamples` to use with it. */
  readonly minSamples: number;
  /** The sorted k-distance curve (for the chart). */
  readonly kDistances: Float64Array;
  /** Index of the knee in `kDistances`. */
  readonly kneeIndex: number;
  /**
   * How the value was found: `knee` (Kneedle found the knee of the curve) or `fallback` (no clear
   * knee: the point farthest below the chord); `lib/text/cluster.ts` says it in words.
   */
  readonly how: "knee" | "fallback";
  /** Rows whose k-distance is at most `eps` (they will be core rows). */
  readonly coreRows: number;
}

/** Points of the curve given to Kneedle: evenly spaced ranks, so noise in a long curve cannot fake a knee. */
const CURVE_POINTS = 500;

/**
 * Suggest DBSCAN's `eps` for a given `minSamples` (Ester et al. 1996, section 4.2; Schubert et
 * al. 2017 "DBSCAN revisited": minPts = 2 x dimensions): sort every row's distance to its
 * `minSamples`-th nearest neighbour (the row itself counted) and take the value at the knee of
 * that curve found by Kneedle (convex, increasing) on 500 evenly spaced ranks. Where Kneedle
 * finds no knee, the point farthest above the chord is used and `how` says so. Rows left of
 * the knee become core rows, rows right of it are the sparse tail (noise or border).
 *
 * @param x The data, one row per observation (scaled).
 * @param options `minSamples` (default `2 * x.cols`, at least 2).
 * @returns `eps`, `minSamples`, the curve, the knee's index in it, how it was found and the core
 *   rows (`epsText` in `lib/text/cluster.ts` says it in words).
 * @throws {RangeError} If `minSamples` is out of 1..rows or `x` has non-finite values.
 *
 * @example Two tight groups: eps lands at the within-group spacing
 * ```ts
 * import { suggestEps } from "./suggest_eps.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const rows = [];
 * for (let i = 0; i < 20; i++) rows.push([i * 0.1], [100 + i * 0.1]);
 * rows.push([50]);
 * const s = suggestEps(matrixFromRows(rows), { minSamples: 3 });
 * assert.ok(s.eps >= 0.1 && s.eps < 1, `eps ${s.eps}`);
 * ```
 */
export function suggestEps(x: Matrix, options: SuggestEpsOptions = {}): EpsSuggestion {
  const { minSamples = Math.max(2, 2 * x.cols) } = options;
  if (!Number.isInteger(minSamples) || minSamples < 1 || minSamples > x.rows) {
    throw new RangeError(
      `Cannot suggest eps with minSamples = ${minSamples}: minSamples must be an integer from 1 to ${x.rows}, the number of rows`,
    );
  }
  const kd = kDistances(x, minSamples);
  const n = kd.length;
  // Evenly spaced ranks (distinct, increasing) of the curve.
  const ranks: number[] = [];
  const m = Math.min(n, CURVE_POINTS);
  for (let j = 0; j < m; j++) {
    const r = m === 1 ? 0 : Math.round((j * (n - 1)) / (m - 1));
    if (ranks.length === 0 || r > ranks[ranks.length - 1]!) ranks.push(r);
  }
  const ys = ranks.map((r) => kd[r]!);
  const found = kneedle(ranks, ys, { curve: "convex", direction: "increasing" });
  let kneeIndex: number, how: "knee" | "fallback";
  if (found.index !== null && kd[ranks[found.index]!]! > 0) {
    kneeIndex = ranks[found.index]!;
    how = "knee";
  } else {
    // Farthest below the chord from first to last point (the sharpest bend of a convex curve).
    let best = 0, bi = n - 1;
    const y0 = kd[0]!, y1 = kd[n - 1]!;
    for (let i = 0; i < n; i++) {
      const chord = n === 1 ? y0 : y0 + ((y1 - y0) * i) / (n - 1);
      if (chord - kd[i]! > best && kd[i]! > 0) {
        best = chord - kd[i]!;
        bi = i;
      }
    }
    kneeIndex = bi;
    how = "fallback";
  }
  let eps = kd[kneeIndex]!;
  if (!(eps > 0)) {
    // All distances 0 up to here (duplicates): take the smallest positive one.
    const pos = kd.find((v) => v > 0);
    eps = pos ?? 1;
  }
  let core = 0;
  for (let i = 0; i < n; i++) if (kd[i]! <= eps) core++;
  return { eps, minSamples, kDistances: kd, kneeIndex, how, coreRows: core };
}
