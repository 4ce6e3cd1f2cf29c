/**
 * Results as small polars tables, so a notebook cell that ends with one shows it as an HTML table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Ledger, SegmentProfile } from "../types.ts";
import type { KSweep } from "../choose_k/sweep_k.ts";
import type { StabilityResult } from "../validate/stability.ts";
import type { Crosstab } from "../profile/crosstab.ts";
import type { SegmentMovement } from "../rfm/segment_movement.ts";
import type { RfmScores } from "../rfm/score_rfm.ts";
import type { ColumnProfile } from "../eda/profile_columns.ts";

/**
 * The cleaning ledger as a table: step, reason, action, column, rows, examples.
 *
 * @param ledger Ledger entries.
 * @returns One row per entry.
 *
 * @example
 * ```ts
 * import { ledgerFrame } from "./display.ts";
 * import assert from "node:assert/strict";
 * const f = ledgerFrame([{ step: "clean", reason: "duplicate", description: "Exact duplicates", action: "removed", rows: 3, examples: ["row 7"] }]);
 * assert.deepEqual(f.getColumn("rows").toArray(), [3]);
 * ```
 */
export function ledgerFrame(ledger: Ledger): pl.DataFrame {
  return pl.DataFrame({
    step: ledger.map((e) => e.step),
    action: ledger.map((e) => e.action),
    rows: ledger.map((e) => e.rows),
    column: ledger.map((e) => e.column ?? ""),
    what: ledger.map((e) => e.description),
    examples: ledger.map((e) => e.examples.join("; ")),
  });
}

/**
 * Segment profiles as a table: name, size, shares, the mean of every feature, and the actions.
 *
 * @param profiles From `profileSegments` / `nameSegments`.
 * @returns One row per segment.
 */
export function profilesFrame(profiles: readonly SegmentProfile[]): pl.DataFrame {
  const features = [...new Set(profiles.flatMap((p) => Object.keys(p.means)))];
  const columns: Record<string, unknown[]> = {
    segment: profiles.map((p) => p.name),
    customers: profiles.map((p) => p.size),
    share: profiles.map((p) => round(p.share, 3)),
  };
  if (profiles.some((p) => p.valueShare !== undefined)) {
    columns.value_share = profiles.map((p) => round(p.valueShare ?? NaN, 3));
  }
  for (const f of features) columns[`mean ${f}`] = profiles.map((p) => round(p.means[f] ?? NaN, 2));
  columns.description = profiles.map((p) => p.description);
  columns.actions = profiles.map((p) => p.actions.join("; "));
  return pl.DataFrame(columns);
}

/**
 * Every criterion of a k sweep as a table, one row per k.
 *
 * @param sweep From `sweepK`.
 * @returns Columns k, inertia, silhouette, calinski_harabasz, davies_bouldin, gap.
 */
export function sweepFrame(sweep: KSweep): pl.DataFrame {
  return pl.DataFrame({
    k: [...sweep.ks],
    inertia: sweep.inertia.map((v) => round(v, 2)),
    silhouette: sweep.silhouette.map((v) => round(v, 4)),
    calinski_harabasz: sweep.calinskiHarabasz.map((v) => round(v, 2)),
    davies_bouldin: sweep.daviesBouldin.map((v) => round(v, 4)),
    gap: sweep.gap.map((v) => round(v, 4)),
  });
}

/**
 * Stability per segment: mean and lowest bootstrap Jaccard and Hennig's reading.
 *
 * @param stability From `stability`.
 * @param profiles Named profiles, for the segment names.
 * @returns One row per segment.
 */
export function stabilityFrame(
  stability: StabilityResult,
  profiles: readonly SegmentProfile[] = [],
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

/**
 * A cross-tabulation as a table: row labels in the first column.
 *
 * @param table From `crosstab`.
 * @param rowHeader Header of the first column.
 * @returns One row per row label.
 */
export function crosstabFrame(table: Crosstab, rowHeader = "segment"): pl.DataFrame {
  const columns: Record<string, unknown[]> = { [rowHeader]: [...table.rows] };
  table.cols.forEach((c, j) => (columns[c] = table.counts.map((r) => r[j]!)));
  return pl.DataFrame(columns);
}

/**
 * Segment movement between two snapshots, biggest moves first (customers who stayed are left out).
 *
 * @param movement From `segmentMovement`.
 * @param n Most rows shown. @default {15}
 * @returns Columns from, to, customers.
 */
export function movementFrame(movement: SegmentMovement, n = 15): pl.DataFrame {
  const moves = movement.transitions.filter((t) => t.from !== t.to).slice(0, n);
  return pl.DataFrame({
    from: moves.map((t) => t.fromName),
    to: moves.map((t) => t.toName),
    customers: moves.map((t) => t.customers),
  });
}

/**
 * RFM score thresholds: the cut values between scores, in days and money.
 *
 * @param scores From `scoreRfm`.
 * @returns One row per measure, one column per cut.
 */
export function thresholdsFrame(scores: RfmScores): pl.DataFrame {
  const th = scores.thresholds;
  const columns: Record<string, unknown[]> = { measure: ["recency (days)", "frequency", "monetary"] };
  th.recency.forEach((
    _,
    i,
  ) => (columns[`cut ${i + 1}`] = [th.recency[i], th.frequency[i], round(th.monetary[i]!, 2)]));
  return pl.DataFrame(columns);
}

/**
 * Column profiles (EDA) as a table: kind, missing, distinct, quartiles, mean, std, skew, IQR outliers.
 *
 * @param columns From `profileColumns`.
 * @returns One row per column.
 */
export function columnsFrame(columns: readonly ColumnProfile[]): pl.DataFrame {
  const num = (f: (c: ColumnProfile) => number | null, d = 3) =>
    columns.map((c) => (f(c) === null ? null : round(f(c)!, d)));
  return pl.DataFrame({
    column: columns.map((c) => c.name),
    kind: columns.map((c) => c.kind),
    missing: columns.map((c) => c.missing),
    distinct: columns.map((c) => c.distinct),
    min: num((c) => c.min),
    q1: num((c) => c.q1),
    median: num((c) => c.median),
    q3: num((c) => c.q3),
    max: num((c) => c.max),
    mean: num((c) => c.mean),
    std: num((c) => c.std),
    skew: num((c) => c.skew),
    outliers: columns.map((c) => c.outliers),
  });
}

/**
 * Any `{ columns, rows }` table (segment summaries, cross-tabs) as a polars table.
 *
 * @param table Header and rows, one cell per column.
 * @returns The same table as a DataFrame (numbers rounded to 3 decimals).
 *
 * @example
 * ```ts
 * import { tableFrame } from "./display.ts";
 * import assert from "node:assert/strict";
 * assert.deepEqual(tableFrame({ columns: ["a", "b"], rows: [["x", 1.23456]] }).getColumn("b").toArray(), [1.235]);
 * ```
 */
export function tableFrame(
  table: { readonly columns: readonly string[]; readonly rows: readonly (readonly unknown[])[] },
): pl.DataFrame {
  const columns: Record<string, unknown[]> = {};
  table.columns.forEach((c, j) => {
    columns[c] = table.rows.map((r) => (typeof r[j] === "number" ? round(r[j] as number, 3) : r[j] ?? null));
  });
  return pl.DataFrame(columns);
}

function round(v: number, digits: number): number {
  if (!Number.isFinite(v)) return v;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
