/**
 * Segment profiles as a polars table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { SegmentProfile } from "../base/types.ts";
import { round } from "./_round.ts";

/**
 * Segment profiles as a table: `segment` (name), `customers`, `share` (3 decimals), `value_share`
 * where any profile has one, then `mean <feature>` and `median <feature>` (2 decimals) for every
 * feature, then `description` and `actions` (joined by `"; "`). A feature a profile lacks shows
 * as `NaN`.
 *
 * @param profiles From `profileSegments` / `nameSegments` / `rfmSegmentProfiles`.
 * @returns One row per segment, in the order given.
 *
 * @example Two segments, one feature
 * ```ts
 * import { profilesFrame } from "./profiles_frame.ts";
 * import type { SegmentProfile } from "../base/types.ts";
 * import assert from "node:assert/strict";
 * const base = { description: "", actions: ["Call"], zScores: {}, distinctive: [] };
 * const profiles: SegmentProfile[] = [
 *   { ...base, label: 0, name: "Big", size: 1, share: 1 / 3, means: { spend: 90.456 }, medians: { spend: 90 } },
 *   { ...base, label: 1, name: "Small", size: 2, share: 2 / 3, means: { spend: 10 }, medians: { spend: 9.5 } },
 * ];
 * const f = profilesFrame(profiles);
 * assert.deepEqual(f.columns, ["segment", "customers", "share", "mean spend", "median spend", "description", "actions"]);
 * assert.deepEqual(f.getColumn("share").toArray(), [0.333, 0.667]);
 * assert.deepEqual(f.getColumn("mean spend").toArray(), [90.46, 10]);
 * assert.deepEqual(f.getColumn("median spend").toArray(), [90, 9.5]);
 * ```
 */
export function profilesFrame(profiles: readonly SegmentProfile[]): pl.DataFrame {
  const features = [
    ...new Set(profiles.flatMap((p) => [...Object.keys(p.means), ...Object.keys(p.medians)])),
  ];
  const columns: Record<string, unknown[]> = {
    segment: profiles.map((p) => p.name),
    customers: profiles.map((p) => p.size),
    share: profiles.map((p) => round(p.share, 3)),
  };
  if (profiles.some((p) => p.valueShare !== undefined)) {
    columns.value_share = profiles.map((p) => round(p.valueShare ?? NaN, 3));
  }
  for (const f of features) {
    columns[`mean ${f}`] = profiles.map((p) => round(p.means[f] ?? NaN, 2));
    columns[`median ${f}`] = profiles.map((p) => round(p.medians[f] ?? NaN, 2));
  }
  columns.description = profiles.map((p) => p.description);
  columns.actions = profiles.map((p) => p.actions.join("; "));
  return pl.DataFrame(columns);
}
