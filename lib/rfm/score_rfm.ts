/**
 * Quantile scores 1..bins for recency, frequency and monetary value.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Warning } from "../base/types.ts";

/** Options for {@linkcode scoreRfm}. */
export interface ScoreRfmOptions {
  /** Number of scores per axis (5 gives quintiles, scores 1..5). @default {5} */
  bins?: number;
}

/** Scores and the cuts behind them, from {@linkcode scoreRfm}. */
export interface RfmScores {
  /** The input table plus `r_score`, `f_score`, `m_score` (Int32) and `rfm` (Utf8, e.g. `"545"`). */
  readonly table: pl.DataFrame;
  /** Scores per axis. */
  readonly bins: number;
  /** The `bins - 1` cut values per axis, ascending: recency in days, monetary in money. */
  readonly thresholds: {
    readonly recency: readonly number[];
    readonly frequency: readonly number[];
    readonly monetary: readonly number[];
  };
  /** How many different scores each axis really got (fewer than `bins` when values tie). */
  readonly distinctBins: { readonly r: number; readonly f: number; readonly m: number };
  /**
   * Axes that got fewer scores than `bins`, as typed facts (`rfm-few-recency-scores`,
   * `rfm-few-frequency-scores`, `rfm-few-monetary-scores`: scores got, bins, the cuts);
   * `lib/text/` says them, and `tieRuleText` the tie rule, in words.
   */
  readonly warnings: readonly Warning[];
}

/** The warning code of an axis with fewer distinct scores than bins. */
const FEW_SCORES = {
  recency: { code: "rfm-few-recency-scores" },
  frequency: { code: "rfm-few-frequency-scores" },
  monetary: { code: "rfm-few-monetary-scores" },
} as const;

const AXES = [
  { column: "recency", score: "r_score", letter: "r", reversed: true },
  { column: "frequency", score: "f_score", letter: "f", reversed: false },
  { column: "monetary", score: "m_score", letter: "m", reversed: false },
] as const;

/**
 * Score recency, frequency and monetary value 1..bins (quintiles by default) with a tie rule that
 * never depends on row order.
 *
 * **Tie rule.** The cuts of an axis are the quantiles at 1/bins, 2/bins, ..., (bins-1)/bins of the
 * customers' values (linear interpolation, numpy's default). Frequency and monetary score =
 * 1 + number of cuts strictly below the value; recency score = 1 + number of cuts strictly above
 * it, so the most recent customers get `bins`. Equal values get equal scores. When many customers
 * share a value (frequency: often a third or more bought once), several cuts coincide and the
 * scores between them are skipped: with cuts `[1, 1, 2, 4]` a frequency of 1 scores 1 and a
 * frequency of 2 scores 3. Scores keep their meaning (5 = above the top cut) and `distinctBins`
 * says how many each axis really got. Row-order tie-breaking (`pd.qcut(x.rank(method="first"))`)
 * would give equal customers different scores and is not used.
 *
 * @param rfm One row per customer with numeric `recency`, `frequency` and `monetary`, as from `computeRfm`.
 * @param options The number of scores per axis.
 * @returns The table with scores and `rfm` codes, the cuts, and how many scores each axis got.
 * @throws {RangeError} If `bins` is not an integer from 2 to 9, or the table has no rows.
 * @throws {TypeError} If a column is missing, not numeric, or holds nulls or NaN.
 *
 * @example Ten customers into quintiles
 * ```ts
 * import pl from "nodejs-polars";
 * import { scoreRfm } from "./mod.ts";
 * import assert from "node:assert/strict";
 * const rfm = pl.DataFrame({
 *   customer: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"],
 *   recency: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
 *   frequency: [1, 1, 1, 1, 1, 2, 2, 3, 5, 9],
 *   monetary: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
 * });
 * const s = scoreRfm(rfm);
 * assert.deepEqual(s.thresholds.recency.map((c) => +c.toFixed(9)), [2.8, 4.6, 6.4, 8.2]);
 * assert.deepEqual(s.table.getColumn("r_score").toArray(), [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
 * assert.deepEqual(s.table.getColumn("f_score").toArray(), [1, 1, 1, 1, 1, 3, 3, 4, 5, 5]);
 * assert.equal(s.distinctBins.f, 4);
 * assert.equal(s.table.getColumn("rfm").toArray()[0], "511");
 * ```
 */
export function scoreRfm(rfm: pl.DataFrame, options: ScoreRfmOptions = {}): RfmScores {
  const { bins = 5 } = options;
  const action = "score RFM";
  if (!Number.isInteger(bins) || bins < 2 || bins > 9) {
    throw new RangeError(`Cannot ${action} with bins = ${bins}: bins must be an integer from 2 to 9`);
  }
  for (const { column } of AXES) {
    if (!rfm.columns.includes(column)) {
      throw new TypeError(
        `Cannot ${action}: the table has no "${column}" column; pass the table from computeRfm (columns ${
          rfm.columns.map((c) => `"${c}"`).join(", ")
        })`,
      );
    }
    const kind = String(rfm.getColumn(column).dtype.variant);
    if (!/^(Float|Int|UInt)/.test(kind)) {
      throw new TypeError(
        `Cannot ${action}: column "${column}" holds ${kind}, not numbers; pass the table from computeRfm`,
      );
    }
  }
  if (rfm.height === 0) {
    throw new RangeError(`Cannot ${action}: the table has no customers; check the cleaning ledger`);
  }
  const bad = rfm.select(
    ...AXES.map(({ column }) =>
      pl.col(column).cast(pl.Float64).isNull().or(pl.col(column).cast(pl.Float64).isNan()).sum().alias(column)
    ),
  ).row(0).map(Number);
  AXES.forEach(({ column }, i) => {
    if (bad[i]! > 0) {
      throw new TypeError(
        `Cannot ${action}: column "${column}" has ${bad[i]} null or NaN values; drop or fill them first`,
      );
    }
  });

  const qs = Array.from({ length: bins - 1 }, (_, j) => (j + 1) / bins);
  const cuts = rfm.select(
    ...AXES.flatMap(({ column }) =>
      qs.map((q, j) => pl.col(column).cast(pl.Float64).quantile(q, "linear").alias(`${column}${j}`))
    ),
  ).row(0).map(Number);
  const thresholds = Object.fromEntries(
    AXES.map(({ column }, a) => [column, cuts.slice(a * (bins - 1), (a + 1) * (bins - 1))]),
  ) as unknown as RfmScores["thresholds"];

  const scoreExprs = AXES.map(({ column, score, reversed }) => {
    const x = pl.col(column).cast(pl.Float64);
    let e: pl.Expr = pl.lit(1).cast(pl.Int32);
    for (const c of thresholds[column]) e = e.add((reversed ? x.lt(c) : x.gt(c)).cast(pl.Int32));
    return e.cast(pl.Int32).alias(score);
  });
  const scored = rfm.withColumns(...scoreExprs).withColumns(
    pl.col("r_score").mul(100).add(pl.col("f_score").mul(10)).add(pl.col("m_score")).cast(pl.Int32).cast(
      pl.Utf8,
    )
      .alias("rfm"),
  );
  const [r, f, m] = scored.select(
    pl.col("r_score").nUnique(),
    pl.col("f_score").nUnique(),
    pl.col("m_score").nUnique(),
  )
    .row(0).map(Number) as [number, number, number];
  const distinctBins = { r, f, m };
  const warnings: Warning[] = [];
  AXES.forEach(({ column, letter }) => {
    const got = distinctBins[letter];
    if (got < bins) warnings.push({ ...FEW_SCORES[column], got, bins, cuts: thresholds[column] });
  });
  return { table: scored, bins, thresholds, distinctBins, warnings };
}
