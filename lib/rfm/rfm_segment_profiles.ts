/**
 * Profiles of the named RFM segments.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { SegmentProfile } from "../base/types.ts";
import type { RfmRuleSet } from "./check_rule_set.ts";
import { RF_GRID_SEGMENTS } from "./rf_grid_segments.ts";
import { profileSegments } from "../profile/profile_segments.ts";

/** Options for {@linkcode rfmSegmentProfiles}. */
export interface RfmSegmentProfilesOptions {
  /** The rule set that named the segments. @default {RF_GRID_SEGMENTS} */
  ruleSet?: RfmRuleSet;
}

/**
 * Profiles of the named RFM segments: size, share of customers and of revenue (`monetary`), mean
 * and median recency, frequency and monetary, each named by its segment key, in the rule set's
 * order (`profileSegments` with the rule set's keys as labels). `rfmProfilesText`
 * (`lib/text/rfm.ts`) gives them the rule set's name, description and actions in a language.
 * Customers whose `segment` is not a key of the rule set form the `-1` group, last.
 *
 * @param customers From `segmentRfm`: columns `recency`, `frequency`, `monetary`, `segment`.
 * @param options The rule set.
 * @returns One profile per segment that has customers.
 * @throws {RangeError} If there is no `segment` column.
 * @throws {InputError} If `recency`, `frequency` or `monetary` is missing (from `profileSegments`).
 * @throws {RangeError} If the table has no rows (from `profileSegments`).
 *
 * @example Two RF-grid segments
 * ```ts
 * import { rfmSegmentProfiles } from "./rfm_segment_profiles.ts";
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * const customers = pl.DataFrame({
 *   recency: [300, 5, 3],
 *   frequency: [1, 10, 12],
 *   monetary: [20, 500, 480],
 *   segment: ["hibernating", "champions", "champions"],
 * });
 * const [hibernating, champions] = rfmSegmentProfiles(customers);
 * assert.equal(hibernating.name, "hibernating");
 * assert.equal(champions.size, 2);
 * assert.equal(champions.means.frequency, 11);
 * assert.equal(champions.valueShare, 980 / 1000);
 * ```
 */
export function rfmSegmentProfiles(
  customers: pl.DataFrame,
  options: RfmSegmentProfilesOptions = {},
): SegmentProfile[] {
  const { ruleSet = RF_GRID_SEGMENTS } = options;
  if (!customers.columns.includes("segment")) {
    throw new RangeError(
      `Cannot profile the RFM segments: there is no column "segment"; pass the customers table of segmentRfm, which has "segment" with the rule set's keys`,
    );
  }
  const keys = ruleSet.segments.map((x) => x.key);
  const labels = Int32Array.from(
    customers.getColumn("segment").toArray() as string[],
    (k) => keys.indexOf(k),
  );
  return profileSegments(customers, labels, {
    features: ["recency", "frequency", "monetary"],
    valueColumn: "monetary",
    names: Object.fromEntries(ruleSet.segments.map((x, i) => [i, x.key])),
  });
}
