/**
 * `segment score --db postgres://... --table T`: run the model's RFM aggregation (and its ledger
 * query) in PostgreSQL and bring back only the customer table. Credentials come from the URL or
 * the environment (PGPASSWORD, PGUSER, ...) and are never printed or written.
 *
 * @module
 */
import pl from "nodejs-polars";
import postgres from "postgres";
import {
  cancellationRefusal,
  CancellationRuleError,
  type LedgerEntry,
  type RfmQueries,
  rfmQuery,
  type SegmentModel,
} from "../lib/mod.ts";
import { isParquet, pgHostPort } from "./_db_names.ts";

/** The URL without user and password: `postgres://host:port/db`, safe to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(an unreadable database URL)";
  }
}

function quoteTable(table: string): string {
  return table.split(".").map((p) => `"${p.replaceAll('"', '""')}"`).join(".");
}

/**
 * The RFM table and the cleaning ledger of `table`, computed in the database.
 *
 * @throws {TypeError} If the URL is not a PostgreSQL URL (the message never repeats the URL).
 */
export async function rfmFromPostgres(
  url: string,
  table: string,
  model: SegmentModel,
): Promise<{ rfm: pl.DataFrame; ledger: LedgerEntry[]; where: string }> {
  if (pgHostPort(url) === null) {
    throw new TypeError(
      "Cannot read the command line: --db must be a PostgreSQL URL, postgres://HOST:PORT/DATABASE (user and password in the URL or in PGUSER and PGPASSWORD)",
    );
  }
  const where = `${redactUrl(url)} table ${table}`;
  const sql = postgres(url, { onnotice: () => {}, max: 1 });
  try {
    const parts = table.split(".");
    const columns = await sql`
      SELECT column_name FROM information_schema.columns
      WHERE table_name = ${parts.at(-1)!}
        AND table_schema = ${parts.length > 1 ? parts[0]! : sql`current_schema()`}
      ORDER BY ordinal_position`;
    if (columns.length === 0) {
      throw new TypeError(
        `Cannot score ${where}: there is no such table, or it has no columns; check --table`,
      );
    }
    const allColumns = columns.map((c) => String(c.column_name));
    const q = rfmQuery(model, { dialect: "postgres", table: quoteTable(table), allColumns });
    await checkCancellation(q, model, table, (text) => sql.unsafe(text));
    const counts = await sql.unsafe(q.ledger);
    const rows = await sql.unsafe(q.customers);
    return { rfm: rfmFrame(rows), ledger: ledgerOf(counts), where };
  } catch (e) {
    // The client's messages name the host and the user at most; keep them, never the URL itself.
    if (e instanceof TypeError || e instanceof CancellationRuleError) throw e;
    throw new TypeError(`Cannot score ${where}: the database said "${(e as Error).message}"`);
  } finally {
    await sql.end();
  }
}

/**
 * The RFM table and the cleaning ledger computed by embedded DuckDB over a DuckDB file (`--table`
 * names the table in it; opened read-only) or Parquet files (`read_parquet` of the path or glob).
 */
export async function rfmFromDuckDb(
  source: string,
  table: string,
  model: SegmentModel,
): Promise<{ rfm: pl.DataFrame; ledger: LedgerEntry[]; where: string }> {
  // Loaded only here: the native DuckDB library is not needed (nor allowed) by other runs.
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const parquet = isParquet(source);
  const where = parquet ? `Parquet ${source}` : `DuckDB ${source} table ${table}`;
  const instance = await DuckDBInstance.create(
    parquet ? ":memory:" : source,
    parquet ? {} : { access_mode: "READ_ONLY" },
  );
  const con = await instance.connect();
  try {
    const from = parquet ? `read_parquet('${source.replaceAll("'", "''")}')` : quoteTable(table);
    const rowsOf = async (sql: string) =>
      (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
    let allColumns: string[];
    try {
      allColumns = (await rowsOf(`DESCRIBE SELECT * FROM ${from}`)).map((r) => String(r.column_name));
    } catch (e) {
      throw new TypeError(
        `Cannot score ${where}: ${(e as Error).message.split("\n")[0]}; check --db and --table`,
      );
    }
    const q = rfmQuery(model, { dialect: "duckdb", table: from, allColumns });
    await checkCancellation(q, model, parquet ? source : table, rowsOf);
    const counts = await rowsOf(q.ledger);
    const rows = await rowsOf(q.customers);
    return { rfm: rfmFrame(rows), ledger: ledgerOf(counts), where };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/**
 * Refuse the model's cancellation rule where the database's lines make it implausible, with the
 * same `CancellationRuleError` as the in-memory cleaning (checked before anything is aggregated).
 */
async function checkCancellation(
  q: RfmQueries,
  model: SegmentModel,
  file: string,
  run: (sql: string) => Promise<readonly Record<string, unknown>[]>,
): Promise<void> {
  if (q.cancellation === null) return;
  const [row] = await run(q.cancellation.counts);
  const n = (k: string) => Number(row?.[k] ?? 0);
  const counts = {
    invoices: n("invoices"),
    cancelled: n("cancelled"),
    rows: n("seg_rows"),
    positive: n("positive"),
  };
  const roles = model.rfm!.roles;
  const context = {
    file,
    column: roles.invoice!,
    prefix: model.rfm!.clean.cancellationPrefix,
    signed: [roles.quantity, roles.amount].filter((c): c is string => c !== undefined),
  };
  if (cancellationRefusal({ ...counts, examples: [] }, context) === null) return;
  const examples = (await run(q.cancellation.examples)).map((r) => String(r.invoice));
  throw cancellationRefusal({ ...counts, examples }, context)!;
}

function ledgerOf(counts: readonly Record<string, unknown>[]): LedgerEntry[] {
  return counts.map((r) => ({
    step: "clean",
    reason: "removed-in-database",
    facts: { rule: String(r.reason) },
    action: "removed" as const,
    rows: Number(r.n),
    examples: [],
  }));
}

function rfmFrame(rows: readonly Record<string, unknown>[]): pl.DataFrame {
  return pl.DataFrame({
    customer: rows.map((r) => String(r.customer)),
    recency: rows.map((r) => Number(r.recency)),
    frequency: rows.map((r) => Number(r.frequency)),
    monetary: rows.map((r) => Number(r.monetary)),
  }).withColumns(pl.col("recency").cast(pl.Int32), pl.col("frequency").cast(pl.Int32));
}
