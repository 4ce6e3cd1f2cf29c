/** Private: the group-by behind computeRfm and segmentMovement. */
import pl from "nodejs-polars";
import type { RoleMap, Warning } from "../base/types.ts";

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The columns of the input, selected under fixed names, with counts of what was set aside. */
export interface RfmInput {
  /** Columns `customer` (Utf8), `__t` (Int64 epoch ms), `__m` (Float64), `__inv` (if invoices). */
  readonly rows: pl.DataFrame;
  /** Whether frequency counts invoices (`true`) or distinct days (`false`). */
  readonly invoices: boolean;
  /** Warnings about rows set aside or roles substituted, as typed facts. */
  readonly warnings: Warning[];
}

function dtypeName(table: pl.DataFrame, column: string): string {
  return String(table.getColumn(column).dtype.variant);
}

function need(
  table: pl.DataFrame,
  roles: RoleMap,
  role: "customer" | "date" | "amount",
  action: string,
): string {
  const column = roles[role];
  if (column === undefined) {
    throw new TypeError(
      `Cannot ${action}: no column plays the "${role}" role; map it, e.g. { ${role}: "<column>" }, with the columns ${
        table.columns.map((c) => `"${c}"`).join(", ")
      }`,
    );
  }
  return column;
}

function present(table: pl.DataFrame, column: string, role: string, action: string): void {
  if (!table.columns.includes(column)) {
    throw new TypeError(
      `Cannot ${action}: the "${role}" column "${column}" is not in the table; choose one of ${
        table.columns.map((c) => `"${c}"`).join(", ")
      }`,
    );
  }
}

/**
 * Check the roles and select the four columns under fixed names. Rows without a customer or a
 * date are dropped (with a warning); the clean step should have removed them already.
 */
export function rfmInput(table: pl.DataFrame, roles: RoleMap, action: string): RfmInput {
  const warnings: Warning[] = [];
  const customer = need(table, roles, "customer", action);
  const date = need(table, roles, "date", action);
  present(table, customer, "customer", action);
  present(table, date, "date", action);
  let amount: pl.Expr;
  if (roles.amount === undefined && roles.quantity !== undefined && roles.price !== undefined) {
    present(table, roles.quantity, "quantity", action);
    present(table, roles.price, "price", action);
    amount = pl.col(roles.quantity).cast(pl.Float64).mul(pl.col(roles.price).cast(pl.Float64));
    warnings.push({ code: "rfm-amount-from-price", quantity: roles.quantity, price: roles.price });
  } else {
    const a = need(table, roles, "amount", action);
    present(table, a, "amount", action);
    const kind = dtypeName(table, a);
    if (!/^(Float|Int|UInt)/.test(kind)) {
      throw new TypeError(
        `Cannot ${action}: the amount column "${a}" holds ${kind}, not numbers; parse it as numbers first (the load step does)`,
      );
    }
    amount = pl.col(a).cast(pl.Float64);
  }
  const dateKind = dtypeName(table, date);
  if (dateKind !== "Datetime" && dateKind !== "Date") {
    throw new TypeError(
      `Cannot ${action}: the date column "${date}" holds ${dateKind}, not dates; parse it as dates first (the load step does)`,
    );
  }
  const customerKind = dtypeName(table, customer);
  let id = pl.col(customer);
  if (/^(Int|UInt)/.test(customerKind)) id = id.cast(pl.Utf8);
  else if (customerKind !== "Utf8" && customerKind !== "String") {
    throw new TypeError(
      `Cannot ${action}: the customer column "${customer}" holds ${customerKind}; customer ids must be text or whole numbers`,
    );
  }
  const invoice = roles.invoice;
  if (invoice !== undefined) present(table, invoice, "invoice", action);
  const columns = [
    id.alias("customer"),
    pl.col(date).cast(pl.Datetime("ms")).cast(pl.Int64).alias("__t"),
    amount.alias("__m"),
  ];
  if (invoice !== undefined) columns.push(pl.col(invoice).alias("__inv"));
  let rows = table.select(...columns);
  const [noCustomer, noDate, noAmount, noInvoice] = rows.select(
    pl.col("customer").isNull().sum().alias("a"),
    pl.col("__t").isNull().sum().alias("b"),
    pl.col("__m").isNull().or(pl.col("__m").isNan()).sum().alias("c"),
    (invoice !== undefined ? pl.col("__inv").isNull() : pl.lit(false)).sum().alias("d"),
  ).row(0).map(Number);
  if (noCustomer! + noDate! > 0) {
    rows = rows.filter(pl.col("customer").isNotNull().and(pl.col("__t").isNotNull()));
    warnings.push({
      code: "rfm-rows-without-customer-or-date",
      rows: noCustomer! + noDate!,
      noCustomer: noCustomer!,
      noDate: noDate!,
    });
  }
  if (noAmount! > 0) warnings.push({ code: "rfm-rows-without-amount", rows: noAmount! });
  if (noInvoice! > 0) warnings.push({ code: "rfm-rows-without-invoice", rows: noInvoice! });
  if (invoice === undefined) warnings.push({ code: "rfm-frequency-by-days" });
  return { rows, invoices: invoice !== undefined, warnings };
}

/** Largest timestamp (epoch ms) of the rows, or `null` if there are none. */
export function latestMs(rows: pl.DataFrame): number | null {
  if (rows.height === 0) return null;
  return Number(rows.select(pl.col("__t").max()).row(0)[0]);
}

/**
 * Group rows dated strictly before `snapshotMs` by customer. The result is sorted by customer
 * id, so it does not depend on row order. `allBefore` says the caller knows every row is
 * dated before the snapshot: the filter (a copy of the rows) is then skipped.
 */
export function rfmGroup(
  rows: pl.DataFrame,
  invoices: boolean,
  snapshotMs: number,
  allBefore = false,
): pl.DataFrame {
  const frequency = invoices
    ? pl.col("__inv").nUnique()
    : pl.col("__t").cast(pl.Float64).div(DAY_MS).floor().nUnique();
  const lazy = rows.lazy();
  return (allBefore ? lazy : lazy.filter(pl.col("__t").lt(pl.lit(snapshotMs).cast(pl.Int64))))
    .groupBy("customer")
    .agg(
      pl.col("__t").max().alias("__last"),
      pl.col("__t").min().alias("__first"),
      frequency.alias("frequency"),
      pl.col("__m").fillNull(0).fillNan(0).sum().alias("monetary"),
    )
    .select(
      pl.col("customer"),
      pl.lit(snapshotMs).cast(pl.Float64).sub(pl.col("__last").cast(pl.Float64)).div(DAY_MS).floor()
        .cast(pl.Int32).alias("recency"),
      pl.col("frequency").cast(pl.Int32),
      pl.col("monetary"),
      pl.col("__first").cast(pl.Datetime("ms")).alias("first_purchase"),
      pl.col("__last").cast(pl.Datetime("ms")).alias("last_purchase"),
    )
    .sort("customer")
    .collectSync();
}
