/**
 * Customers per (R, F) score cell, for the RFM grid heatmap.
 *
 * @module
 */
import type pl from "nodejs-polars";

/** One cell of the R-by-F grid: how many customers, and which named segment it belongs to. */
export interface RfGridCell {
  /** Recency score. */
  readonly r: number;
  /** Frequency score. */
  readonly f: number;
  /** Customers in the cell. */
  readonly count: number;
  /** The segment name of the cell's first customer. */
  readonly segment: string;
}

/**
 * Count customers per (R, F) score cell, with the cell's segment name, for `rfmGridHeatmap`.
 *
 * @param customers From `segmentRfm`: columns `r_score`, `f_score`, `segment_name`.
 * @returns The occupied cells, by increasing R then F.
 * @throws {RangeError} If one of the three columns is missing.
 *
 * @example Two occupied cells
 * ```ts
 * import { rfGridCells } from "./rf_grid_cells.ts";
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * const t = pl.DataFrame({ r_score: [5, 5, 1], f_score: [5, 5, 1], segment_name: ["Champions", "Champions", "Hibernating"] });
 * assert.deepEqual(rfGridCells(t), [
 *   { r: 1, f: 1, count: 1, segment: "Hibernating" },
 *   { r: 5, f: 5, count: 2, segment: "Champions" },
 * ]);
 * ```
 */
export function rfGridCells(customers: pl.DataFrame): RfGridCell[] {
  const missing = ["r_score", "f_score", "segment_name"].filter((c) => !customers.columns.includes(c));
  if (missing.length > 0) {
    throw new RangeError(
      `Cannot count the RF grid cells: there is no column ${
        missing.map((c) => `"${c}"`).join(", ")
      }; pass the customers table of segmentRfm, which has "r_score", "f_score" and "segment_name"`,
    );
  }
  const rs = customers.getColumn("r_score").toArray() as number[];
  const fs = customers.getColumn("f_score").toArray() as number[];
  const seg = customers.getColumn("segment_name").toArray() as string[];
  const cells = new Map<string, RfGridCell>();
  for (let i = 0; i < rs.length; i++) {
    const key = `${rs[i]},${fs[i]}`;
    const c = cells.get(key);
    cells.set(key, { r: rs[i]!, f: fs[i]!, count: (c?.count ?? 0) + 1, segment: c?.segment ?? seg[i]! });
  }
  return [...cells.values()].sort((a, b) => a.r - b.r || a.f - b.f);
}
