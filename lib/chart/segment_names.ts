/**
 * Segment names by label, for chart legends.
 *
 * @module
 */
import type { SegmentProfile } from "../base/types.ts";

/**
 * Segment names by label, for chart legends (`names` of `scatterChart`, `silhouettePlot`, ...).
 *
 * @param profiles Named profiles (anything with `label` and `name`).
 * @returns `{ [label]: name }`; a later profile with the same label wins.
 *
 * @example Two segments
 * ```ts
 * import { segmentNames } from "./segment_names.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(segmentNames([{ label: 0, name: "Loyal" }, { label: 1, name: "Lost" }]), { 0: "Loyal", 1: "Lost" });
 * ```
 */
export function segmentNames(
  profiles: readonly Pick<SegmentProfile, "label" | "name">[],
): Record<number, string> {
  return Object.fromEntries(profiles.map((p) => [p.label, p.name]));
}
