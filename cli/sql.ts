/**
 * `deno task segment sql --model M.json [--dialect D] [--table T]`: print a saved model as SQL:
 * for RFM models the RFM aggregation of the invoice lines with the same cleaning rules, the
 * ledger counts, and the scoring; for customer models the scoring.
 *
 * @module
 */
import {
  MAX_CANCELLED_SHARE,
  MAX_POSITIVE_SHARE,
  rfmQuery,
  scoreQuery,
  type SqlDialect,
} from "../lib/mod.ts";
import type { OptionValues } from "./_options.ts";
import { readModel } from "./score.ts";
import { ownLines, printErr, printOut } from "./_terminal.ts";

/**
 * Print the SQL of the model of `--model`.
 *
 * @returns The exit code: 0 printed, 1 the model cannot be used, 2 a wrong option value.
 */
export function sqlCommand(values: OptionValues): number {
  const dialect = (typeof values.dialect === "string" ? values.dialect : "duckdb") as SqlDialect;
  if (!["duckdb", "postgres", "spark", "bigquery", "snowflake"].includes(dialect)) {
    printErr(
      `Cannot read the command line: --dialect must be "duckdb", "postgres", "spark", "bigquery" or "snowflake", got "${dialect}"`,
    );
    return 2;
  }
  const model = readModel(String(values.model));
  if (typeof model === "string") {
    printErr(model);
    return 1;
  }
  const table = typeof values.table === "string" ? values.table : undefined;
  const head =
    `-- segmenta ${model.library.version}: model of ${model.input.file} (${model.kind}, k = ${model.kmeans.k}), ${dialect} SQL`;
  if (model.kind === "rfm") {
    const { customers, ledger, cancellation } = rfmQuery(model, { dialect, ...(table ? { table } : {}) });
    printOut(...ownLines([
      head,
      ...(cancellation
        ? [
          `-- 0. The check of the cancellation rule (prefix "${
            model.rfm!.clean.cancellationPrefix
          }"): segmenta refuses it when share is`,
          `--    above ${MAX_CANCELLED_SHARE} or positive_share above ${MAX_POSITIVE_SHARE} (the prefix then matches ordinary invoices); run this first.`,
          `${cancellation.counts};`,
          "",
        ]
        : []),
      `-- 1. RFM per customer from the invoice lines of ${
        table ?? "invoices"
      }, cleaned as the model's run cleaned them.`,
      "--    Duplicates compare the role columns; pass the table's other columns to rfmQuery's allColumns to compare them all.",
      `${customers};`,
      "",
      "-- 2. The cleaning ledger: rows removed per rule.",
      `${ledger};`,
      "",
      "-- 3. Scores, named segments and the k-means segment of the customers of step 1, stored as table rfm",
      "--    (CREATE TABLE rfm AS <query 1>).",
      `${scoreQuery(model, { dialect, table: "rfm" })};`,
    ].join("\n")));
  } else {
    printOut(...ownLines([
      head,
      `-- Scoring of the customers of ${
        table ?? "customers"
      } (one row per customer, the model's feature columns).`,
      `${scoreQuery(model, { dialect, ...(table ? { table } : {}) })};`,
    ].join("\n")));
  }
  return 0;
}
