/**
 * Mean silhouette per segment.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";
import { silhouetteSamples } from "./silhouette_samples.ts";

/** One segment's silhouette, from {@linkcode silhouetteBySegment}. */
export interface SegmentSilhouette {
  /** The segment's label. */
  readonly label: number;
  /** Mean silhouette of its rows. */
  readonly mean: number;
  /** Its number of rows. */
  readonly size: number;
}

/**
 * The mean silhouette of each segment (label), in ascending label order: which segments are
 * tight and apart, which overlap their neighbours. The means weighted by size give
 * {@linkcode silhouetteScore}.
 *
 * @param x The data, one row per observation.
 * @param labels One cluster label per row.
 * @param samples The rows' silhouettes when `silhouetteSamples(x, labels)` has already computed
 *   them (the O(n²) part is then not repeated).
 * @returns One entry per distinct label, ascending.
 * @throws {TypeError} If `labels` is not an Int32Array with one label per row.
 * @throws {RangeError} If there are fewer than 2 or more than `rows - 1` distinct labels, or `x` has a non-finite value.
 *
 * @example Two segments
 * ```ts
 * import { silhouetteBySegment } from "./silhouette_by_segment.ts";
 * import { matrixFromRows } from "../base/matrix.ts";
 * import assert from "node:assert/strict";
 * const x = matrixFromRows([[0], [1], [10], [11], [12]]);
 * const bySegment = silhouetteBySegment(x, Int32Array.from([5, 5, 7, 7, 7]));
 * assert.deepEqual(bySegment.map((s) => [s.label, s.size]), [[5, 2], [7, 3]]);
 * ```
 */
export function silhouetteBySegment(
  x: Matrix,
  labels: Int32Array,
  samples?: Float64Array,
): SegmentSilhouette[] {
  if (samples !== undefined && samples.length !== labels.length) {
    throw new TypeError(
      `Cannot compute the silhouette by segment: ${samples.length} silhouettes for ${labels.length} labels; pass silhouetteSamples(x, labels)`,
    );
  }
  const s = samples ?? silhouetteSamples(x, labels);
  const acc = new Map<number, { sum: number; size: number }>();
  for (let i = 0; i < s.length; i++) {
    const e = acc.get(labels[i]!) ?? { sum: 0, size: 0 };
    e.sum += s[i]!;
    e.size++;
    acc.set(labels[i]!, e);
  }
  return [...acc.entries()].sort((p, q) => p[0] - q[0]).map(([label, e]) => ({
    label,
    mean: e.sum / e.size,
    size: e.size,
  }));
}
