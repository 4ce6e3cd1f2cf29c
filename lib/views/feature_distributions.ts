/**
 * Histograms of named numeric columns of a table.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Lang } from "../base/types.ts";
import { type DisplayableChart, distributionCharts } from "../chart/mod.ts";

/** Options for {@linkcode featureDistributions}. */
export interface FeatureDistributionsOptions {
  /** The numeric columns to draw, in order. */
  features: readonly string[];
  /** Language of the titles. @default {"en"} */
  lang?: Lang;
  /** Skew per column, e.g. from the EDA profile; computed from the values where absent. */
  skews?: Readonly<Record<string, number>>;
}

/**
 * One histogram per named numeric column of `table`, each titled with its skew
 * (`distributionCharts`), like pandas' `df[features].hist()`. Missing cells are left out.
 *
 * @param table The table, e.g. the cleaned customer table.
 * @param options The columns to draw, the language and precomputed skews.
 * @returns One chart holding every histogram.
 * @throws {RangeError} If no feature is named, a feature is not a column of `table` (the message lists the columns present), or a column has no finite value.
 * @throws {TypeError} If a feature is not a numeric column.
 *
 * @example Two features
 * ```ts
 * import { featureDistributions } from "./feature_distributions.ts";
 * import pl from "nodejs-polars";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({ id: ["a", "b", "c", "d"], spend: [1, 5, 9, 30], visits: [1, 1, 2, 7] });
 * const chart = featureDistributions(table, { features: ["spend", "visits"] });
 * assert.equal(chart.html.match(/<svg/g)?.length, 2);
 * assert.match(chart.html, /visits · skew/);
 * assert.throws(() => featureDistributions(table, { features: ["age"] }), /no column "age"; use one of "id", "spend", "visits"/);
 * ```
 */
export function featureDistributions(
  table: pl.DataFrame,
  options: FeatureDistributionsOptions,
): DisplayableChart {
  const { features, lang = "en", skews = {} } = options;
  if (features.length === 0) {
    throw new RangeError(
      "Cannot draw feature distributions: no feature was named; pass at least one numeric column in { features }",
    );
  }
  const columns: Record<string, Float64Array> = {};
  for (const f of features) {
    if (!table.columns.includes(f)) {
      throw new RangeError(
        `Cannot draw feature distributions: there is no column "${f}"; use one of ${
          table.columns.map((c) => `"${c}"`).join(", ")
        }`,
      );
    }
    const series = table.getColumn(f);
    if (!series.isNumeric()) {
      throw new TypeError(
        `Cannot draw feature distributions: column "${f}" holds ${series.dtype}, not numbers; pass numeric columns only`,
      );
    }
    const values = series.cast(pl.Float64).toArray() as (number | null)[];
    columns[f] = Float64Array.from(values, (v) => v ?? NaN);
  }
  return distributionCharts(columns, { lang, skews });
}
