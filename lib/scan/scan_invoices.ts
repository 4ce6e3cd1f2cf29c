/**
 * The streamed path's reading and cleaning: a large invoice-line CSV read by embedded DuckDB with
 * the rules `readTable` decided on the file's head, cleaned by the rules of `cleanTransactions`,
 * into a DuckDB table; only counts, examples and per-customer results come back to memory.
 *
 * @module
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { createHash } from "node:crypto";
import pl from "nodejs-polars";
import { InputError } from "../base/errors.ts";
import type { LedgerEntry, LedgerExample, ProgressCallback, RoleMap, Warning } from "../base/types.ts";
import {
  type ColumnRead,
  type LoadedTable,
  readTableBytes,
  type ReadTableOptions,
} from "../load/read_table.ts";
import { mapRoles, type RoleMapping } from "../load/map_roles.ts";
import { requireRoles } from "../load/require_roles.ts";
import { CancellationRuleError, cancellationShares } from "../clean/cancellation_rule_error.ts";
import type { CleanTransactionsOptions, CleanTransactionsResult } from "../clean/clean_transactions.ts";
import { checkLedger } from "../clean/check_ledger.ts";
import { dialectParts, idText } from "../sql/dialect.ts";
import { lit, textSql, typedSql } from "./_read_sql.ts";
import { delimiterName } from "../load/read_rules.ts";
import { findRow } from "./_find_row.ts";
import { streamable } from "./streams_file.ts";

/** Options for {@linkcode scanInvoices}. */
export interface ScanInvoicesOptions {
  /** How to read the file, as `readTable`'s options (decided on the head, used for the whole file). */
  read?: Omit<ReadTableOptions, "onProgress">;
  /** Role overrides: which column is the customer, date, amount, ... */
  roles?: RoleMap;
  /** Cleaning rules to change, as `cleanTransactions`'s options. */
  clean?: CleanTransactionsOptions;
  /** The snapshot: lines dated on or after it leave (`after-snapshot`). @default {none: every line counts} */
  snapshot?: Date;
  /** Bytes of the file's head `readTable` decides the columns on. @default {32 MiB} */
  headBytes?: number;
  /** DuckDB's memory limit; above it DuckDB writes to `tempDirectory`. @default {"3GB"} */
  memoryLimit?: string;
  /**
   * The folder under which DuckDB gets a new folder of its own to write what does not fit in
   * `memoryLimit`, removed by `close`. @default {the system's temporary folder}
   */
  tempDirectory?: string;
  /** DuckDB's threads. @default {every core} */
  threads?: number;
  /** Called as the file is read. */
  onProgress?: ProgressCallback;
  /** The head already read by {@linkcode readHead} (with the same `read` and `headBytes`). */
  head?: FileHead;
}

/**
 * A file the streamed path does not read (a workbook, Parquet, space-aligned text, Excel serial
 * dates): `engine: "auto"` reads it in memory instead.
 */
export class StreamRefused extends TypeError {
  override name = "StreamRefused";
}

/** A file's head read by `readTable` (see {@linkcode readHead}). */
export interface FileHead {
  /** The head as `readTable` reads it. */
  readonly loaded: LoadedTable;
  /** How each column was read. */
  readonly reads: Readonly<Record<string, ColumnRead>>;
  /** The head's bytes (whole lines). */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** The whole file's size in bytes. */
  readonly size: number;
  /** Whether the head is the whole file. */
  readonly whole: boolean;
}

/**
 * The head of a CSV file (its first `headBytes`, cut after the last whole line) read by
 * `readTable`, with how each column was read: what the streamed path decides the columns on.
 *
 * @throws {InputError} What `readTable` would throw for the head.
 * @throws {TypeError} For a workbook or Parquet file (read them in memory).
 */
export async function readHead(
  path: string,
  options: Pick<ScanInvoicesOptions, "read" | "headBytes" | "onProgress"> = {},
): Promise<FileHead> {
  const file = options.read?.name ?? (path.split(/[\\/]/).pop() || path);
  const ext = (/\.([^.\\/]+)$/.exec(path)?.[1] ?? "").toLowerCase();
  if (!streamable(path)) {
    throw new StreamRefused(
      `Cannot stream "${file}": the streamed path reads CSV text only; read a workbook or Parquet file in memory`,
    );
  }
  options.onProgress?.({ step: `head "${file}"`, done: 0, total: 1 });
  const { bytes, size, whole } = await headBytesOf(path, options.headBytes ?? HEAD_BYTES);
  const { loaded, reads } = await readTableBytes(bytes, ext || "csv", { ...options.read, name: file });
  return { loaded, reads, bytes, size, whole };
}

/** A large invoice file read and cleaned by {@linkcode scanInvoices}. */
export interface ScannedInvoices {
  /**
   * The file: the head's table (`table` holds the head's rows only) and its column decisions,
   * with the whole file's `rowsRead`, `bytes`, `sha256` and load ledger.
   */
  readonly loaded: LoadedTable;
  /** The role mapping (decided on the head's columns). */
  readonly mapping: RoleMapping;
  /**
   * The cleaning's ledger, counts, notes and roles for the whole file; `table` and `removed`
   * have the head's columns and no rows (the lines are in DuckDB's `seg_clean`).
   */
  readonly cleaned: CleanTransactionsResult;
  /** The head the columns were decided on: its data rows and bytes. */
  readonly head: { readonly rows: number; readonly bytes: number };
  /** Whether the lines have an invoice column (frequency counts invoices, else days). */
  readonly hasInvoice: boolean;
  /** Over the whole file, once loaded: lines with a customer id, and the distinct ids (as `detectKind` counts them). */
  readonly customerCounts: { readonly rows: number; readonly customers: number };
  /**
   * The DuckDB connection holding `seg_clean` (`seg_customer`, `seg_invoice`, `seg_t` epoch ms,
   * `seg_amount`, `seg_country`: the cleaned lines, as the in-memory cleaned table holds them).
   */
  readonly con: DuckDBConnection;
  /** Close DuckDB and remove its temporary folder. */
  close(): Promise<void>;
}

const HEAD_BYTES = 32 * 1024 * 1024;
const MAX_EXAMPLES = 5;

/**
 * Read and clean a large invoice-line CSV with embedded DuckDB, with the rules the in-memory
 * path uses. `readTable` reads the file's head (`headBytes`) and decides every column there:
 * delimiter, encoding, kind, decimal mark, date family and day order; DuckDB then reads the
 * whole file with those rules as SQL (`_read_sql.ts`), and a cell that does not read under them
 * stops the run as `readTable` would (or, with `badValues: "drop"`, goes into the ledger), so a
 * file is never read differently from its head silently. The load rules (blank lines, repeated
 * headers, bad cells, future dates) and the cleaning rules (missing customer, date or amount,
 * cancellations with their plausibility check, negatives, non-positive amounts, exact
 * duplicates, the snapshot cut) run in one scan and one hash aggregation, whose result DuckDB
 * keeps (spilling to `tempDirectory` above `memoryLimit`); the ledger counts every removed line.
 * Not done here, said in the README: totals rows (they fall under their first cleaning rule) and
 * Excel serial dates, whitespace-aligned text, workbooks and Parquet (the in-memory path reads them).
 *
 * @param path The CSV file.
 * @param options See {@linkcode ScanInvoicesOptions}.
 * @returns The cleaned lines in DuckDB, with the ledger; close it when done.
 * @throws {InputError} What `readTable` would throw for the head, or for a cell of the whole file.
 * @throws {CancellationRuleError} If the cancellation rule is implausible for the whole file.
 *
 * @example
 * ```ts ignore
 * const scanned = await scanInvoices("invoices.csv");
 * console.log(scanned.cleaned.rowsOut);
 * await scanned.close();
 * ```
 */
export async function scanInvoices(
  path: string,
  options: ScanInvoicesOptions = {},
): Promise<ScannedInvoices> {
  const { loaded: head, reads, bytes: headBytes, size, whole } = options.head ??
    await readHead(path, options);
  const file = head.file;
  const plan = csvPlan(head, reads, file);
  const mapping = mapRoles(head.table.columns, {
    ...(options.roles ? { overrides: options.roles } : {}),
    file,
  });
  const columns = head.columns.map((c) => c.name);
  requireRoles(mapping, ["customer", "date"], columns, file);
  if (!mapping.roles.amount && !(mapping.roles.quantity && mapping.roles.price)) {
    requireRoles(mapping, ["amount"], columns, file);
  }
  const roles = mapping.roles;
  const temp = await Deno.makeTempDir({
    prefix: ".segmenta-duckdb-",
    ...(options.tempDirectory !== undefined ? { dir: options.tempDirectory } : {}),
  });
  // Loaded here, not when the module is: a run that does not stream needs no permission for DuckDB's addon.
  const { DuckDBInstance } = await import("@duckdb/node-api");
  // A database file in DuckDB's own folder: what passes the memory limit is written there compressed.
  const instance = await DuckDBInstance.create(`${temp}/lines.duckdb`, {
    memory_limit: options.memoryLimit ?? "3GB",
    temp_directory: temp,
    preserve_insertion_order: "false",
    ...(options.threads !== undefined ? { threads: String(options.threads) } : {}),
  });
  const con = await instance.connect();
  const close = async () => {
    con.closeSync();
    instance.closeSync();
    await Deno.remove(temp, { recursive: true }).catch(() => {});
  };
  try {
    options.onProgress?.({ step: `reading "${file}"`, done: 0, total: 1 });
    const hashing = whole ? Promise.resolve(head.sha256) : sha256Of(path);
    // A run stopped by an error does not wait for the hash; its failure is then nobody's to report.
    hashing.catch(() => {});
    const sql = linesSql(path, plan, columns, reads, roles, options.clean ?? {}, options.read ?? {});
    // A table of the database file, not a temporary one: DuckDB compresses it when it writes it out.
    await run(con, `CREATE TABLE seg_keys AS ${sql.groups}`, file, plan, columns.length);
    await con.run(`CREATE VIEW seg_groups AS ${sql.view}`);
    options.onProgress?.({ step: `reading "${file}"`, done: 1, total: 1 });
    const loadCodes = sql.reasons.filter((r) => r.step === "load").map((r) => r.code);
    const cancelPrefix = roles.invoice !== undefined && (options.clean?.dropCancellations ?? true)
      ? options.clean?.cancellationPrefix ?? "C"
      : null;
    const t = await tallies(con, loadCodes, roles, cancelPrefix, options.snapshot);
    const loadLedger = await loadRules(con, t, path, plan, sql.reasons, file, options.read ?? {});
    if (cancelPrefix !== null) await checkCancellations(con, t, roles, cancelPrefix, file);
    const clean = await cleanRules(con, t, sql.reasons, columns, roles, options.snapshot);
    const rowsRead = t.lines;
    await con.run(
      `CREATE VIEW seg_clean AS SELECT seg_customer, seg_invoice, seg_t, seg_amount, seg_country FROM seg_groups WHERE seg_reason = 0${
        options.snapshot ? ` AND seg_t < ${options.snapshot.getTime()}` : ""
      }`,
    );
    const loadRows = loadLedger.reduce((s, e) => s + e.rows, 0);
    const rowsIn = rowsRead - loadRows;
    const rowsOut = t.kept - t.after;
    const ids = { r: t.customerLines, c: t.customers };
    checkLedger(clean.ledger, rowsIn, rowsOut);
    if (rowsOut === 0) {
      throw new InputError(
        `Cannot segment "${file}": cleaning removed every row; check the role mapping and the cleaning rules`,
        { file },
      );
    }
    const empty = head.table.head(0);
    const loaded: LoadedTable = {
      ...head,
      ledger: loadLedger,
      rowsRead,
      bytes: size,
      sha256: await hashing,
      notes: [...head.notes, { code: "streamed-head", rows: head.rowsRead, mb: headBytes.length / 1048576 }],
    };
    const amountRole = roles.amount ?? derivedAmount(columns);
    const cleaned: CleanTransactionsResult = {
      table: roles.amount ? empty : empty.withColumns(pl.lit(null).cast(pl.Float64).alias(amountRole)),
      ledger: clean.ledger,
      rowsIn,
      rowsOut,
      notes: cleaningNotes(roles, reads, options.clean ?? {}, amountRole),
      removed: empty,
      roles: roles.amount ? roles : { ...roles, amount: amountRole },
    };
    return {
      loaded,
      mapping,
      cleaned,
      head: { rows: head.rowsRead, bytes: headBytes.length },
      hasInvoice: roles.invoice !== undefined,
      customerCounts: { rows: Number(ids.r), customers: Number(ids.c) },
      con,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The name `cleanTransactions` gives the amount it derives from quantity × price. */
function derivedAmount(columns: readonly string[]): string {
  let name = "amount";
  for (let i = 1; columns.includes(name); i++) name = `amount_${i}`;
  return name;
}

/** The file's head, cut after its last complete line, the file's size, and whether the head is the whole file. */
async function headBytesOf(
  path: string,
  max: number,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; size: number; whole: boolean }> {
  const f = await Deno.open(path, { read: true });
  try {
    const size = (await f.stat()).size;
    const buf = new Uint8Array(Math.min(max, size));
    let off = 0;
    while (off < buf.length) {
      const n = await f.read(buf.subarray(off));
      if (n === null) break;
      off += n;
    }
    const whole = off >= size;
    if (whole) return { bytes: buf.subarray(0, off) as Uint8Array<ArrayBuffer>, size, whole };
    const end = buf.subarray(0, off).lastIndexOf(10);
    return { bytes: buf.slice(0, end + 1), size, whole };
  } finally {
    f.close();
  }
}

/** SHA-256 of a file, read in chunks. */
async function sha256Of(path: string): Promise<string> {
  const hash = createHash("sha256");
  const f = await Deno.open(path, { read: true });
  try {
    const buf = new Uint8Array(8 * 1024 * 1024);
    for (;;) {
      const n = await f.read(buf);
      if (n === null) break;
      hash.update(buf.subarray(0, n));
    }
  } finally {
    f.close();
  }
  return hash.digest("hex");
}

/** How DuckDB reads the CSV: delimiter, quote, encoding, lines to skip. */
interface CsvPlan {
  readonly delimiter: string;
  readonly quote: string;
  readonly encoding: "utf-8" | "latin-1";
  readonly skip: number;
}

/** The plan from the head's dialect; refuse what DuckDB's reader does not read as `readTable` does. */
function csvPlan(head: LoadedTable, reads: Readonly<Record<string, ColumnRead>>, file: string): CsvPlan {
  const d = head.dialect;
  const refuse = (what: string) =>
    new StreamRefused(`Cannot stream "${file}": ${what}; read it in memory (the CLI's --engine memory)`);
  if (d.delimiter === " " || head.notes.some((n) => n.code === "whitespace-aligned")) {
    throw refuse("its columns are aligned with spaces");
  }
  const serial = Object.entries(reads).find(([, r]) => r.kind === "serial");
  if (serial) throw refuse(`column "${serial[0]}" holds Excel serial days`);
  return {
    delimiter: d.delimiter,
    quote: d.quote,
    encoding: /1252|latin/i.test(d.encoding) ? "latin-1" : "utf-8",
    skip: head.notes.some((n) => n.code === "sep-line") ? 1 : 0,
  };
}

/** DuckDB's `read_csv` of the plan: every column text, under positional names `c0`, `c1`, ... */
function readCsvSql(path: string, plan: CsvPlan, n: number): string {
  const cols = Array.from({ length: n }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  // Strict, as readTable: a row with another number of fields or a broken quote stops the read.
  return `read_csv(${lit(path)}, header = true, auto_detect = false, delim = ${
    lit(plan.delimiter)
  }, quote = ${lit(plan.quote)}, escape = ${lit(plan.quote)}, encoding = ${
    lit(plan.encoding)
  }, skip = ${plan.skip}, null_padding = false, ` +
    `strict_mode = true, columns = {${cols}})`;
}

/** The SQL of the scan: typed lines, each marked with the first rule it breaks, grouped by every value. */
interface LinesSql {
  /** The query of `seg_keys`: every distinct line's values, its load code, count and reason. */
  readonly groups: string;
  /** The query of the view `seg_groups`: `seg_keys` with the roles under fixed names. */
  readonly view: string;
  /** Reason codes 1.. of the load rules, the bad-cell checks, then the cleaning rules. */
  readonly reasons: readonly Reason[];
}

/** One reason a line is removed: its code in `seg_reason`, ledger reason, step, facts, column, and SQL test. */
interface Reason {
  readonly code: number;
  readonly reason: string;
  readonly step: "load" | "clean";
  readonly facts: Record<string, string | number | readonly string[]>;
  readonly column?: string;
  readonly when: string;
  /** For a bad cell: the column's index, whose raw text the examples show. */
  readonly cell?: number;
  /** For a bad cell: the check stops the run (`badValues: "error"`). */
  readonly stops?: boolean;
  /** What a bad cell is, for the error: `"values that are not numbers"`. */
  readonly what?: string;
}

/** The scan's SQL: text layer, typed layer, reasons, then `GROUP BY` every value with the count of lines. */
function linesSql(
  path: string,
  plan: CsvPlan,
  columns: readonly string[],
  reads: Readonly<Record<string, ColumnRead>>,
  roles: RoleMap,
  clean: CleanTransactionsOptions,
  read: Omit<ReadTableOptions, "onProgress">,
): LinesSql {
  const n = columns.length;
  const idx = (c: string) => columns.indexOf(c);
  const readOf = (i: number): ColumnRead => reads[columns[i]!] ?? { kind: "text" };
  const text = columns.map((_, i) => `${textSql(`c${i}`)} AS t${i}`);
  const typed = columns.map((_, i) => `${typedSql(`t${i}`, readOf(i))} AS w${i}`);
  const reasons: Reason[] = [];
  let code = 0;
  const add = (r: Omit<Reason, "code">) => reasons.push({ ...r, code: ++code });
  add({
    reason: "blank-line",
    step: "load",
    facts: {},
    when: columns.map((_, i) => `t${i} IS NULL`).join(" AND "),
  });
  const header = columns.map((c, i) => `t${i} = ${lit(c)}`).join(" AND ");
  add({ reason: "repeated-header", step: "load", facts: {}, when: header });
  const badValues = read.badValues ?? "error";
  const now = read.now ?? new Date();
  const limitMs = now.getTime() + 86_400_000;
  const limit = new Date(limitMs).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) {
    const r = readOf(i);
    if (r.kind === "text" || r.kind === "empty") continue;
    const kind = r.kind === "number" ? "number" : "date";
    const info = columns[i]!;
    const format = r.kind === "date-format" ? `"${r.format}"` : undefined;
    add({
      reason: `not-${kind}`,
      step: "load",
      facts: format === undefined ? { column: info } : { column: info, format },
      column: info,
      when: r.kind === "number"
        ? `t${i} IS NOT NULL AND (w${i} IS NULL OR NOT isfinite(w${i}))`
        : `t${i} IS NOT NULL AND w${i} IS NULL`,
      cell: i,
      stops: badValues === "error",
      what: r.kind === "number"
        ? "values that are not numbers"
        : "values that are not dates in the column's format",
    });
    if (kind === "date" && (read.futureDates ?? "error") === "error") {
      add({
        reason: "future-date",
        step: "load",
        facts: { column: info, after: limit },
        column: info,
        when: `w${i} > ${limitMs}`,
        cell: i,
        stops: badValues === "error",
        what: `dates in the future (after ${limit})`,
      });
    }
  }
  const loadMark = `CASE ${reasons.map((r) => `WHEN ${r.when} THEN ${r.code}`).join(" ")} ELSE 0 END`;
  const loadCount = reasons.length;
  const q = dialectParts("duckdb");
  const v = (c: string | undefined) => (c === undefined ? null : `v${idx(c)}`);
  // Ids are compared as the in-memory cleaning compares them: normalised text.
  const ids = new Set([roles.customer, roles.invoice].filter((c): c is string => c !== undefined).map(idx));
  const values = columns.map((_, i) => (ids.has(i) ? `${idText(q, `w${i}`)} AS v${i}` : `w${i} AS v${i}`));
  const amount = roles.amount !== undefined
    ? v(roles.amount)!
    : `(${v(roles.quantity)!} * ${v(roles.price)!})`;
  const {
    dropCancellations = true,
    cancellationPrefix = "C",
    dropReturns = true,
    dropNonPositive = true,
  } = clean;
  add({
    reason: "missing-customer",
    step: "clean",
    facts: { column: roles.customer! },
    column: roles.customer!,
    when: "seg_customer IS NULL",
  });
  add({
    reason: "missing-date",
    step: "clean",
    facts: { column: roles.date! },
    column: roles.date!,
    when: "seg_t IS NULL",
  });
  const amountColumn = roles.amount ?? derivedAmount(columns);
  add({
    reason: "missing-amount",
    step: "clean",
    facts: { column: amountColumn },
    column: amountColumn,
    when: "seg_amount IS NULL OR NOT isfinite(seg_amount)",
  });
  if (roles.invoice !== undefined && dropCancellations) {
    add({
      reason: "cancellation",
      step: "clean",
      facts: { column: roles.invoice, prefix: cancellationPrefix },
      column: roles.invoice,
      when: `lower(substr(seg_invoice, 1, ${cancellationPrefix.length})) = ${
        lit(cancellationPrefix.toLowerCase())
      }`,
    });
  }
  const signed = [roles.quantity, roles.amount].filter((c): c is string => c !== undefined);
  if (signed.length > 0 && dropReturns) {
    add({
      reason: "negative",
      step: "clean",
      facts: { columns: signed },
      when: signed.map((c) => `${v(c)} < 0`).join(" OR "),
    });
  }
  if (dropNonPositive) {
    add({
      reason: "non-positive-amount",
      step: "clean",
      facts: { column: amountColumn },
      column: amountColumn,
      when: "seg_amount <= 0",
    });
  }
  const cleaning = reasons.filter((r) => r.code > loadCount);
  const mark = `CASE WHEN seg_load > 0 THEN seg_load ${
    cleaning.map((r) => `WHEN ${r.when} THEN ${r.code}`).join(" ")
  } ELSE 0 END`;
  const bads = [...new Set(reasons.filter((r) => r.cell !== undefined).map((r) => r.cell!))];
  const rawCols = bads.map((i) =>
    `any_value(CASE WHEN list_contains([${
      reasons.filter((r) => r.cell === i).map((r) => r.code).join(", ")
    }], seg_load) THEN c${i} END) AS raw${i}`
  );
  const keys = ["seg_load", ...columns.map((_, i) => `v${i}`)];
  // The role columns under fixed names: a view over the stored values, not stored twice.
  const named = `${v(roles.customer)} AS seg_customer, ${
    roles.invoice !== undefined ? v(roles.invoice) : "CAST(NULL AS VARCHAR)"
  } AS seg_invoice, ${v(roles.date)} AS seg_t, ${amount} AS seg_amount,
    ${roles.country !== undefined ? v(roles.country) : "CAST(NULL AS VARCHAR)"} AS seg_country,
    ${roles.quantity !== undefined ? v(roles.quantity) : "CAST(NULL AS DOUBLE)"} AS seg_quantity,
    ${roles.amount !== undefined ? v(roles.amount) : "CAST(NULL AS DOUBLE)"} AS seg_amount_role`;
  const sql = `
WITH seg_raw AS (SELECT * FROM ${readCsvSql(path, plan, n)}),
seg_text AS (SELECT *, ${text.join(", ")} FROM seg_raw),
seg_typed AS (SELECT *, ${typed.join(", ")} FROM seg_text),
seg_lines AS (SELECT ${bads.map((i) => `c${i}, `).join("")}${
    values.join(", ")
  }, ${loadMark}::UTINYINT AS seg_load FROM seg_typed),
seg_distinct AS (
  SELECT ${[...keys, ...rawCols].join(", ")}, COUNT(*) AS seg_n FROM seg_lines GROUP BY ${keys.join(", ")}
),
seg_named AS (SELECT *, ${named} FROM seg_distinct)
SELECT ${
    [...keys, ...bads.map((i) => `raw${i}`)].join(", ")
  }, seg_n, (${mark})::UTINYINT AS seg_reason FROM seg_named`;
  return { groups: sql, view: `SELECT *, ${named} FROM seg_keys`, reasons };
}

/**
 * Run the scan; DuckDB's CSV errors become the `InputError`s `readTable` gives for the same rows
 * (a row with another number of fields, a broken quote), naming the file and the row.
 */
async function run(
  con: DuckDBConnection,
  sql: string,
  file: string,
  plan: CsvPlan,
  fields: number,
): Promise<void> {
  try {
    await con.run(sql);
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    throw csvError(message, file, plan, fields) ?? csvStateError(message, file, plan) ?? e;
  }
}

/** The `InputError` for one of DuckDB's CSV errors, or `null` for another error. */
function csvError(message: string, file: string, plan: CsvPlan, fields: number): InputError | null {
  const line = /CSV Error on Line: (\d+)/.exec(message);
  if (line === null) return null;
  // DuckDB numbers the file's lines from 1 (the header), as spreadsheet rows, counting a skipped `sep=` line.
  const row = Number(line[1]) - plan.skip;
  const found = /Expected Number of Columns: \d+ Found: (\d+)/.exec(message);
  if (found !== null) {
    return new InputError(
      `Cannot read "${file}": row ${row} has ${
        found[1]
      } fields but the header has ${fields}; the delimiter read was ${
        delimiterName(plan.delimiter)
      }: check it, quote fields that contain it, or fix those rows`,
      { file, row, rows: [row] },
    );
  }
  if (/quote/i.test(message)) {
    return new InputError(
      `Cannot read "${file}": row ${row} has a quoted field (${plan.quote}) that never closes or has text right after its closing quote (like "a"b); fix the quotes in that row`,
      { file, row },
    );
  }
  const what =
    message.split("\n").find((l) => l.trim() !== "" && !/^Original Line|CSV Error on Line/.test(l)) ?? "";
  return new InputError(
    `Cannot read "${file}": row ${row} cannot be read as CSV (${what.trim().slice(0, 160)}); fix that row`,
    { file, row },
  );
}

/** DuckDB's CSV reader gave up without naming a line: the file is read in memory, which names it. */
function csvStateError(message: string, file: string, plan: CsvPlan): InputError | null {
  if (!/CSV/.test(message)) return null;
  const first = message.split("\n")[0]!.replace(/^[A-Za-z ]+Error: /, "").slice(0, 160);
  return new InputError(
    `Cannot stream "${file}" as CSV with delimiter ${
      delimiterName(plan.delimiter)
    }: DuckDB could not read part of it (${first}); read it in memory (engine: "memory", CLI --engine memory), which names the row to fix`,
    { file },
  );
}

/** The one row of a query, as an object. */
async function one(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS()[0] as Record<string, unknown>;
}

/** Rows of a query, as objects. */
async function rows(con: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

/** The load rules' ledger entries (blank lines, repeated headers, bad cells dropped), or the error of a bad cell. */
async function loadRules(
  con: DuckDBConnection,
  t: Tallies,
  path: string,
  plan: CsvPlan,
  reasons: readonly Reason[],
  file: string,
  read: Omit<ReadTableOptions, "onProgress">,
): Promise<LedgerEntry[]> {
  const counts = t.byReason;
  const ledger: LedgerEntry[] = [];
  const bad = reasons.filter((r) => r.cell !== undefined && (counts.get(r.code) ?? 0) > 0);
  if (bad.length > 0 && (read.badValues ?? "error") === "error") {
    const p = bad[0]!;
    const ex = await one(
      con,
      `SELECT raw${p.cell} AS v FROM seg_groups WHERE seg_reason = ${p.code} LIMIT 1`,
    );
    const value = String(ex.v);
    const row = await findRow(path, plan, p.cell!, value);
    const k = counts.get(p.code)!;
    const others = bad.slice(1).map((x) => `column "${x.column}": ${counts.get(x.code)} ${x.what}`);
    throw new InputError(
      `Cannot read "${file}": column "${p.column}" has ${k} ${
        k === 1 ? p.what!.replace(/^values that are/, "value that is").replace(/^dates/, "date") : p.what
      } (e.g. "${value}"${row === null ? "" : ` in row ${row}`})${
        others.length ? `, and ${others.join("; ")}` : ""
      }; fix those cells, or pass badValues: "drop" (CLI --bad-values drop) to drop those rows, recorded in the ledger`,
      { file, column: p.column!, ...(row === null ? {} : { row, rows: [row] }) },
    );
  }
  for (const r of reasons.filter((x) => x.step === "load")) {
    const k = counts.get(r.code) ?? 0;
    if (k === 0) continue;
    const examples: LedgerExample[] = r.cell === undefined ? [] : (await rows(
      con,
      `SELECT raw${r.cell} AS v FROM seg_groups WHERE seg_reason = ${r.code} LIMIT ${MAX_EXAMPLES}`,
    )).map((x) => ({ cells: [{ value: String(x.v) }] }));
    ledger.push(removedEntry(r, k, examples));
  }
  return ledger;
}

/** What the ledger, the checks and the kind decision count, from two passes over the distinct lines. */
interface Tallies {
  /** Lines per reason code (0: kept). */
  readonly byReason: ReadonlyMap<number, number>;
  /** Every line of the file. */
  readonly lines: number;
  /** Kept distinct lines (reason 0), and the lines repeating one of them. */
  readonly kept: number;
  readonly duplicates: number;
  /** Kept distinct lines on or after the snapshot, and before it (0 without a snapshot). */
  readonly after: number;
  readonly before: number;
  /** Customers of the kept lines with only later lines (0 without a snapshot). */
  readonly onlyLater: number;
  /** Loaded lines with a customer id, and the distinct ids. */
  readonly customerLines: number;
  readonly customers: number;
  /** The cancellation check's counts, `null` when the rule does not run. */
  readonly cancel: { invoices: number; cancelled: number; rows: number; positive: number } | null;
}

/** The cancellation rule's test and "a sale" test, over `seg_groups`. */
function cancelTests(roles: RoleMap, prefix: string): { hit: string; positive: string } {
  const hit = `lower(substr(seg_invoice, 1, ${prefix.length})) = ${lit(prefix.toLowerCase())}`;
  const signed = [
    roles.quantity !== undefined ? "seg_quantity" : null,
    roles.amount !== undefined ? "seg_amount_role" : null,
  ].filter((c): c is string => c !== null);
  const positive = signed.length === 0
    ? "FALSE"
    : signed.map((c) => `(${c} > 0 AND NOT isnan(${c}))`).join(" AND ");
  return { hit, positive };
}

/** One pass grouped by reason, and one pass of distinct counts (customers, invoices, the snapshot's customers). */
async function tallies(
  con: DuckDBConnection,
  loadCodes: readonly number[],
  roles: RoleMap,
  cancelPrefix: string | null,
  snapshot: Date | undefined,
): Promise<Tallies> {
  const s = snapshot?.getTime();
  const split = s === undefined
    ? "0 AS a, 0 AS b"
    : `COUNT(*) FILTER (WHERE seg_t >= ${s}) AS a, COUNT(*) FILTER (WHERE seg_t < ${s}) AS b`;
  const byReason = new Map<number, number>();
  let lines = 0, kept = 0, duplicates = 0, after = 0, before = 0;
  for (
    const r of await rows(
      con,
      `SELECT seg_reason AS r, SUM(seg_n) AS n, COUNT(*) AS g, SUM(seg_n - 1) AS d, ${split} FROM seg_groups GROUP BY seg_reason`,
    )
  ) {
    const code = Number(r.r), n = Number(r.n);
    byReason.set(code, n);
    lines += n;
    if (code === 0) [kept, duplicates, after, before] = [Number(r.g), Number(r.d), Number(r.a), Number(r.b)];
  }
  const loaded = loadCodes.length ? `seg_reason NOT IN (${loadCodes.join(", ")})` : "TRUE";
  const c = cancelPrefix === null ? null : cancelTests(roles, cancelPrefix);
  const parts = [
    `COALESCE(SUM(seg_n) FILTER (WHERE ${loaded} AND seg_customer IS NOT NULL), 0) AS cl`,
    `COUNT(DISTINCT seg_customer) FILTER (WHERE ${loaded}) AS cu`,
    ...(c === null ? [] : [
      `COUNT(DISTINCT seg_invoice) FILTER (WHERE ${loaded}) AS i`,
      `COUNT(DISTINCT seg_invoice) FILTER (WHERE ${loaded} AND ${c.hit}) AS c`,
      `COALESCE(SUM(seg_n) FILTER (WHERE ${loaded} AND ${c.hit}), 0) AS hr`,
      `COALESCE(SUM(seg_n) FILTER (WHERE ${loaded} AND ${c.hit} AND ${c.positive}), 0) AS hp`,
    ]),
    ...(s === undefined || after === 0 ? [] : [
      `COUNT(DISTINCT seg_customer) FILTER (WHERE seg_reason = 0) AS ka`,
      `COUNT(DISTINCT seg_customer) FILTER (WHERE seg_reason = 0 AND seg_t < ${s}) AS kb`,
    ]),
  ];
  const d = await one(con, `SELECT ${parts.join(", ")} FROM seg_groups`);
  return {
    byReason,
    lines,
    kept,
    duplicates,
    after,
    before,
    onlyLater: d.ka === undefined ? 0 : Number(d.ka) - Number(d.kb),
    customerLines: Number(d.cl),
    customers: Number(d.cu),
    cancel: c === null
      ? null
      : { invoices: Number(d.i), cancelled: Number(d.c), rows: Number(d.hr), positive: Number(d.hp) },
  };
}

/** The ledger entry of the `rows` lines a load or cleaning rule removed. */
function removedEntry(r: Reason, rows: number, examples: LedgerExample[]): LedgerEntry {
  return {
    step: r.step,
    reason: r.reason,
    facts: r.facts,
    action: "removed",
    rows,
    ...(r.column === undefined ? {} : { column: r.column }),
    examples,
  };
}

/** A day as `YYYY-MM-DD`, or with the time when it is not midnight (UTC), as the snapshot's ledger entry cites it. */
function dayOrTime(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

/** A typed value as a ledger example shows it: dates (epoch ms) as `YYYY-MM-DD HH:MM:SS`. */
function shown(value: unknown, date: boolean): string | number | null {
  if (value === null || value === undefined) return null;
  if (date) return new Date(Number(value)).toISOString().slice(0, 19).replace("T", " ");
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

/**
 * The cleaning rules' ledger entries, in the rules' order (every rule that runs has one, with 0
 * rows if it removed none), then the duplicates (lines repeating a kept line in every value) and
 * the lines on or after the snapshot; examples show the rule's columns (no row numbers: the
 * file is not held in memory).
 */
async function cleanRules(
  con: DuckDBConnection,
  t: Tallies,
  reasons: readonly Reason[],
  columns: readonly string[],
  roles: RoleMap,
  snapshot: Date | undefined,
): Promise<{ ledger: LedgerEntry[] }> {
  const counts = t.byReason;
  const ledger: LedgerEntry[] = [];
  const v = (c: string) => `v${columns.indexOf(c)}`;
  const exampleColumns = (r: Reason): string[] =>
    r.reason === "negative"
      ? [...(r.facts.columns as readonly string[])]
      : r.reason === "missing-amount" || r.reason === "non-positive-amount"
      ? (roles.amount !== undefined ? [roles.amount] : [roles.quantity!, roles.price!])
      : [r.column!];
  for (const r of reasons.filter((x) => x.step === "clean")) {
    const k = counts.get(r.code) ?? 0;
    const cols = exampleColumns(r);
    const examples: LedgerExample[] = k === 0 ? [] : (await rows(
      con,
      `SELECT ${
        cols.map((c, i) => `${v(c)} AS e${i}`).join(", ")
      } FROM seg_groups WHERE seg_reason = ${r.code} LIMIT ${MAX_EXAMPLES}`,
    )).map((x) => ({
      cells: cols.map((c, i) => ({ column: c, value: shown(x[`e${i}`], c === roles.date) })),
    }));
    ledger.push(removedEntry(r, k, examples));
  }
  const dupExamples = t.duplicates === 0 ? [] : await rows(
    con,
    `SELECT seg_customer AS c, seg_t AS t FROM seg_groups WHERE seg_reason = 0 AND seg_n > 1 LIMIT ${MAX_EXAMPLES}`,
  );
  ledger.push({
    step: "clean",
    reason: "duplicate",
    facts: {},
    action: "removed",
    rows: t.duplicates,
    examples: dupExamples.map((x) => ({
      cells: [
        { column: roles.customer!, value: shown(x.c, false) },
        { column: roles.date!, value: shown(x.t, true) },
      ],
    })),
  });
  if (snapshot !== undefined && t.after > 0) {
    const s = snapshot.getTime();
    const rowsAfter = t.after;
    {
      if (t.before === 0) {
        throw new RangeError(
          `Cannot compute RFM at snapshot "${snapshot.toISOString()}": no row is dated before it; pick a later snapshot`,
        );
      }
      const onlyLater = t.onlyLater;
      const ex = await rows(
        con,
        `SELECT seg_customer AS c, seg_t AS t FROM seg_groups WHERE seg_reason = 0 AND seg_t >= ${s} ORDER BY seg_t LIMIT ${MAX_EXAMPLES}`,
      );
      ledger.push({
        step: "rfm",
        reason: "after-snapshot",
        facts: { column: roles.date!, snapshot: dayOrTime(snapshot), customers: onlyLater },
        action: "removed",
        rows: rowsAfter,
        column: roles.date!,
        examples: ex.map((x) => ({
          cells: [
            { column: roles.customer!, value: shown(x.c, false) },
            { column: roles.date!, value: shown(x.t, true) },
          ],
        })),
      });
    }
  }
  return { ledger };
}

/**
 * The cancellation rule's plausibility check over the whole file, as `cleanTransactions` does it
 * (`cancellationShares`): refused with a {@linkcode CancellationRuleError} when implausible.
 */
async function checkCancellations(
  con: DuckDBConnection,
  t: Tallies,
  roles: RoleMap,
  prefix: string,
  file: string,
): Promise<void> {
  const { hit, positive } = cancelTests(roles, prefix);
  const counts = t.cancel!;
  const { share, positiveShare, code } = cancellationShares(counts);
  if (code === null) return;
  const shownIds = await rows(
    con,
    `SELECT DISTINCT seg_invoice AS v FROM seg_groups WHERE ${hit}${
      code === "cancellation-share" ? "" : ` AND ${positive}`
    } ORDER BY v LIMIT ${MAX_EXAMPLES}`,
  );
  const signedColumns = [roles.quantity, roles.amount].filter((c): c is string => c !== undefined);
  throw new CancellationRuleError(code, {
    file,
    column: roles.invoice!,
    prefix,
    invoices: counts.invoices,
    cancelled: counts.cancelled,
    share,
    rows: counts.rows,
    positive: counts.positive,
    positiveShare,
    signed: signedColumns,
    examples: shownIds.map((x) => String(x.v)),
  }, []);
}

/** The cleaning's notes the streamed path can state for the whole file: rules turned off, the amount derived. */
function cleaningNotes(
  roles: RoleMap,
  reads: Readonly<Record<string, ColumnRead>>,
  clean: CleanTransactionsOptions,
  amount: string,
): Warning[] {
  const notes: Warning[] = [];
  const customerRead = reads[roles.customer!];
  if (customerRead?.kind === "number") notes.push({ code: "ids-read-as-numbers", column: roles.customer! });
  if (roles.amount === undefined) {
    notes.push({ code: "amount-derived", a: roles.quantity!, b: roles.price!, new: amount });
  }
  if (roles.invoice !== undefined && clean.dropCancellations === false) {
    notes.push({ code: "rule-off", rule: "cancellation" });
  }
  const signed = [roles.quantity, roles.amount].filter((c) => c !== undefined);
  if (signed.length > 0 && clean.dropReturns === false) notes.push({ code: "rule-off", rule: "negative" });
  if (clean.dropNonPositive === false) notes.push({ code: "rule-off", rule: "non-positive-amount" });
  if (clean.dropDuplicates === false) notes.push({ code: "rule-off", rule: "duplicate" });
  return notes;
}
