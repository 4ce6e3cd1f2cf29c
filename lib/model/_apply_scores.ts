/** Private: RFM scores from fixed cuts, with scoreRfm's tie rule. */
import pl from "nodejs-polars";
import type { ModelRfm } from "./segment_model.ts";

const AXES = [
  { column: "recency", score: "r_score", reversed: true },
  { column: "frequency", score: "f_score", reversed: false },
  { column: "monetary", score: "m_score", reversed: false },
] as const;

/**
 * Add `r_score`, `f_score`, `m_score` and `rfm` to an RFM table using the model's cuts instead of
 * the table's own quantiles: F and M score = 1 + cuts strictly below the value, R score = 1 + cuts
 * strictly above it (the same expressions as `scoreRfm`).
 */
export function applyScores(rfm: pl.DataFrame, scores: ModelRfm["scores"]): pl.DataFrame {
  const exprs = AXES.map(({ column, score, reversed }) => {
    const x = pl.col(column).cast(pl.Float64);
    let e: pl.Expr = pl.lit(1).cast(pl.Int32);
    for (const c of scores.thresholds[column]) e = e.add((reversed ? x.lt(c) : x.gt(c)).cast(pl.Int32));
    return e.cast(pl.Int32).alias(score);
  });
  return rfm.withColumns(...exprs).withColumns(
    pl.col("r_score").mul(100).add(pl.col("f_score").mul(10)).add(pl.col("m_score")).cast(pl.Int32)
      .cast(pl.Utf8).alias("rfm"),
  );
}
