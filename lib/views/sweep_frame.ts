/**
 * A k sweep as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { KSweep } from "../choose_k/sweep_k.ts";
import { round } from "./_round.ts";

/** The criteria of a {@linkcode KSweep} that {@linkcode sweepFrame} shows. */
export type SweepFrameInput = Pick<
  KSweep,
  "ks" | "inertia" | "silhouette" | "calinskiHarabasz" | "daviesBouldin" | "gap"
>;

/**
 * Every criterion of a k sweep as a table, one row per k: `k`, `inertia` (2 decimals),
 * `silhouette` (4), `calinski_harabasz` (2), `davies_bouldin` (4), `gap` (4). Criteria that were
 * not computed show as `NaN`.
 *
 * @param sweep From `sweepK` (a whole `KSweep` fits).
 * @returns One row per k.
 *
 * @example Two values of k
 * ```ts
 * import { sweepFrame } from "./sweep_frame.ts";
 * import assert from "node:assert/strict";
 * const f = sweepFrame({ ks: [2, 3], inertia: [10.123, 4.5], silhouette: [0.51234, 0.7], calinskiHarabasz: [30, 80.456], daviesBouldin: [0.9, 0.4], gap: [NaN, NaN] });
 * assert.deepEqual(f.columns, ["k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin", "gap"]);
 * assert.deepEqual(f.getColumn("inertia").toArray(), [10.12, 4.5]);
 * assert.deepEqual(f.getColumn("silhouette").toArray(), [0.5123, 0.7]);
 * ```
 */
export function sweepFrame(sweep: SweepFrameInput): pl.DataFrame {
  return pl.DataFrame({
    k: [...sweep.ks],
    inertia: sweep.inertia.map((v) => round(v, 2)),
    silhouette: sweep.silhouette.map((v) => round(v, 4)),
    calinski_harabasz: sweep.calinskiHarabasz.map((v) => round(v, 2)),
    davies_bouldin: sweep.daviesBouldin.map((v) => round(v, 4)),
    gap: sweep.gap.map((v) => round(v, 4)),
  });
}
