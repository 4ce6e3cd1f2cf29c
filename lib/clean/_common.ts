/**
 * Private helpers shared by the cleaning, EDA and cohort steps: the row-number column,
 * dtype tests, identifier normalisation and ledger examples.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { RoleMap } from "../types.ts";

/**
 * Name of the Int32 column that carries the spreadsheet row number (header = 1).
 * lib/load will export it as `ROW_COLUMN`; until then this literal is the contract.
 */
export const ROW_COLUMN = "__row";

/** Most examples a ledger entry cites. */
export const MAX_EXAMPLES = 5;

const NUMERIC = new Set([
  "Float32",
  "Float64",
  "Int8",
  "Int16",
  "Int32",
  "Int64",
  "UInt8",
  "UInt16",
  "UInt32",
  "UInt64",
]);

/** True for integer and floating-point dtypes. */
export function isNumericDtype(dtype: pl.DataType): boolean {
  return NUMERIC.has(dtype.variant);
}

/** True for `Date` and `Datetime` of any unit. */
export function isTemporalDtype(dtype: pl.DataType): boolean {
  return dtype.variant === "Datetime" || dtype.variant === "Date";
}

/** True for floating-point dtypes (the only ones that can hold NaN and Infinity). */
export function isFloatDtype(dtype: pl.DataType): boolean {
  return dtype.variant === "Float64" || dtype.variant === "Float32";
}

/** True for text dtypes. */
export function isTextDtype(dtype: pl.DataType): boolean {
  return dtype.variant === "String" || dtype.variant === "Utf8";
}

/** The table with a spreadsheet row-number column: kept if present, else 2, 3, ... */
export function withRowNumbers(table: pl.DataFrame): pl.DataFrame {
  if (table.columns.includes(ROW_COLUMN)) return table;
  return table.withRowIndex(ROW_COLUMN).withColumns(pl.col(ROW_COLUMN).add(2).cast(pl.Int32));
}

/**
 * An identifier as trimmed text: integer-looking numbers lose their ".0" ("17850", never
 * "17850.0"), blank or whitespace-only text and NaN become null.
 */
export function idAsText(name: string, dtype: pl.DataType): pl.Expr {
  const c = pl.col(name);
  const nullText = pl.lit(null).cast(pl.Utf8);
  if (isFloatDtype(dtype)) {
    return pl.when(c.isNan().or(c.isInfinite())).then(nullText)
      .when(c.eq(c.floor()).and(c.abs().ltEq(2 ** 53))).then(c.cast(pl.Int64).cast(pl.Utf8))
      .otherwise(c.cast(pl.Utf8)).alias(name);
  }
  const text = isTextDtype(dtype) ? c.str.strip() : c.cast(pl.Utf8).str.strip();
  return pl.when(text.str.lengths().eq(0)).then(nullText).otherwise(text).alias(name);
}

/** Check that every column a role names is in the table. */
export function checkRoleColumns(table: pl.DataFrame, roles: RoleMap, action: string): void {
  for (const [role, column] of Object.entries(roles)) {
    if (column !== undefined && !table.columns.includes(column)) {
      throw new TypeError(
        `Cannot ${action}: the ${role} column "${column}" is not in the table; map the role to one of ${
          quoteList(table.columns.filter((c) => c !== ROW_COLUMN))
        }`,
      );
    }
  }
}

/** Require a role, with a message that says how to give it. */
export function requireRole(roles: RoleMap, role: keyof RoleMap, action: string): string {
  const column = roles[role];
  if (column === undefined) {
    throw new TypeError(
      `Cannot ${action}: no column has the role "${role}"; map one with { ${role}: "<column>" }`,
    );
  }
  return column;
}

/** `"a", "b", "c"`. */
export function quoteList(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}

/** One value as shown in a ledger example: text quoted, numbers plain, missing as `""`. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace("T", " ");
  return String(value);
}

/**
 * Ledger examples `row N: column = value` from the first rows of `rows` (already filtered to
 * the rows concerned and sorted by row number).
 */
export function examplesFrom(rows: pl.DataFrame, columns: readonly string[]): string[] {
  const head = rows.head(MAX_EXAMPLES);
  if (head.height === 0) return [];
  const shown = head.select(
    pl.col(ROW_COLUMN),
    ...columns.map((c) =>
      isTemporalDtype(head.getColumn(c).dtype)
        ? pl.col(c).dt.strftime("%Y-%m-%d %H:%M:%S").alias(c)
        : pl.col(c)
    ),
  ).toRecords();
  return shown.map((r) =>
    `row ${r[ROW_COLUMN]}: ${columns.map((c) => `${c} = ${showValue(r[c])}`).join(", ")}`
  );
}
