/**
 * The few SQL pieces that differ by engine, looked up per dialect.
 *
 * @module
 */

/** The SQL dialects segmenta writes. */
export type SqlDialect = "duckdb" | "postgres" | "spark" | "bigquery" | "snowflake";

/** Every dialect, in a stable order. */
export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres", "spark", "bigquery", "snowflake"];

/** What differs between engines: quoting, types, epoch milliseconds, non-finite tests, literals. */
export interface DialectParts {
  /** A quoted identifier. */
  readonly id: (name: string) => string;
  /** A quoted string literal. */
  readonly text: (value: string) => string;
  /** The text type. */
  readonly textType: string;
  /** A double literal, parsed by the engine from its shortest round-trip decimal (never a decimal literal). */
  readonly double: (value: number) => string;
  /** An expression cast to double. */
  readonly toDouble: (expr: string) => string;
  /** Milliseconds since 1970-01-01 of a timestamp (naive timestamps read as UTC). */
  readonly epochMs: (expr: string) => string;
  /** True when a double is NaN or ±Infinity. */
  readonly notFinite: (expr: string) => string;
  /** The integer type of counts and scores. */
  readonly intType: string;
  /** Unicode NFC of a text, or `null` where the engine has no such function (Spark SQL, Snowflake). */
  readonly nfc: ((expr: string) => string) | null;
  /** True when a text matches a regular expression (written without backslashes). */
  readonly matches: (expr: string, pattern: string) => string;
}

function quoted(q: string): (name: string) => string {
  return (name) => `${q}${name.replaceAll(q, q + q)}${q}`;
}

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;
const backslashText = (value: string) => `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;

function doubleOf(type: string): (value: number) => string {
  return (value) => {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Cannot write "${value}" as an SQL number: it is not finite; check the model`);
    }
    return `CAST('${String(value)}' AS ${type})`;
  };
}

/** The parts of each dialect. */
export const DIALECTS: Readonly<Record<SqlDialect, DialectParts>> = {
  duckdb: {
    id: quoted('"'),
    text: sqlText,
    textType: "VARCHAR",
    double: doubleOf("DOUBLE"),
    toDouble: (e) => `CAST(${e} AS DOUBLE)`,
    epochMs: (e) => `CAST(epoch_ms(CAST(${e} AS TIMESTAMP)) AS DOUBLE)`,
    notFinite: (e) => `NOT isfinite(${e})`,
    intType: "INTEGER",
    nfc: (e) => `nfc_normalize(${e})`,
    matches: (e, p) => `regexp_full_match(${e}, ${sqlText(p)})`,
  },
  postgres: {
    id: quoted('"'),
    text: sqlText,
    textType: "TEXT",
    double: doubleOf("DOUBLE PRECISION"),
    toDouble: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
    epochMs: (e) => `CAST(EXTRACT(EPOCH FROM CAST(${e} AS TIMESTAMP)) * 1000 AS DOUBLE PRECISION)`,
    notFinite: (e) =>
      `${e} IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))`,
    intType: "INTEGER",
    nfc: (e) => `NORMALIZE(${e}, NFC)`,
    matches: (e, p) => `${e} ~ ${sqlText("^" + p + "$")}`,
  },
  spark: {
    id: quoted("`"),
    text: backslashText,
    textType: "STRING",
    double: doubleOf("DOUBLE"),
    toDouble: (e) => `CAST(${e} AS DOUBLE)`,
    epochMs: (e) => `CAST(unix_millis(CAST(${e} AS TIMESTAMP)) AS DOUBLE)`,
    notFinite: (e) => `(isnan(${e}) OR abs(${e}) = CAST('Infinity' AS DOUBLE))`,
    intType: "INT",
    nfc: null,
    matches: (e, p) => `${e} RLIKE ${backslashText("^" + p + "$")}`,
  },
  bigquery: {
    id: quoted("`"),
    text: backslashText,
    textType: "STRING",
    double: doubleOf("FLOAT64"),
    toDouble: (e) => `CAST(${e} AS FLOAT64)`,
    epochMs: (e) => `CAST(UNIX_MILLIS(CAST(${e} AS TIMESTAMP)) AS FLOAT64)`,
    notFinite: (e) => `(IS_NAN(${e}) OR IS_INF(${e}))`,
    intType: "INT64",
    nfc: (e) => `NORMALIZE(${e}, NFC)`,
    matches: (e, p) => `REGEXP_CONTAINS(${e}, ${backslashText("^" + p + "$")})`,
  },
  snowflake: {
    id: quoted('"'),
    text: sqlText,
    textType: "VARCHAR",
    double: doubleOf("DOUBLE"),
    toDouble: (e) => `CAST(${e} AS DOUBLE)`,
    epochMs: (e) => `CAST(DATE_PART(EPOCH_MILLISECOND, CAST(${e} AS TIMESTAMP_NTZ)) AS DOUBLE)`,
    notFinite: (e) => `${e} IN (CAST('NaN' AS DOUBLE), CAST('inf' AS DOUBLE), CAST('-inf' AS DOUBLE))`,
    intType: "INTEGER",
    nfc: null,
    matches: (e, p) => `REGEXP_LIKE(${e}, ${sqlText(p)})`,
  },
};

/**
 * The parts of `dialect`.
 *
 * @throws {RangeError} If `dialect` is not one of {@linkcode SQL_DIALECTS}.
 */
export function dialectParts(dialect: string): DialectParts {
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect)) {
    throw new RangeError(
      `Cannot write SQL for dialect "${dialect}": it must be one of ${
        SQL_DIALECTS.map((d) => `"${d}"`).join(", ")
      }`,
    );
  }
  return DIALECTS[dialect as SqlDialect];
}
export { idText } from "./_id_text.ts";
