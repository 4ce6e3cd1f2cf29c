/**
 * Table helpers shared by the load, cleaning, EDA and cohort steps: the row-number column,
 * dtype tests, identifier normalisation and ledger examples.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { ExampleValue, LedgerExample, RoleMap } from "./types.ts";

/** Name of the Int32 column that carries the spreadsheet row number (header = 1). */
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

/** The table with a spreadsheet row-number column: kept if present, else 2, 3, ... (see {@linkcode appendRowNumbers}). */
export function withRowNumbers(table: pl.DataFrame): pl.DataFrame {
  return table.columns.includes(ROW_COLUMN) ? table : appendRowNumbers(table);
}

/**
 * The table with the spreadsheet row of each data row, 2, 3, ... (header = 1), as a last Int32
 * column named {@linkcode ROW_COLUMN} (replacing one of that name), in the same chunks as the
 * other columns: a column in other chunks makes polars copy every column into one chunk at the
 * next `withColumns` (the whole table, a second time).
 */
export function appendRowNumbers(table: pl.DataFrame): pl.DataFrame {
  const rows = new Int32Array(table.height);
  for (let i = 0; i < rows.length; i++) rows[i] = i + 2;
  const lengths = table.width > 0
    ? table.getColumn(table.columns[0]!).chunkLengths().map(Number)
    : [table.height];
  let column: pl.Series | null = null;
  let at = 0;
  for (const n of lengths) {
    const piece = pl.Series(ROW_COLUMN, rows.subarray(at, at + n));
    at += n;
    if (column === null) column = piece;
    else column.append(piece);
  }
  return table.withColumns(column ?? pl.Series(ROW_COLUMN, rows));
}

/**
 * An identifier column of `table` as normalised text, so that one customer written in several
 * ways is one id: integer-looking numbers lose their ".0" ("17850", never "17850.0"), whether
 * the column was read as numbers or as text (`"1000.0"` and `"1000"` are one id, `"1000.5"`
 * stays itself); text is put in Unicode NFC (a name typed with a combining accent equals the
 * same name with the precomposed letter) and trimmed; blank or whitespace-only text and NaN
 * become null. Nothing else changes (`"A1"` and `"a1"`, `"01000"` and `"1000"` stay distinct).
 * When every number is a whole number (the usual case) one cast does it; only a column that
 * mixes whole and fractional numbers takes the slower two-branch expression. Text is scanned
 * once per kind of change, and only the changes the column needs are made.
 */
export function idAsText(table: pl.DataFrame, name: string): pl.Expr {
  const dtype = table.getColumn(name).dtype;
  const c = pl.col(name);
  const nullText = pl.lit(null).cast(pl.Utf8);
  if (isFloatDtype(dtype)) {
    const whole = c.eq(c.floor()).and(c.abs().ltEq(2 ** 53));
    const finite = c.isNotNull().and(c.isFinite());
    const allWhole =
      table.select(finite.not().or(whole).all().alias("w")).getColumn("w").toArray()[0] === true;
    const asText = allWhole
      ? c.cast(pl.Int64).cast(pl.Utf8)
      : pl.when(whole).then(c.cast(pl.Int64).cast(pl.Utf8))
        .otherwise(c.cast(pl.Utf8));
    return pl.when(finite).then(asText).otherwise(nullText).alias(name);
  }
  if (isNumericDtype(dtype)) return c.cast(pl.Utf8).alias(name);
  if (!isTextDtype(dtype)) {
    const text = c.cast(pl.Utf8).str.strip();
    return pl.when(text.str.lengths().eq(0)).then(nullText).otherwise(text).alias(name);
  }
  // One pass says whether any change is needed (most id columns need none); then which.
  const anyChange = table.select(c.str.contains(ANY_ID_CHANGE).any().alias("a")).row(0)[0] === true;
  const [edge, zeroFraction, nonAscii] = anyChange
    ? table.select(
      c.str.contains(EDGE_OR_BLANK).any().alias("e"),
      c.str.contains(ZERO_FRACTION).any().alias("z"),
      c.str.contains(NON_ASCII).any().alias("u"),
    ).row(0).map((v) => v === true)
    : [false, false, false];
  let text = c;
  if (nonAscii) {
    const composed = nfcReplacements(table, name);
    if (composed.old.length > 0) text = text.replace(composed.old, composed.new);
  }
  if (edge) {
    const trimmed = text.str.strip();
    text = pl.when(trimmed.str.lengths().eq(0)).then(nullText).otherwise(trimmed);
  }
  // Tested on the raw text (spaces allowed): " 1000.0 " is trimmed above before its ".0" goes.
  if (zeroFraction) {
    text = pl.when(text.str.contains(ZERO_FRACTION)).then(text.str.replace(String.raw`\.0+$`, ""))
      .otherwise(text);
  }
  return text.alias(name);
}

/** A whole number written with a zero fraction: `1000.0`, `-7.00`. */
const ZERO_FRACTION = String.raw`^\s*-?[0-9]+\.0+\s*$`;
/** Any character outside ASCII (only such text can change under Unicode NFC). */
const NON_ASCII = String.raw`[^\x00-\x7F]`;
/** Space at either end, or blank. */
const EDGE_OR_BLANK = String.raw`^\s|\s$|^$`;
/** What `idAsText` may change in text: {@linkcode EDGE_OR_BLANK}, {@linkcode ZERO_FRACTION} or {@linkcode NON_ASCII}. */
const ANY_ID_CHANGE = `(?:${EDGE_OR_BLANK})|(?:${ZERO_FRACTION})|(?:${NON_ASCII})`;

/** The distinct values of a text column that Unicode NFC changes, and what they become. */
function nfcReplacements(table: pl.DataFrame, name: string): { old: string[]; new: string[] } {
  const values = table.lazy().select(pl.col(name)).filter(pl.col(name).str.contains(NON_ASCII)).unique()
    .collectSync().getColumn(name).toArray() as (string | null)[];
  const old = values.filter((v): v is string => v !== null && v.normalize("NFC") !== v).sort();
  return { old, new: old.map((v) => v.normalize("NFC")) };
}

/**
 * Whether a text column has a value with a space at either end, or an empty one: only then
 * does trimming it change anything (tested without building a trimmed copy of the column).
 */
export function hasEdgeSpaceOrBlank(table: pl.DataFrame, name: string): boolean {
  return table.select(pl.col(name).str.contains(String.raw`^\s|\s$|^$`).any().alias("e")).getColumn("e")
    .toArray()[0] === true;
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
 * Ledger examples (the row and its `columns`' values; said `row N: column = value`) from the
 * first rows of `rows` (already filtered to the rows concerned and sorted by row number).
 */
export function examplesFrom(rows: pl.DataFrame, columns: readonly string[]): LedgerExample[] {
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
  return shown.map((r) => ({
    row: Number(r[ROW_COLUMN]),
    cells: columns.map((c) => ({ column: c, value: exampleValue(r[c]) })),
  }));
}

/** A cell's value as a ledger example keeps it: text, number or flag as is, a date as `YYYY-MM-DD HH:MM:SS`, missing as `null`. */
export function exampleValue(value: unknown): ExampleValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace("T", " ");
  return String(value);
}

/** Column of {@linkcode laterDuplicates}' result: the row number of the first row with the same values. */
export const FIRST_ROW = "__first_row";

/**
 * The rows that repeat an earlier row in every one of `columns` (nulls equal to nulls):
 * `__row` and `__first_row`, the row they repeat. Only the rows where `among` is true take
 * part (all rows by default). Rows are hashed first and only rows whose hash repeats are
 * compared value by value, so a table without duplicates costs one hash pass (a hash
 * collision only adds candidates; the comparison is exact). No copy of the table is made
 * beyond the candidate rows.
 */
export function laterDuplicates(
  table: pl.DataFrame,
  columns: readonly string[],
  among: pl.Expr = pl.lit(true),
): pl.DataFrame {
  const hash = "__hash", inside = "__among";
  // One hash per column, combined with wrapping UInt64 arithmetic: several times cheaper
  // than hashing a struct of the columns.
  const key = columns.map((c, i) => pl.col(c).hash(11 + i, 23, 37, 41).cast(pl.UInt64))
    .reduce((a, b) => a.mul(pl.lit(1_000_003).cast(pl.UInt64)).add(b));
  const rows = table.select(pl.col(ROW_COLUMN), key.alias(hash), among.alias(inside))
    .filter(pl.col(inside))
    .filter(pl.col(hash).isDuplicated())
    .getColumn(ROW_COLUMN);
  if (rows.length === 0) {
    return table.head(0).select(pl.col(ROW_COLUMN), pl.col(ROW_COLUMN).alias(FIRST_ROW));
  }
  return table.lazy()
    .filter(pl.col(ROW_COLUMN).isIn(rows.implode()))
    .select(pl.col(ROW_COLUMN), ...columns.map((c) => pl.col(c)))
    .collectSync()
    .withColumns(pl.col(ROW_COLUMN).min().over(columns[0]!, ...columns.slice(1)).alias(FIRST_ROW))
    .filter(pl.col(ROW_COLUMN).neq(pl.col(FIRST_ROW)))
    .select(ROW_COLUMN, FIRST_ROW);
}
