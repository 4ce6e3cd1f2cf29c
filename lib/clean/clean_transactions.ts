/**
 * Cleaning a transaction (invoice-line) table, with a ledger of every removed row.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { Facts, LedgerEntry, RoleMap, Warning } from "../base/types.ts";
import {
  checkRoleColumns,
  examplesFrom,
  FIRST_ROW,
  idAsText,
  isNumericDtype,
  isTemporalDtype,
  isTextDtype,
  laterDuplicates,
  MAX_EXAMPLES,
  requireRole,
  ROW_COLUMN,
  withRowNumbers,
} from "../base/frame.ts";
import { idMerges } from "./_id_merges.ts";
import { CancellationRuleError, cancellationShares } from "./cancellation_rule_error.ts";

/** Name of the column of {@linkcode CleanResult.removed} that holds each removed row's reason key. */
export const REASON_COLUMN = "__reason";

/** What a cleaning step returns: the kept rows, and the ledger that accounts for the others. */
export interface CleanResult {
  /** The kept rows, in input order, with the row-number column `__row` kept. */
  readonly table: pl.DataFrame;
  /** One entry per rule: `removed` rows, `excluded` columns, `imputed` cells. */
  readonly ledger: LedgerEntry[];
  /** Rows of the input. */
  readonly rowsIn: number;
  /** Rows of `table`. Always `rowsIn` minus the rows of the `removed` ledger entries. */
  readonly rowsOut: number;
  /** What changed without removing rows (ids turned into text, derived columns), as typed facts; `warningText` in `lib/text/` says them. */
  readonly notes: Warning[];
  /** The removed rows, same columns as `table`, plus `__reason` (the ledger's reason key). */
  readonly removed: pl.DataFrame;
}

/** The result of {@linkcode cleanTransactions}. */
export interface CleanTransactionsResult extends CleanResult {
  /** The roles of the cleaned table: the input's, plus `amount` when it was derived. */
  readonly roles: RoleMap;
}

/** Options for {@linkcode cleanTransactions}. */
export interface CleanTransactionsOptions {
  /** Remove rows whose invoice id starts with `cancellationPrefix`. @default {true} */
  dropCancellations?: boolean;
  /** Prefix of cancelled invoices, compared without regard to case. @default {"C"} */
  cancellationPrefix?: string;
  /** Remove returns: rows with a negative quantity or amount. @default {true} */
  dropReturns?: boolean;
  /** Remove rows whose amount is zero (or negative, when returns are kept). @default {true} */
  dropNonPositive?: boolean;
  /** Remove exact duplicate rows (every column but `__row` equal), keeping the first. @default {true} */
  dropDuplicates?: boolean;
  /** The file's name, for error messages. @default {"table"} */
  file?: string;
}

/** One removal rule: its reason code, the rows it removes, the columns its examples show, its facts. */
interface Rule {
  readonly reason: string;
  readonly when: pl.Expr;
  readonly columns: readonly string[];
  readonly column?: string;
  readonly facts: Facts;
}

/**
 * Remove the rows of an invoice-line table that cannot count towards a customer's
 * purchases, and account for every one of them in a ledger.
 *
 * Customer ids (and invoice ids) are first made text: spaces trimmed, blank text made
 * missing, Unicode NFC, and integer-looking numbers written without decimals (`17850`, never
 * `17850.0`, whether read as a number or as text), so that one customer written in several
 * ways is one customer; how many ids that merged is said in `notes` (`ids-merged`). Ids that
 * differ otherwise (`1000.5` and `1000`, `A1` and `a1`) stay distinct. If there is no `amount` role but `quantity` and `price` are given, the
 * amount is computed as their product in a new column `amount` (said in `notes`, and in
 * the returned `roles`). Then the rules run in this order, and a row is counted under
 * the first rule it breaks, so each removed row has exactly one reason:
 *
 * 1. `missing-customer`: no customer id (missing, blank or NaN);
 * 2. `missing-date`: no date (the loader leaves unreadable dates missing);
 * 3. `missing-amount`: amount missing, NaN or infinite;
 * 4. `cancellation`: invoice id starts with `cancellationPrefix` (`C` or `c`);
 * 5. `negative`: returns, a negative quantity or amount;
 * 6. `non-positive-amount`: amount of zero (or less, if returns are kept);
 * 7. `duplicate`: the same values as an earlier kept row in every column but `__row`
 *    (ids compared after trimming); the first one is kept.
 *
 * Rules 1-3 always run (such rows cannot be used); 4-7 can be turned off. The cancellation
 * rule is checked before it runs: when it would remove more than half of the distinct invoices
 * ({@linkcode MAX_CANCELLED_SHARE}), or more than half of the lines it matches have a positive
 * quantity and amount ({@linkcode MAX_POSITIVE_SHARE}: they are sales, not cancellations), it
 * stops with a {@linkcode CancellationRuleError} instead of removing them; turn it off
 * (`dropCancellations: false`) or give the prefix the file's cancellations really have. Every rule
 * that runs has a ledger entry, with 0 rows if it removed none, and up to 5 examples
 * `row N: column = value` (spreadsheet rows, header = 1) in the input's own values.
 * `rowsIn = rowsOut + the sum of the removed rows`, always; `removed` holds those rows
 * with their reason key in `__reason` ({@linkcode REASON_COLUMN}), so every customer of the
 * input is either in `table` or has a reason. All the work is done by polars expressions:
 * one pass for rules 1-6, then a hash per row, and an exact comparison only of rows whose
 * hash repeats, for duplicates (about 1 s for 3 million rows).
 *
 * Like pandas' `df.dropna(subset=...)`, `df[~df.invoice.str.startswith("C")]`,
 * `df[df.amount > 0]` and `df.drop_duplicates()` in that order, with the counts kept.
 *
 * @param table The loaded table: the user's columns, typed, plus an Int32 `__row` (added as 2, 3, ... if absent).
 * @param roles Which column plays which role; `customer` is required, the others are used when present.
 * @param options See {@linkcode CleanTransactionsOptions}.
 * @returns The kept rows, the ledger, the row counts, notes, the removed rows and the roles.
 * @throws {CancellationRuleError} If the cancellation rule would remove an implausible share of the
 *   invoices, or lines that are mostly positive sales (see above).
 * @throws {TypeError} If `customer` has no column, a role names a column not in the table, the
 *   date column does not hold dates, or the amount, quantity or price column does not hold numbers.
 *
 * @example Two of five rows removed, each with its reason
 * ```ts
 * import pl from "nodejs-polars";
 * import { cleanTransactions } from "./clean_transactions.ts";
 * import assert from "node:assert/strict";
 * const table = pl.DataFrame({
 *   invoice: ["1", "C2", "3", "4", "4"],
 *   customer: [17850, 17850, null, 12, 12],
 *   amount: [10.5, -10.5, 3, 4, 4],
 * });
 * const r = cleanTransactions(table, { customer: "customer", invoice: "invoice", amount: "amount" });
 * assert.equal(r.rowsOut, 2);
 * assert.deepEqual(r.ledger.filter((e) => e.rows > 0).map((e) => [e.reason, e.rows]), [
 *   ["missing-customer", 1], ["cancellation", 1], ["duplicate", 1],
 * ]);
 * assert.deepEqual(r.table.getColumn("customer").toArray(), ["17850", "12"]);
 * assert.deepEqual(r.ledger.at(-1)!.examples, [{ row: 6, first: 5 }]);
 * ```
 */
export function cleanTransactions(
  table: pl.DataFrame,
  roles: RoleMap,
  options: CleanTransactionsOptions = {},
): CleanTransactionsResult {
  const { cancellationPrefix = "C" } = options;
  checkRoleColumns(table, roles, ACTION);
  const customer = requireRole(roles, "customer", ACTION);
  const t0 = emptyAsTyped(withRowNumbers(table), roles);
  checkTypes(t0, roles, cancellationPrefix);
  const notes: Warning[] = [];
  const prepared = normaliseIds(t0, roles, customer, notes);
  if ((options.dropCancellations ?? true) && roles.invoice !== undefined) {
    checkCancellationRule(prepared.table, roles, roles.invoice, cancellationPrefix, options.file ?? "table");
  }
  const rules = chooseRules(prepared, roles, customer, options, notes);
  const userColumns = t0.columns.filter((c) => c !== ROW_COLUMN);
  const marked = markRules(prepared.table, rules, userColumns, options.dropDuplicates ?? true);
  const ledger = ruleLedger(t0, marked, rules);
  const removed = removedRows(marked, rules);
  const out = marked.kept;
  if (out.height === 0 && t0.height > 0) notes.push({ code: "no-rows-left" });
  return {
    table: out,
    ledger,
    rowsIn: t0.height,
    rowsOut: out.height,
    notes,
    removed,
    roles: prepared.roles,
  };
}

const ACTION = "clean the transactions";

/** Check that the date, amount, quantity and price columns have the type their role needs, and the prefix is not empty. */
function checkTypes(t0: pl.DataFrame, roles: RoleMap, cancellationPrefix: string): void {
  const dtypeOf = (c: string) => t0.getColumn(c).dtype;
  const { date } = roles;
  if (date !== undefined && !isTemporalDtype(dtypeOf(date))) {
    throw new TypeError(
      `Cannot ${ACTION}: the date column "${date}" holds ${
        dtypeOf(date).variant
      } values, not dates; read the file with readTable, which parses dates`,
    );
  }
  for (const role of ["amount", "quantity", "price"] as const) {
    const c = roles[role];
    if (c !== undefined && !isNumericDtype(dtypeOf(c))) {
      throw new TypeError(
        `Cannot ${ACTION}: the ${role} column "${c}" holds ${
          dtypeOf(c).variant
        } values, not numbers; read the file with readTable, which parses numbers`,
      );
    }
  }
  if (cancellationPrefix.length === 0) {
    throw new RangeError(
      `Cannot ${ACTION}: the cancellation prefix is empty; give the prefix of cancelled invoices, e.g. "C"`,
    );
  }
}

/**
 * Refuse a cancellation rule that would remove an implausible share of the invoices, or lines
 * that are mostly positive sales (one pass over the table; examples only when refused).
 */
function checkCancellationRule(
  t: pl.DataFrame,
  roles: RoleMap,
  invoice: string,
  prefix: string,
  file: string,
): void {
  const hit = startsWithAnyCase(invoice, prefix);
  const signed = [roles.quantity, roles.amount].filter((c): c is string => c !== undefined);
  const positive = signed.length === 0
    ? pl.lit(false)
    // polars orders NaN above every number: a NaN is not a positive value.
    : signed.map((c) => pl.col(c).cast(pl.Float64)).map((v) => v.gt(0).and(v.isNan().not()))
      .reduce((a, b) => a.and(b));
  const [invoices, cancelled, rows, positives] = t.select(
    pl.col(invoice).dropNulls().nUnique().alias("i"),
    pl.col(invoice).filter(hit).dropNulls().nUnique().alias("c"),
    hit.sum().alias("r"),
    hit.and(positive).sum().alias("p"),
  ).row(0).map((v) => Number(v ?? 0)) as [number, number, number, number];
  const { share, positiveShare, code } = cancellationShares({
    invoices,
    cancelled,
    rows,
    positive: positives,
  });
  if (code === null) return;
  const shown = t.lazy().filter(code === "cancellation-share" ? hit : hit.and(positive))
    .select(invoice, ROW_COLUMN).head(200).collectSync().rows() as [string, number][];
  const examples: string[] = [], at: number[] = [];
  for (const [id, row] of shown) {
    if (examples.length === MAX_EXAMPLES) break;
    if (examples.includes(id)) continue;
    examples.push(id);
    at.push(Number(row));
  }
  throw new CancellationRuleError(code, {
    file,
    column: invoice,
    prefix,
    invoices,
    cancelled,
    share,
    rows,
    positive: positives,
    positiveShare,
    signed,
    examples,
  }, at);
}

/** The table with ids as text and an amount (derived from quantity × price when there is none). */
interface Prepared {
  readonly table: pl.DataFrame;
  readonly roles: RoleMap;
  /** The amount column, if any, and the columns it comes from. */
  readonly amount: string | undefined;
  readonly amountSources: string[];
}

/** Ids made text; the amount derived as quantity × price when there is no amount column (said in `notes`). */
function normaliseIds(t0: pl.DataFrame, roles: RoleMap, customer: string, notes: Warning[]): Prepared {
  const { invoice, quantity, price } = roles;
  const outRoles: { -readonly [R in keyof RoleMap]: RoleMap[R] } = { ...roles };
  const normalise: pl.Expr[] = [idAsText(t0, customer)];
  if (invoice !== undefined && invoice !== customer) normalise.push(idAsText(t0, invoice));
  let amount = roles.amount;
  let amountSources: string[] = amount === undefined ? [] : [amount];
  if (amount === undefined && quantity !== undefined && price !== undefined) {
    let name = "amount";
    for (let i = 1; t0.columns.includes(name); i++) name = `amount_${i}`;
    normalise.push(pl.col(quantity).cast(pl.Float64).mul(pl.col(price).cast(pl.Float64)).alias(name));
    amount = name;
    amountSources = [quantity, price];
    outRoles.amount = name;
    notes.push({ code: "amount-derived", a: quantity, b: price, new: name });
  }
  const t1 = t0.withColumns(...normalise);
  notes.push(...idNotes(t0, t1, customer));
  const merged = idMerges(t0, t1, customer);
  if (merged !== null) notes.push(merged);
  return { table: t1, roles: outRoles, amount, amountSources };
}

/** The rules that run, in order (see {@linkcode cleanTransactions}); a rule turned off is said in `notes`. */
function chooseRules(
  prepared: Prepared,
  roles: RoleMap,
  customer: string,
  options: CleanTransactionsOptions,
  notes: Warning[],
): Rule[] {
  const {
    dropCancellations = true,
    cancellationPrefix = "C",
    dropReturns = true,
    dropNonPositive = true,
    dropDuplicates = true,
  } = options;
  const { invoice, date, quantity } = roles;
  const { amount, amountSources } = prepared;
  const rules: Rule[] = [{
    reason: "missing-customer",
    when: pl.col(customer).isNull(),
    columns: [customer],
    column: customer,
    facts: { column: customer },
  }];
  if (date !== undefined) {
    rules.push({
      reason: "missing-date",
      when: pl.col(date).isNull(),
      columns: [date],
      column: date,
      facts: { column: date },
    });
  }
  const amountValue = amount === undefined ? null : pl.col(amount).cast(pl.Float64);
  if (amount !== undefined && amountValue !== null) {
    rules.push({
      reason: "missing-amount",
      when: amountValue.isNull().or(amountValue.isNan()).or(amountValue.isInfinite()),
      columns: amountSources,
      column: amount,
      facts: { column: amount },
    });
  }
  if (invoice !== undefined) {
    if (dropCancellations) {
      rules.push({
        reason: "cancellation",
        when: startsWithAnyCase(invoice, cancellationPrefix),
        columns: [invoice],
        column: invoice,
        facts: { column: invoice, prefix: cancellationPrefix },
      });
    } else notes.push({ code: "rule-off", rule: "cancellation" });
  }
  const signed = [quantity, roles.amount].filter((c): c is string => c !== undefined);
  if (signed.length > 0) {
    if (dropReturns) {
      const negative = signed.map((c) => pl.col(c).lt(0)).reduce((a, b) => a.or(b));
      rules.push({ reason: "negative", when: negative, columns: signed, facts: { columns: signed } });
    } else notes.push({ code: "rule-off", rule: "negative" });
  }
  if (amount !== undefined && amountValue !== null) {
    if (dropNonPositive) {
      rules.push({
        reason: "non-positive-amount",
        when: amountValue.ltEq(0),
        columns: amountSources,
        column: amount,
        facts: { column: amount },
      });
    } else notes.push({ code: "rule-off", rule: "non-positive-amount" });
  }
  if (!dropDuplicates) notes.push({ code: "rule-off", rule: "duplicate" });
  return rules;
}

/** Name of the UInt8 column of {@linkcode Marked}: the number (1, 2, ...) of the first rule a row breaks, 0 if none. */
const CODE = "__rule";

/** Every row marked with the first rule it breaks, the kept rows, and the later duplicates. */
interface Marked {
  /** The input with {@linkcode CODE}. */
  readonly marked: pl.DataFrame;
  readonly kept: pl.DataFrame;
  /** `__row` and `__first_row` of each removed duplicate, by row; `null` if duplicates are kept. */
  readonly repeats: pl.DataFrame | null;
  /** True on the removed duplicates. */
  readonly isRepeat: pl.Expr;
}

/**
 * Each row gets the number of the first rule it breaks: a UInt8 column is far cheaper to
 * build and filter than reason text on millions of rows. Duplicates are found among the rows
 * no rule removed, without a copy of them; the kept rows are then filtered out once.
 */
function markRules(
  t1: pl.DataFrame,
  rules: readonly Rule[],
  userColumns: readonly string[],
  dropDuplicates: boolean,
): Marked {
  let chain = pl.when(rules[0]!.when).then(pl.lit(1));
  rules.slice(1).forEach((rule, i) => (chain = chain.when(rule.when).then(pl.lit(i + 2))));
  const marked = t1.withColumns(chain.otherwise(pl.lit(0)).cast(pl.UInt8).alias(CODE));
  let keep = pl.col(CODE).eq(0);
  let repeats: pl.DataFrame | null = null;
  let isRepeat = pl.lit(false);
  if (dropDuplicates && userColumns.length > 0) {
    repeats = laterDuplicates(marked, userColumns, keep).sort(ROW_COLUMN);
    if (repeats.height > 0) {
      isRepeat = pl.col(ROW_COLUMN).isIn(repeats.getColumn(ROW_COLUMN).implode());
      keep = keep.and(isRepeat.not());
    }
  }
  return { marked, kept: marked.filter(keep).drop(CODE), repeats, isRepeat };
}

/**
 * One ledger entry per rule (rows per rule in one pass), then the duplicates'; examples from
 * the first rows of each rule, in the input's own values (lazy: only those few rows are ever copied).
 */
function ruleLedger(t0: pl.DataFrame, m: Marked, rules: readonly Rule[]): LedgerEntry[] {
  const perRule = m.marked.select(...rules.map((_, i) => pl.col(CODE).eq(i + 1).sum().alias(`r${i}`)))
    .toRecords()[0] ?? {};
  const original = t0.withColumns(m.marked.getColumn(CODE));
  const ledger: LedgerEntry[] = rules.map((rule, i) => {
    const n = Number(perRule[`r${i}`] ?? 0);
    const first = n === 0 ? null : original.lazy().filter(pl.col(CODE).eq(i + 1)).sort(ROW_COLUMN)
      .head(MAX_EXAMPLES).collectSync();
    return {
      step: "clean",
      reason: rule.reason,
      facts: rule.facts,
      action: "removed",
      rows: n,
      ...(rule.column === undefined ? {} : { column: rule.column }),
      examples: first === null ? [] : examplesFrom(first, rule.columns),
    };
  });
  if (m.repeats !== null) {
    const head = m.repeats.head(MAX_EXAMPLES).toRecords();
    ledger.push({
      step: "clean",
      reason: "duplicate",
      facts: {},
      action: "removed",
      rows: m.repeats.height,
      examples: head.map((r) => ({ row: Number(r[ROW_COLUMN]), first: Number(r[FIRST_ROW]) })),
    });
  }
  return ledger;
}

/** The removed rows with their reason codes in {@linkcode REASON_COLUMN}, in one filter; in row order. */
function removedRows(m: Marked, rules: readonly Rule[]): pl.DataFrame {
  const reasonOf = rules.reduce(
    (expr, rule, i) => expr.when(pl.col(CODE).eq(i + 1)).then(pl.lit(rule.reason)),
    pl.when(pl.col(CODE).eq(0)).then(pl.lit("duplicate")),
  ).otherwise(pl.lit(null).cast(pl.Utf8)).alias(REASON_COLUMN);
  const removed = m.marked.filter(pl.col(CODE).gt(0).or(m.isRepeat)).withColumns(reasonOf).drop(CODE);
  const unordered =
    removed.select(pl.col(ROW_COLUMN).lt(pl.col(ROW_COLUMN).shift(1)).any().alias("u")).getColumn("u")
      .toArray()[0] === true;
  return unordered ? removed.sort(ROW_COLUMN) : removed;
}

/** Ids read as numbers (kept as text without decimals), or with spaces trimmed, as notes. */
function idNotes(t0: pl.DataFrame, t1: pl.DataFrame, column: string): Warning[] {
  const dtype = t0.getColumn(column).dtype;
  const notes: Warning[] = [];
  if (isNumericDtype(dtype)) {
    const sample = t1.select(pl.col(column).dropNulls().first()).getColumn(column).toArray()[0];
    if (sample !== undefined && sample !== null) {
      notes.push({ code: "ids-read-as-numbers", column, value: String(sample) });
    }
  } else if (isTextDtype(dtype)) {
    const c = pl.col(column);
    // A space at either end, and something left once trimmed (tested without a trimmed copy,
    // in one pass: the space run at an end then touches a non-space).
    const changed = c.str.contains(String.raw`^\s+\S|\S\s+$`);
    const n = t0.select(changed.sum().alias("n")).getColumn("n").toArray()[0];
    if (typeof n === "number" && n > 0) notes.push({ code: "ids-trimmed", column, n });
  }
  return notes;
}

/**
 * `column` starts with `prefix`, upper or lower case. Short prefixes are tested as a few
 * `startsWith` (fast); others by lower-casing the start of every value.
 */
function startsWithAnyCase(column: string, prefix: string): pl.Expr {
  let variants = [""];
  for (const ch of prefix) {
    const lo = ch.toLowerCase(), up = ch.toUpperCase();
    if (lo.length !== 1 || up.length !== 1 || variants.length > 16) {
      return pl.col(column).str.slice(0, prefix.length).str.toLowerCase().eq(pl.lit(prefix.toLowerCase()));
    }
    variants = lo === up ? variants.map((v) => v + ch) : variants.flatMap((v) => [v + up, v + lo]);
  }
  return variants.map((v) => pl.col(column).str.startsWith(v)).reduce((a, b) => a.or(b));
}

/**
 * A date, amount, quantity or price column with no value at all is read as text by the
 * loader; give it the type its role needs (all missing), so that its rows are removed by
 * the missing-value rules with a reason instead of failing on the type.
 */
function emptyAsTyped(table: pl.DataFrame, roles: RoleMap): pl.DataFrame {
  const fixes: pl.Expr[] = [];
  for (const role of ["date", "amount", "quantity", "price"] as const) {
    const c = roles[role];
    if (c === undefined || !table.columns.includes(c) || !isTextDtype(table.getColumn(c).dtype)) continue;
    const present =
      table.select(pl.col(c).str.strip().str.lengths().gt(0).any().alias("p")).getColumn("p").toArray()[0];
    if (present === true) continue;
    fixes.push(pl.lit(null).cast(role === "date" ? pl.Datetime("ms") : pl.Float64).alias(c));
  }
  return fixes.length === 0 ? table : table.withColumns(...fixes);
}
