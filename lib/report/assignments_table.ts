/**
 * The per-customer segment table behind the CRM file and the report's dashboard.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RfmAnalysis } from "../run/analyze_rfm.ts";
import type { FeatureAnalysis } from "../run/analyze_features.ts";

/** One row per customer, for the CRM and the dashboard. */
export interface AssignmentsTable {
  /** Column names, e.g. `customer_id`, `recency_days`, ..., `cluster_segment` (RFM). */
  readonly columns: readonly string[];
  /** One row per segmented customer, one cell per column (`null`: missing). */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** The column holding the lead segment's name. */
  readonly segmentColumn: string;
  /** Numeric columns offered in the dashboard. */
  readonly valueColumns: readonly string[];
}

/**
 * The segment-assignment table: one row per segmented customer. RFM: customer id, recency,
 * frequency, monetary, R/F/M scores, RFM code, RFM segment, cluster and cluster segment, then,
 * with customer value, `p_alive`, `expected_purchases_<h>m` and `clv_<h>m` (h: horizon in months).
 * Features: id, every feature in original units, cluster, segment, and the DBSCAN group, rule
 * segment and risk score (`risk_score`, 0-100) where they were computed.
 *
 * @param analysis From `analyzeRfm` or `analyzeFeatures`.
 * @returns Columns, rows, the lead segment column and the numeric columns.
 *
 * @example One row per segmented customer
 * ```ts
 * import { analyzeRfm, assignmentsTable, mapRoles, readTable } from "../mod.ts";
 * import assert from "node:assert/strict";
 * const loaded = await readTable(new URL("../../data/retail_sample.csv", import.meta.url).pathname);
 * const run = analyzeRfm(loaded, mapRoles(loaded.table.columns), { kMax: 3, nBoot: 2 });
 * const t = assignmentsTable(run);
 * assert.equal(t.rows.length, run.customers.height);
 * assert.equal(t.segmentColumn, "cluster_segment");
 * ```
 */
export function assignmentsTable(
  analysis: RfmAnalysis | FeatureAnalysis,
  options: AssignmentsTableOptions = {},
): AssignmentsTable {
  const pick = (frame: pl.DataFrame) => pickRows(frame, options);
  if (analysis.kind === "rfm") {
    const c = analysis.customers;
    const columns = [
      "customer_id",
      "recency_days",
      "frequency",
      "monetary",
      "r_score",
      "f_score",
      "m_score",
      "rfm_code",
      "rfm_segment",
      "cluster",
      "cluster_segment",
    ];
    const src = [
      "customer",
      "recency",
      "frequency",
      "monetary",
      "r_score",
      "f_score",
      "m_score",
      "rfm",
      "segment_name",
      "cluster",
      "cluster_segment",
    ];
    if (analysis.value) {
      // customer value: the columns analyzeRfm joined by customer id, named as in the table
      const h = analysis.value.horizonMonths;
      for (const name of ["p_alive", `expected_purchases_${h}m`, `clv_${h}m`]) {
        columns.push(name);
        src.push(name);
      }
    }
    return {
      columns,
      rows: rowsOf(pick(c.select(...src)).rows() as unknown[][]),
      segmentColumn: "cluster_segment",
      valueColumns: ["monetary", "frequency", "recency_days"],
    };
  }
  const c = analysis.customers;
  const features = analysis.cleaned.features;
  const segmentColumn = analysis.outputColumns[analysis.primary.by === "rules" ? "rule_segment" : "segment"];
  return {
    columns: c.columns,
    rows: rowsOf(pick(c).rows() as unknown[][]),
    segmentColumn,
    // The risk score (0-100) of the risk rules is offered with the features where it was computed.
    valueColumns: c.columns.includes("risk_score") ? [...features, "risk_score"] : features,
  };
}

/** Options for {@linkcode assignmentsTable}. */
export interface AssignmentsTableOptions {
  /** Only these rows (0-based, ascending), e.g. the dashboard's sample. @default {every row} */
  rows?: readonly number[];
  /** Only `length` rows from `offset` (a chunk of the CSV). */
  slice?: { readonly offset: number; readonly length: number };
}

/** The rows the options ask for: a slice, or the listed rows (found by row index, in order). */
function pickRows(frame: pl.DataFrame, options: AssignmentsTableOptions): pl.DataFrame {
  let out = frame;
  if (options.slice) out = out.slice(options.slice.offset, options.slice.length);
  if (options.rows) {
    const index = "\u0000row";
    out = out.withRowIndex(index).filter(pl.col(index).isIn([...options.rows])).drop(index);
  }
  return out;
}

function rowsOf(rows: unknown[][]): (string | number | null)[][] {
  return rows.map((r) =>
    r.map((
      v,
    ) => (v === null || v === undefined
      ? null
      : typeof v === "number"
      ? v
      : typeof v === "bigint"
      ? Number(v)
      : String(v))
    )
  );
}
