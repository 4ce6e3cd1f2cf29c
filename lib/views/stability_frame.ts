/**
 * Bootstrap stability per segment as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { SegmentProfile } from "../base/types.ts";
import type { StabilityResult } from "../validate/stability.ts";
import { round } from "./_round.ts";

/**
 * Stability per segment as a table: `segment` (its name where `profiles` has one, else the label),
 * `customers`, `jaccard` (mean bootstrap Jaccard, 3 decimals), `lowest` (lowest Jaccard) and
 * `reading` (Hennig's reading, as in the R package fpc's `clusterboot`).
 *
 * @param stability From `stability` (a whole `StabilityResult` fits).
 * @param profiles Named profiles, for the segment names. @default {[]}
 * @returns One row per segment, in ascending label order.
 *
 * @example A stable and a dissolved segment
 * ```ts
 * import { stabilityFrame } from "./stability_frame.ts";
 * import assert from "node:assert/strict";
 * const f = stabilityFrame({
 *   perSegment: [
 *     { label: 0, jaccard: 0.91234, minJaccard: 0.8, size: 40, reading: "highly stable" },
 *     { label: 1, jaccard: 0.4, minJaccard: 0.1, size: 10, reading: "dissolved" },
 *   ],
 * }, [{ label: 0, name: "Loyal" }]);
 * assert.deepEqual(f.getColumn("segment").toArray(), ["Loyal", "1"]);
 * assert.deepEqual(f.getColumn("jaccard").toArray(), [0.912, 0.4]);
 * assert.deepEqual(f.getColumn("reading").toArray(), ["highly stable", "dissolved"]);
 * ```
 */
export function stabilityFrame(
  stability: Pick<StabilityResult, "perSegment">,
  profiles: readonly Pick<SegmentProfile, "label" | "name">[] = [],
): pl.DataFrame {
  const names = new Map(profiles.map((p) => [p.label, p.name]));
  return pl.DataFrame({
    segment: stability.perSegment.map((p) => names.get(p.label) ?? String(p.label)),
    customers: stability.perSegment.map((p) => p.size),
    jaccard: stability.perSegment.map((p) => round(p.jaccard, 3)),
    lowest: stability.perSegment.map((p) => round(p.minJaccard, 3)),
    reading: stability.perSegment.map((p) => p.reading),
  });
}
