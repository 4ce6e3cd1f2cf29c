/**
 * The RFM aggregation of a saved model as SQL, with the same cleaning rules.
 *
 * @module
 */
import type { RoleMap } from "../base/types.ts";
import type { SegmentModel } from "../model/segment_model.ts";
import { type DialectParts, dialectParts, type SqlDialect } from "./dialect.ts";
import { idText } from "./_id_text.ts";

/** Options for {@linkcode rfmQuery}. */
export interface RfmQueryOptions {
  /** The SQL dialect. */
  dialect: SqlDialect;
  /** The table (or view, or `read_parquet(...)` call) of invoice lines, written as is. @default {"invoices"} */
  table?: string;
  /** The columns of each role in that table. @default {the model's roles (the training file's headers)} */
  columns?: RoleMap;
  /**
   * Every column of the table: duplicates are rows equal in all of them, as the in-memory
   * cleaning compares every column of the file. @default {the role columns only}
   */
  allColumns?: readonly string[];
}

/** The two queries of {@linkcode rfmQuery}. */
export interface RfmQueries {
  /** One row per customer: `customer` (text), `recency` (whole days), `frequency`, `monetary`. */
  readonly customers: string;
  /** One row per cleaning rule, in the rules' order: `reason`, `n` (rows removed). */
  readonly ledger: string;
  /**
   * Where the model removes cancellations: one row with the counts `cleanTransactions` checks
   * before it trusts the rule, `invoices` (distinct invoice ids), `cancelled` (of them, starting
   * with the prefix), `share` (`cancelled / invoices`), `seg_rows` (lines starting with it),
   * `positive` (of those, lines whose quantity and amount are all above 0), `positive_share`, and
   * up to 5 `examples` (a second query); read them with `cancellationRefusal` (refused above
   * 0.5 of either share). `null` where the model keeps cancellations or has no invoice column.
   */
  readonly cancellation: { readonly counts: string; readonly examples: string } | null;
}

const DAY_MS = 86_400_000;

/**
 * The RFM aggregation of a model's definitions as SQL for a table of invoice lines, with the
 * cleaning rules of `cleanTransactions` and their order (each row counted under the first rule
 * it breaks): customer ids as text normalised as `idAsText` where the engine can (Unicode NFC,
 * trimmed, `1000.0` read as `1000`; blank = missing, `missing-customer`), no date
 * (`missing-date`), amount missing or not finite (`missing-amount`), invoice starting with the
 * cancellation prefix in any case (`cancellation`), negative quantity or amount (`negative`),
 * amount <= 0 (`non-positive-amount`), then rows equal in every listed column to an earlier kept
 * row (`duplicate`). Rules the model turned off are left out. Then RFM as `computeRfm`: the
 * snapshot by the model's rule (midnight UTC after the latest date, or the fixed date), only rows
 * dated before it, recency in whole days rounded down, frequency = distinct invoices (a missing
 * invoice id counts as one), monetary = the sum of amounts. The ledger query counts the rows
 * removed by each rule. Only the pieces that differ by engine (epoch milliseconds, casts,
 * quoting, non-finite tests) come from the dialect.
 *
 * @param model An RFM model.
 * @param options The dialect, table and columns.
 * @returns The customer query and the ledger query.
 * @throws {TypeError} If the model is not an RFM model.
 *
 * @example DuckDB text
 * ```ts ignore
 * const { customers } = rfmQuery(model, { dialect: "duckdb", table: "invoices" });
 * ```
 */
export function rfmQuery(model: SegmentModel, options: RfmQueryOptions): RfmQueries {
  const { dialect, table = "invoices" } = options;
  const r = rfmPart(model);
  const q = dialectParts(dialect);
  const roles = options.columns ?? r.roles;
  const listed = options.allColumns ?? [...new Set(Object.values(roles).filter((c): c is string => !!c))];
  const others = listed.filter((c) => c !== roles.customer! && c !== roles.invoice);
  const rules = cleaningRules(q, roles, r.clean);
  const ctes = cleaningCtes(q, table, sourceColumns(q, roles, others), rules, others, r.clean.dropDuplicates);
  const cancel = rules.find(([k]) => k === "cancellation")?.[1];
  return {
    customers: customersSql(q, ctes, r.snapshot, roles.invoice !== undefined),
    ledger: ledgerSql(q, ctes, rules, r.clean.dropDuplicates),
    cancellation: cancel === undefined ? null : cancellationSql(q, ctes[0]!, cancel, roles),
  };
}

/** The counts and examples of the cancellation check, over the lines as read (`seg_src`). */
function cancellationSql(
  q: DialectParts,
  source: string,
  hit: string,
  roles: RoleMap,
): { counts: string; examples: string } {
  // A NaN or infinite value is not a positive sale (PostgreSQL orders NaN above every number).
  const signed = [
    roles.quantity !== undefined ? "seg_quantity" : null,
    roles.amount !== undefined ? "seg_amount_role" : null,
  ].filter((c): c is string => c !== null);
  const positive = signed.length === 0
    ? "1 = 0"
    : signed.map((c) => `${c} > 0 AND NOT (${q.notFinite(c)})`).join(" AND ");
  const share = (a: string, b: string) =>
    `CASE WHEN ${b} = 0 THEN ${q.double(0)} ELSE ${q.toDouble(a)} / ${q.toDouble(b)} END`;
  return {
    counts: `WITH ${source},
seg_check AS (
  SELECT
    CAST(COUNT(DISTINCT seg_invoice) AS ${q.intType}) AS invoices,
    CAST(COUNT(DISTINCT CASE WHEN ${hit} THEN seg_invoice END) AS ${q.intType}) AS cancelled,
    CAST(COALESCE(SUM(CASE WHEN ${hit} THEN 1 ELSE 0 END), 0) AS ${q.intType}) AS seg_rows,
    CAST(COALESCE(SUM(CASE WHEN (${hit}) AND ${positive} THEN 1 ELSE 0 END), 0) AS ${q.intType}) AS positive
  FROM seg_src
)
SELECT invoices, cancelled, ${share("cancelled", "invoices")} AS share, seg_rows, positive,
  ${share("positive", "seg_rows")} AS positive_share
FROM seg_check`,
    examples: `WITH ${source}
SELECT DISTINCT seg_invoice AS invoice FROM seg_src WHERE ${hit}
ORDER BY invoice
LIMIT 5`,
  };
}

type RfmPart = NonNullable<SegmentModel["rfm"]>;

/** The model's RFM part, or a `TypeError` if it is not an RFM model. */
function rfmPart(model: SegmentModel): RfmPart {
  const r = model.rfm;
  if (model.kind !== "rfm" || r === null) {
    throw new TypeError(
      `Cannot write the RFM query: the model is a "${model.kind}" model; the RFM query needs a model of invoice lines`,
    );
  }
  return r;
}

/** The SELECT list reading the table's roles under fixed names (`seg_customer`, `seg_t`, `seg_amount`, ...). */
function sourceColumns(q: DialectParts, roles: RoleMap, others: readonly string[]): string[] {
  const col = (c: string) => q.id(c);
  const customer = roles.customer!, date = roles.date!;
  const { invoice, quantity, price } = roles;
  const amountRole = roles.amount;
  const asText = (c: string) => `NULLIF(TRIM(CAST(${col(c)} AS ${q.textType})), '')`;
  const amountExpr = amountRole !== undefined
    ? q.toDouble(col(amountRole))
    : `${q.toDouble(col(quantity!))} * ${q.toDouble(col(price!))}`;
  return [
    `${idText(q, col(customer))} AS seg_customer`,
    invoice !== undefined
      ? `${asText(invoice)} AS seg_invoice`
      : `CAST(NULL AS ${q.textType}) AS seg_invoice`,
    `${q.epochMs(col(date))} AS seg_t`,
    `${amountExpr} AS seg_amount`,
    quantity !== undefined
      ? `${q.toDouble(col(quantity))} AS seg_quantity`
      : `CAST(NULL AS DOUBLE) AS seg_quantity`,
    amountRole !== undefined ? `${q.toDouble(col(amountRole))} AS seg_amount_role` : null,
    ...others.map((c, i) => `${col(c)} AS seg_c${i}`),
  ].filter((s): s is string => s !== null).map((s) => s.replace("CAST(NULL AS DOUBLE)", q.toDouble("NULL")));
}

/** The cleaning rules the model keeps, in order, as `[reason, SQL condition]` pairs. */
function cleaningRules(q: DialectParts, roles: RoleMap, clean: RfmPart["clean"]): [string, string][] {
  const { invoice, quantity } = roles;
  const amountRole = roles.amount;
  const rules: [string, string][] = [
    ["missing-customer", "seg_customer IS NULL"],
    ["missing-date", "seg_t IS NULL"],
    ["missing-amount", `seg_amount IS NULL OR ${q.notFinite("seg_amount")}`],
  ];
  if (invoice !== undefined && clean.dropCancellations) {
    const p = clean.cancellationPrefix;
    rules.push([
      "cancellation",
      `LOWER(SUBSTR(seg_invoice, 1, ${p.length})) = ${q.text(p.toLowerCase())}`,
    ]);
  }
  const signed = [
    quantity !== undefined ? "seg_quantity < 0" : null,
    amountRole !== undefined ? "seg_amount_role < 0" : null,
  ]
    .filter((s): s is string => s !== null);
  if (signed.length > 0 && clean.dropReturns) rules.push(["negative", signed.join(" OR ")]);
  if (clean.dropNonPositive) rules.push(["non-positive-amount", "seg_amount <= 0"]);
  return rules;
}

/** The CTEs shared by both queries: read (`seg_src`), mark a reason (`seg_marked`), keep, dedupe (`seg_clean`). */
function cleaningCtes(
  q: DialectParts,
  table: string,
  select: readonly string[],
  rules: readonly [string, string][],
  others: readonly string[],
  dropDuplicates: boolean,
): string[] {
  const reason = `CASE ${
    rules.map(([k, w]) => `WHEN ${w} THEN ${q.text(k)}`).join("\n      ")
  } ELSE NULL END`;
  const partition = [
    "seg_customer",
    "seg_invoice",
    "seg_t",
    "seg_amount",
    ...others.map((_, i) => `seg_c${i}`),
  ];
  const dedupe = dropDuplicates
    ? `ROW_NUMBER() OVER (PARTITION BY ${partition.join(", ")} ORDER BY seg_t) AS seg_copy`
    : "1 AS seg_copy";
  return [
    `seg_src AS (\n  SELECT ${select.join(",\n    ")}\n  FROM ${table}\n)`,
    `seg_marked AS (\n  SELECT seg_src.*, ${reason} AS seg_reason\n  FROM seg_src\n)`,
    `seg_kept AS (\n  SELECT seg_marked.*, ${dedupe}\n  FROM seg_marked\n  WHERE seg_reason IS NULL\n)`,
    `seg_clean AS (\n  SELECT seg_customer, seg_invoice, seg_t, seg_amount FROM seg_kept WHERE seg_copy = 1\n)`,
  ];
}

/** The customer query: the snapshot, then recency, frequency and monetary per customer of the clean rows. */
function customersSql(
  q: DialectParts,
  ctes: readonly string[],
  snapshot: RfmPart["snapshot"],
  hasInvoice: boolean,
): string {
  const snapshotSql = snapshot.rule === "fixed"
    ? `SELECT ${q.double(Date.parse(snapshot.date))} AS seg_s FROM (SELECT 1 AS one) AS seg_one`
    : `SELECT (FLOOR(MAX(seg_t) / ${DAY_MS}) + 1) * ${DAY_MS} AS seg_s FROM seg_clean`;
  const frequency = hasInvoice
    ? `COUNT(DISTINCT seg_invoice) + MAX(CASE WHEN seg_invoice IS NULL THEN 1 ELSE 0 END)`
    : `COUNT(DISTINCT FLOOR(seg_t / ${DAY_MS}))`;
  return `WITH ${[...ctes, `seg_snapshot AS (\n  ${snapshotSql}\n)`].join(",\n")}
SELECT
  seg_customer AS customer,
  CAST(FLOOR((seg_s - MAX(seg_t)) / ${DAY_MS}) AS ${q.intType}) AS recency,
  CAST(${frequency} AS ${q.intType}) AS frequency,
  SUM(seg_amount) AS monetary
FROM seg_clean CROSS JOIN seg_snapshot
WHERE seg_t < seg_s
GROUP BY seg_customer, seg_s
ORDER BY seg_customer`;
}

/** The ledger query: rows removed by each rule, then duplicates, in the rules' order. */
function ledgerSql(
  q: DialectParts,
  ctes: readonly string[],
  rules: readonly [string, string][],
  dropDuplicates: boolean,
): string {
  const counts = [
    ...rules.map(([k]) =>
      `SELECT ${rules.findIndex(([x]) => x === k) + 1} AS seg_order, ${
        q.text(k)
      } AS reason, COUNT(*) AS n FROM seg_marked WHERE seg_reason = ${q.text(k)}`
    ),
    ...(dropDuplicates
      ? [
        `SELECT ${rules.length + 1} AS seg_order, ${
          q.text("duplicate")
        } AS reason, COUNT(*) AS n FROM seg_kept WHERE seg_copy > 1`,
      ]
      : []),
  ];
  return `WITH ${ctes.join(",\n")}
SELECT reason, CAST(n AS ${q.intType}) AS n FROM (
  ${counts.join("\n  UNION ALL\n  ")}
) AS seg_counts
ORDER BY seg_order`;
}
