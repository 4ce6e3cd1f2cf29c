/**
 * Read a customer or transaction file (CSV, TSV, Parquet, .xlsx) into a typed polars table, with
 * every decision said in words and every row removed recorded in a ledger.
 *
 * @module
 */
import { appendRowNumbers } from "../base/frame.ts";
import pl from "nodejs-polars";
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { InputError } from "../base/errors.ts";
import type { Facts, LedgerEntry, LedgerExample, Note, ProgressCallback } from "../base/types.ts";
import {
  type ColumnDecision,
  type ColumnRead,
  decideColumns,
  isIdName,
  MISSING_PATTERN,
  MISSING_TOKEN_PADDED,
  NEEDS_TRIM,
  RARE,
  ROW,
} from "./_columns.ts";
import { ID_ROLES } from "./_names.ts";
import { totalsRows } from "./_totals.ts";
import { mapRoles } from "./map_roles.ts";
import { decodeBytes, type EncodingReason } from "./_decode.ts";
import { availableMemory, checkMemory } from "../base/memory.ts";
import { scanRecords } from "./_scan.ts";
import { xlsxToCsv } from "./_xlsx.ts";
import { delimiterName } from "./_text.ts";
import { type Dialect, sniffDialect } from "./sniff_dialect.ts";
import { whitespaceCsv } from "./_whitespace.ts";

/** Name of the Int32 column `readTable` adds: the spreadsheet row of each record (header = 1). */
export const ROW_COLUMN: "__row" = ROW;

export type { ColumnRead };
export type { FamilyId } from "./_dates.ts";

/** What one column of a {@linkcode LoadedTable} holds. */
export interface ColumnInfo {
  /** The header, as in the file (BOM removed, trimmed). */
  readonly name: string;
  /** `number` (Float64), `date` (Datetime ms, naive UTC), `text` (Utf8), `empty` (every cell missing). */
  readonly kind: "number" | "date" | "text" | "empty";
  /** Missing cells in the rows kept. */
  readonly missing: number;
  /** How dates were read, e.g. `"M/D/YYYY H:MM:SS"`. */
  readonly dateFormat?: string;
  /** The decimal separator of a number column. */
  readonly decimal?: "." | ",";
  /** Currency of a money column, ISO 4217, detected from symbols or codes in its cells (`"EUR"`, `"IDR"`). */
  readonly currency?: string;
  /** A number column written as percentages (`45.5%`, read as 45.5): its values are percentage points. */
  readonly percent?: boolean;
}

/** Options for {@linkcode readTable}. Anything given is used as is instead of guessed. */
export interface ReadTableOptions {
  /** Field delimiter (`","`, `";"`, `"\t"`, `"|"`). @default {guessed} */
  delimiter?: string;
  /**
   * Decimal separator, for every column or per column name (`{ Monto: "," }`). When the values
   * of a column read both ways (`30.663`, `1,250`) and nothing in the file decides, `readTable`
   * stops and asks for this option. @default {guessed per column, from strong evidence only}
   */
  decimal?: "." | "," | Readonly<Record<string, "." | ",">>;
  /** Thousands separator (`"."`, `","`, `" "`, `"'"`). @default {guessed} */
  thousands?: string;
  /** Text encoding. @default {guessed: UTF-8, else latin-1 (Windows-1252)} */
  encoding?: "utf-8" | "latin-1";
  /** A chrono format (`"%d/%m/%Y"`) for every date column, or per column name. @default {guessed} */
  dateFormat?: string | Record<string, string>;
  /** Read `/`, `.` and `-` dates whose values do not show the order (no part above 12) day first (`true`) or month first (`false`). @default {the order another date column of the file shows, else an "ambiguous dates" error} */
  dayFirst?: boolean;
  /** What to do with cells that do not fit their column: stop with an error, or drop their rows into the ledger. @default {"error"} */
  badValues?: "error" | "drop";
  /** Dates after `now` + 1 day: `"error"` treats them as bad values (see `badValues`), `"keep"` keeps them. @default {"error"} */
  futureDates?: "error" | "keep";
  /** The current time, for the future-dates check. @default {new Date()} */
  now?: Date;
  /** Called as the file is read and typed. */
  onProgress?: ProgressCallback;
  /** The file's name in messages. @default {the path's last part} */
  name?: string;
  /** The sheet of an `.xlsx` workbook to read, by name or 1-based number. @default {the first sheet} */
  sheet?: string | number;
}

/** A file read by {@linkcode readTable}. */
export interface LoadedTable {
  /** The typed table: the user's headers, plus {@linkcode ROW_COLUMN}. */
  readonly table: pl.DataFrame;
  /** The file's display name. */
  readonly file: string;
  /** The format read. */
  readonly format: "csv" | "parquet" | "xlsx";
  /** How the text was written (for Parquet: the defaults, with a reason saying so). */
  readonly dialect: Dialect;
  /** Every column except {@linkcode ROW_COLUMN}, in file order. */
  readonly columns: readonly ColumnInfo[];
  /** The loader's decisions as typed facts (`noteText` in `lib/text/` says each in words). */
  readonly notes: readonly Note[];
  /** Rows removed while loading: blank lines, totals rows, rows with bad values. */
  readonly ledger: readonly LedgerEntry[];
  /** SHA-256 of the file's bytes, hex. */
  readonly sha256: string;
  /** Size of the file in bytes. */
  readonly bytes: number;
  /** Data rows in the file (header excluded): `table.height` + rows in the ledger. */
  readonly rowsRead: number;
}

function isText(t: pl.DataType): boolean {
  return t.variant === "String" || t.variant === "Utf8";
}

function rowList(rows: readonly number[], total: number): string {
  const shown = rows.slice(0, 10).join(", ");
  return total > rows.length || rows.length > 10 ? `${shown}, ...` : shown;
}

async function readBytes(
  path: string,
  file: string,
  onProgress?: ProgressCallback,
): Promise<Uint8Array<ArrayBuffer>> {
  let stat: Deno.FileInfo;
  try {
    stat = await Deno.stat(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new InputError(
        `Cannot read "${file}": there is no file at "${path}"; check the path and its spelling`,
        {
          file,
        },
      );
    }
    if (e instanceof Deno.errors.PermissionDenied || (e as Error).name === "NotCapable") {
      throw new InputError(
        `Cannot read "${file}": permission to read "${path}" was denied; run with --allow-read for that path`,
        { file },
      );
    }
    throw new InputError(`Cannot read "${file}": ${(e as Error).message}; check the path`, { file });
  }
  if (!stat.isFile) {
    throw new InputError(
      `Cannot read "${file}": "${path}" is a folder, not a file; give the path of a file in it`,
      {
        file,
      },
    );
  }
  const available = availableMemory();
  const memory = available === null ? null : checkMemory(stat.size, available, { file, step: "read" });
  if (memory !== null && !memory.fits) throw new InputError(memory.message, { file });
  const out = new Uint8Array(stat.size);
  using handle = await Deno.open(path, { read: true });
  let done = 0;
  const step = `reading "${file}"`;
  onProgress?.({ step, done, total: stat.size });
  while (done < out.length) {
    const n = await handle.read(out.subarray(done, Math.min(out.length, done + (1 << 24))));
    if (n === null) break;
    done += n;
    onProgress?.({ step, done, total: stat.size });
  }
  return done === out.length ? out : out.subarray(0, done);
}

/** Free the memory of byte arrays no longer needed (their views become empty). */
function releaseBytes(...arrays: Uint8Array[]): void {
  for (const a of arrays) {
    const b = a.buffer;
    if (b instanceof ArrayBuffer && !b.detached) b.transfer(0);
  }
}

function parquetDialect(): Dialect {
  return {
    delimiter: ",",
    quote: '"',
    decimal: ".",
    thousands: null,
    lineEnding: "\n",
    bom: false,
    encoding: "utf-8",
    reasons: [{ code: "parquet-typed" }],
  };
}

function polarsFailure(file: string, e: unknown): InputError {
  const first = String((e as Error)?.message ?? e).split("\n")[0].slice(0, 200);
  return new InputError(
    `Cannot read "${file}": the CSV reader failed (${first}); check that it is a CSV file`,
    {
      file,
    },
  );
}

/** Parse the CSV bytes into an all-text table with the row column, after the structural checks. */
function parseCsv(
  bytes: Uint8Array,
  file: string,
  options: ReadTableOptions,
  encodingReason: EncodingReason,
  encoding: string,
): { df: pl.DataFrame; dialect: Dialect } {
  const sample = new TextDecoder().decode(bytes.subarray(0, 1 << 16));
  if (sample.trim() === "") {
    throw new InputError(
      `Cannot read "${file}": the file is empty; export the data again with a header row`,
      {
        file,
      },
    );
  }
  const sniffed = sniffDialect(sample, {
    encoding,
    ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
    ...(typeof options.decimal === "string" ? { decimal: options.decimal } : {}),
    ...(options.thousands !== undefined ? { thousands: options.thousands } : {}),
  });
  const dialect: Dialect = {
    ...sniffed,
    bom: encoding === "utf-8-bom",
    reasons: [{ code: "encoding", encoding, why: encodingReason }, ...sniffed.reasons],
  };
  const { delimiter, quote } = dialect;
  const scan = checkStructure(bytes, sample, file, options, dialect);
  let df: pl.DataFrame;
  try {
    df = pl.readCSV(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      sep: delimiter,
      quoteChar: quote,
      hasHeader: true,
      inferSchemaLength: 0,
    });
  } catch (e) {
    throw polarsFailure(file, e);
  }
  if (df.height !== scan.records - 1) {
    throw new InputError(
      `Cannot read "${file}": the CSV reader found ${df.height} data rows where the file has ${
        scan.records - 1
      }; check its quotes and line ends`,
      { file },
    );
  }
  if (df.columns.some((c) => c.replace(/^\uFEFF/, "").trim() === ROW)) {
    throw new InputError(
      `Cannot read "${file}": it has a column named "${ROW}", a name segmenta keeps for row numbers; rename that column`,
      { file, column: ROW },
    );
  }
  return { df: appendRowNumbers(df), dialect };
}

/**
 * Scan the records and refuse what the CSV reader would misread: a bad delimiter, an unclosed
 * or stray quote, a delimiter that makes every row one column when another splits it, ragged
 * rows, and no data rows.
 */
function checkStructure(
  bytes: Uint8Array,
  sample: string,
  file: string,
  options: ReadTableOptions,
  dialect: Dialect,
): ReturnType<typeof scanRecords> {
  const { delimiter, quote } = dialect;
  if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 127 || /[\r\n"]/.test(delimiter)) {
    throw new RangeError(
      `Cannot read "${file}" with delimiter ${
        delimiterName(delimiter)
      }: the delimiter must be one ASCII character other than a quote or line end`,
    );
  }
  const scan = scanRecords(bytes, delimiter, quote);
  if (scan.unclosedQuoteRow !== null) {
    throw new InputError(
      `Cannot read "${file}": row ${scan.unclosedQuoteRow} opens a quoted field (${quote}) that never closes; fix the quotes in that row`,
      { file, row: scan.unclosedQuoteRow },
    );
  }
  if (scan.strayQuoteRow !== null) {
    throw new InputError(
      `Cannot read "${file}": row ${scan.strayQuoteRow} has text right after a closing quote (like "a"b); fix the quotes in that row`,
      { file, row: scan.strayQuoteRow },
    );
  }
  if (scan.headerFields === 1 && options.delimiter !== undefined) {
    const auto = sniffDialect(sample);
    if (auto.delimiter !== options.delimiter && splitCount(sample, auto.delimiter) > 1) {
      throw new InputError(
        `Cannot read "${file}" with delimiter ${
          delimiterName(options.delimiter)
        }: every row is then one column, but the file looks ${
          delimiterName(auto.delimiter)
        }-separated; pass delimiter: "${
          auto.delimiter === "\t" ? "\\t" : auto.delimiter
        }" or leave it out to guess`,
        { file },
      );
    }
  }
  if (scan.raggedCount > 0) {
    const r = scan.ragged[0];
    const more = scan.raggedCount > 1
      ? ` (${scan.raggedCount} rows in all: ${rowList(scan.ragged.map((x) => x.row), scan.raggedCount)})`
      : "";
    throw new InputError(
      `Cannot read "${file}": row ${r.row} has ${r.fields} fields but the header has ${scan.headerFields}${more}; the delimiter read was ${
        delimiterName(delimiter)
      }: check it, quote fields that contain it, or fix those rows`,
      { file, row: r.row, rows: scan.ragged.map((x) => x.row) },
    );
  }
  if (scan.records - 1 - scan.blankCount <= 0) {
    throw new InputError(
      `Cannot read "${file}": it has a header but no data rows; export the data again with its rows`,
      { file, row: 1 },
    );
  }
  return scan;
}

/** Cast the typed columns of a Parquet file to the contract: Float64, Datetime("ms"), text for ids. */
function castTyped(
  df: pl.DataFrame,
  columns: readonly string[],
  file: string,
  notes: Note[],
): pl.DataFrame {
  const roles = mapRoles(columns).roles;
  const ids = new Set(ID_ROLES.map((r) => roles[r]).filter((c): c is string => c !== undefined));
  const exprs = columns.map((c) => {
    const v = df.getColumn(c).dtype.variant;
    if (v === "Date" || v === "Datetime") return pl.col(c).cast(pl.Datetime("ms"));
    if (/^U?Int\d+$/.test(v) && isIdName(c, ids)) return pl.col(c).cast(pl.Utf8);
    if (/^(U?Int\d+|Float\d+|Decimal)$/.test(v)) {
      const x = pl.col(c).cast(pl.Float64);
      return pl.when(x.isNan().or(x.isInfinite())).then(pl.lit(null).cast(pl.Float64)).otherwise(x).alias(c);
    }
    if (v === "Bool" || v === "Categorical" || v === "Enum") return pl.col(c).cast(pl.Utf8);
    throw new InputError(
      `Cannot read "${file}": column "${c}" has the Parquet type ${v}, which segmenta cannot use; write it as numbers, dates or text`,
      { file, column: c },
    );
  });
  const nonFinite = columns.filter((c) => /^Float\d+$/.test(df.getColumn(c).dtype.variant));
  if (nonFinite.length > 0) {
    const counts = df.select(
      ...nonFinite.map((c) => pl.col(c).isNan().or(pl.col(c).isInfinite()).sum().alias(c)),
    ).toRecords()[0];
    for (const c of nonFinite) {
      const k = Number(counts[c] ?? 0);
      if (k > 0) notes.push({ code: "non-finite-read-missing", column: c, n: k });
    }
  }
  return df.withColumns(...exprs);
}

function splitCount(sample: string, delimiter: string): number {
  const line = sample.split(/\r?\n/)[0] ?? "";
  return line.split(delimiter).length;
}

/**
 * Trim headers, name empty ones, make duplicates unique; returns the new names and notes.
 * polars keeps the doubled quotes of a quoted header (`"a ""b"""` gives `a ""b""`): they are
 * unescaped here as RFC 4180 says (`a "b"`).
 */
function cleanHeaders(raw: readonly string[], file: string): { names: string[]; notes: Note[] } {
  const notes: Note[] = [];
  const seen = new Set<string>();
  const names = raw.map((h, i) => {
    let name = h.replace(/^\uFEFF/, "").replaceAll('""', '"').trim();
    if (name === ROW) {
      throw new InputError(
        `Cannot read "${file}": it has a column named "${ROW}", a name segmenta keeps for row numbers; rename that column`,
        { file, column: ROW },
      );
    }
    if (name === "" || /_duplicated_\d+$/.test(name)) {
      const base = name === "" ? `column ${i + 1}` : name.replace(/_duplicated_\d+$/, "");
      name = base;
      for (let k = 2; seen.has(name); k++) name = `${base} (${k})`;
      notes.push(
        h.trim() === ""
          ? { code: "header-missing", index: i + 1, name }
          : { code: "header-repeated", header: base, name },
      );
    }
    for (let k = 2; seen.has(name); k++) name = `${h.trim()} (${k})`;
    seen.add(name);
    return name;
  });
  return { names, notes };
}

/**
 * Rows whose cells are all missing or blank. A trimmed text column (in `trimmed`) holds no
 * blank cell (they became missing), so it is only tested for missing values.
 */
function blankRows(columns: readonly string[], trimmed: ReadonlySet<string>): pl.Expr {
  return columns
    .map((c) =>
      trimmed.has(c)
        ? pl.col(c).isNull()
        : pl.col(c).isNull().or(pl.col(c).cast(pl.Utf8).str.strip().eq(pl.lit("")))
    )
    .reduce((a, b) => a.and(b));
}

/** Drop the rows where `where` holds into one ledger entry, with up to 5 examples. */
function dropWithLedger(
  df: pl.DataFrame,
  where: pl.Expr,
  entry: Omit<LedgerEntry, "rows" | "examples">,
  example: (r: Record<string, unknown>) => LedgerExample,
  ledger: LedgerEntry[],
): pl.DataFrame {
  const hit = df.filter(where);
  if (hit.height === 0) return df;
  const examples = hit.head(5).toRecords().map(example);
  ledger.push({ ...entry, rows: hit.height, examples });
  return df.filter(where.not());
}

/**
 * Read a CSV/TSV/TXT, Parquet or .xlsx file into a typed polars table.
 *
 * CSV: the file is read as bytes; binary files renamed `.csv` (gzip, zip/xlsx, Parquet, PDF,
 * ...) are named. The encoding is UTF-8 (with or without BOM), UTF-16 with BOM, or else
 * latin-1 (Windows-1252); an Excel `sep=;` first line names the delimiter (and is skipped,
 * with a note); else the dialect comes from {@linkcode sniffDialect}; every row must have
 * the header's number of fields. Every cell is read as text (polars' own type inference fails
 * on real files), trimmed, and `""`, `NA`, `N/A`, `#N/A`, `null`, `None`, `NaN`, `-`, `--`,
 * `?` become missing. Then each column is decided from all its values: numbers (at least 80%
 * of its values read as numbers with one decimal separator, cast to Float64; a column whose
 * name says it holds identifiers, or whose values have leading zeros, stays text), dates (at
 * least 80% of its values in one of M/D/YYYY, D/M/YYYY, YYYY-MM-DD[ HH:MM:SS][±HH:MM|Z],
 * YYYY/MM/DD, D.M.YYYY, D-M-YYYY, two-digit years, AM/PM times, month names in English, Spanish
 * or Indonesian (`04-Mar-2021`, `4 ene 2021`, `4 Agustus 2021`, `Mar 4, 2021`); read into
 * Datetime("ms") in UTC: a time with an offset is converted to UTC, one without is kept as
 * written), or text. A number column named like the transaction date whose values are all whole
 * numbers from 18264 to 73050 is read as Excel serial days (1950 to 2099). Cells that do not
 * fit their column (text in a number column, `Infinity`, an impossible date, a date after
 * `now` + 1 day) stop the load with an error that lists their rows, or with `badValues: "drop"`
 * drop their rows into the ledger. Blank lines, rows that repeat the header, and totals rows at
 * the end (numbers equal to the sums of the rows above, or no id and no date; a label such as
 * "Total" is no evidence) are dropped into the ledger. The table gets an Int32 column
 * {@linkcode ROW_COLUMN} with each row's spreadsheet row (header = 1).
 *
 * Parquet columns keep their types: numbers become Float64, dates Datetime("ms"); text
 * columns are decided as for CSV. An `.xlsx` workbook's sheet (the first, or `sheet`) is read
 * with the `read-excel-file` package and then decided as a CSV whose numbers and dates come
 * from the cells (times rounded to the second, as Excel stores fractions of a day); when no
 * sheet is named and the first holds no table, the error lists the sheets.
 *
 * Number cells may carry a currency sign or code before or after (`Rp 117.000`, `1 234,50 €`,
 * `USD 12.00`; the column's ISO 4217 code goes to `ColumnInfo.currency`), space, no-break-space
 * or apostrophe digit groups, accounting negatives (`(12.50)`, `12.50-`) and a `%` (read as
 * percentage points, `ColumnInfo.percent`). Each column's decimal mark comes from strong
 * evidence only: a value that reads one way (`12.5`, `1.234.567`, `1.234,50`), else, where every
 * mark is followed by exactly 3 digits (`30.663`), the column's currency (no IDR or EUR amount has
 * 3 decimals) or the file's other number columns. When nothing decides, the load stops with an
 * `InputError` whose `problem` is `"decimal-ambiguous"` (examples read both ways, and the option
 * `decimal` that settles it).
 *
 * Day and month order of `/`, `.` and `-` dates comes from strong evidence only: a value with a
 * part above 12 in the column, else `dayFirst`, else the order another date column of the same
 * file shows by its values. Otherwise, when some value reads differently in the two orders, the
 * load stops with an {@linkcode InputError} whose `fact` is `"dates-ambiguous"` (examples read
 * both ways; `dayFirst` or `dateFormat` is the fix). The file's language, delimiter or decimal
 * mark are not taken as evidence: the Spanish reference invoices use decimal commas and
 * month-first dates. `NaN` cells are missing (and counted in the notes); `Infinity` is not a number.
 *
 * @param path Path of the file.
 * @param options Dialect choices, bad-value policy, progress callback, display name.
 * @returns The typed table, its dialect, columns, notes, ledger, hash and row counts.
 * @throws {InputError} When the file does not exist, is binary, empty, header-only, ragged,
 *   too large for memory, has text in a number column, numbers whose decimal mark nothing
 *   decides, dates in two formats, in an ambiguous day/month order or in the future (with
 *   `badValues: "error"`), or is an old `.xls`/`.ods` workbook, an unreadable `.xlsx`, or one
 *   whose first sheet holds no table.
 *
 * @example Semicolons, decimal commas and day-first dates
 * ```ts
 * import { readTable, ROW_COLUMN } from "./read_table.ts";
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/t.csv`, "Cliente;Fecha;Monto\nA;31/01/2021;1.234,5\n\nB;01/02/2021;7,25\n");
 * const t = await readTable(`${dir}/t.csv`);
 * assert.equal(t.dialect.delimiter, ";");
 * assert.deepEqual(t.table.getColumn("Monto").toArray(), [1234.5, 7.25]);
 * assert.deepEqual(t.table.getColumn(ROW_COLUMN).toArray(), [2, 4]);
 * assert.equal(t.columns[1].dateFormat, "D/M/YYYY");
 * assert.equal(t.ledger[0].reason, "blank-line");
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @example Whole euros, and numbers that read two ways
 * ```ts
 * import { readTable } from "./read_table.ts";
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/e.csv`, "cliente;importe\nA;30.663 €\nB;1.250 €\n");
 * const euros = await readTable(`${dir}/e.csv`);
 * assert.deepEqual(euros.table.getColumn("importe").toArray(), [30663, 1250]);
 * assert.equal(euros.columns[1].currency, "EUR");
 * await Deno.writeTextFile(`${dir}/a.csv`, "cliente;importe\nA;30.663\nB;1.250\n");
 * await assert.rejects(() => readTable(`${dir}/a.csv`), /column "importe" read two ways/);
 * const told = await readTable(`${dir}/a.csv`, { decimal: { importe: "," } });
 * assert.deepEqual(told.table.getColumn("importe").toArray(), [30663, 1250]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<LoadedTable> {
  const { onProgress, name: file = path.split(/[\\/]/).pop() || path } = options;
  const ext = (/\.([^.\\/]+)$/.exec(path)?.[1] ?? "").toLowerCase();
  refuseOldWorkbook(ext, file);
  const raw = await readBytes(path, file, onProgress);
  return (await readTableBytes(raw, ext, { ...options, name: file })).loaded;
}

/**
 * {@linkcode readTable} on bytes already read (`ext` names the format: `"csv"`, `"parquet"`,
 * `"xlsx"`), with how each text column's cells were read as data (`reads`, by column name): the
 * streamed path (`lib/scan/`) decides the columns on the head of a large file this way, then
 * reads the whole file with the same rules in SQL.
 */
export async function readTableBytes(
  raw: Uint8Array<ArrayBuffer>,
  ext: string,
  options: ReadTableOptions & { readonly name: string },
): Promise<{ loaded: LoadedTable; reads: Readonly<Record<string, ColumnRead>> }> {
  const {
    badValues = "error",
    futureDates = "error",
    now = new Date(),
    onProgress,
    name: file,
  } = options;
  const size = raw.length;
  // node:crypto hashes the bytes where they are; WebCrypto's digest copies them first.
  const sha256 = createHash("sha256").update(raw).digest("hex");
  if (raw.length === 0) {
    throw new InputError(`Cannot read "${file}": the file is empty (0 bytes); export the data again`, {
      file,
    });
  }
  const notes: Note[] = [];
  const ledger: LedgerEntry[] = [];
  const parsed = await parseFile(raw, ext, file, options, notes);
  const { dialect, format } = parsed;
  onProgress?.({ step: `typing "${file}"`, done: 0, total: 1 });
  const { df: named, columns, written } = renameHeaders(parsed.df, file, notes);
  let df = named;
  const rowsRead = df.height;
  if (rowsRead === 0) {
    throw new InputError(
      `Cannot read "${file}": it has a header but no data rows; export the data again with its rows`,
      { file, row: 1 },
    );
  }

  // Columns that are already typed (Parquet) are cast to the contract; text columns are decided below.
  const textColumns = columns.filter((c) => isText(df.getColumn(c).dtype));
  const typedColumns = columns.filter((c) => !textColumns.includes(c));
  if (typedColumns.length > 0) df = castTyped(df, typedColumns, file, notes);
  const trimmed = trimAndMarkMissing(df, textColumns, notes);
  df = trimmed.df;
  if (columns.length > 0) df = dropBlankAndHeaders(df, columns, textColumns, written, ledger);
  if (df.height === 0) {
    throw new InputError(
      `Cannot read "${file}": every data row is blank; export the data again with its rows`,
      { file },
    );
  }

  // Decide each text column from all its values.
  const decided = decideColumns(df, textColumns, {
    file,
    decimal: options.decimal ??
      (options.thousands === "." ? "," : options.thousands === "," ? "." : undefined),
    fileDecimal: dialect.decimal,
    writtenDecimal: format === "xlsx" ? "." : undefined,
    thousands: options.thousands,
    dateFormat: options.dateFormat,
    dayFirst: options.dayFirst,
    now,
    futureDates,
    rareFree: trimmed.rareFree,
  });
  const { decisions } = decided;
  notes.push(...decided.notes);
  df = dropTotals(decided.df, columns, decisions, ledger);
  onProgress?.({ step: `typing "${file}"`, done: 1, total: 1 });
  df = typeColumns(df, decisions, { columns, file, badValues, now }, ledger);
  const loaded: LoadedTable = {
    table: df,
    file,
    format,
    dialect,
    columns: describeColumns(df, columns, decisions),
    notes,
    ledger,
    sha256,
    bytes: size,
    rowsRead,
  };
  return { loaded, reads: Object.fromEntries(decisions.map((d) => [d.name, d.read])) };
}

/** Old and other workbooks (.xls, .ods, .xlsb) are not read: say how to save the sheet as CSV. */
function refuseOldWorkbook(ext: string, file: string): void {
  if (ext === "xls" || ext === "ods" || ext === "xlsb") {
    throw new InputError(
      `Cannot read "${file}": spreadsheet workbooks (.${ext}) are not read directly; open it in Excel or LibreOffice and save the sheet as "CSV UTF-8", then read that file`,
      { file },
    );
  }
}

/** A file's rows before typing: every cell text (CSV, .xlsx) or typed (Parquet), with the row column. */
interface ParsedFile {
  readonly df: pl.DataFrame;
  readonly dialect: Dialect;
  readonly format: LoadedTable["format"];
}

/** Parse the bytes by the file's extension: Parquet, an .xlsx workbook, or CSV text. */
async function parseFile(
  raw: Uint8Array<ArrayBuffer>,
  ext: string,
  file: string,
  options: ReadTableOptions,
  notes: Note[],
): Promise<ParsedFile> {
  if (ext === "parquet" || ext === "pq") {
    let df: pl.DataFrame;
    try {
      df = pl.readParquet(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
    } catch (e) {
      throw new InputError(
        `Cannot read "${file}": it is not a readable Parquet file (${
          String((e as Error)?.message ?? e).split("\n")[0].slice(0, 160)
        }); check that the file is complete`,
        { file },
      );
    }
    if (df.columns.includes(ROW)) {
      throw new InputError(
        `Cannot read "${file}": it has a column named "${ROW}", which segmenta keeps for row numbers; rename it`,
        {
          file,
          column: ROW,
        },
      );
    }
    return { df: appendRowNumbers(df), dialect: parquetDialect(), format: "parquet" };
  }
  if (ext === "xlsx" || ext === "xlsm") {
    const { csv, note } = await xlsxToCsv(raw, file, options.sheet);
    notes.push(note);
    // The workbook's CSV is UTF-8 we wrote; its dialect reasons are replaced below.
    const parsed = parseCsv(csv, file, { ...options, delimiter: ",", decimal: "." }, "utf-8-valid", "utf-8");
    const dialect = { ...parsed.dialect, reasons: [{ code: "xlsx-typed" }] };
    return { df: parsed.df, dialect, format: "xlsx" };
  }
  const decoded = decodeBytes(raw, file, options.encoding);
  if (decoded.encoding === "windows-1252") notes.push({ code: "latin-1-read", why: decoded.reason });
  const sep = sepLine(decoded.bytes);
  const text = sep === null ? decoded.bytes : decoded.bytes.subarray(sep.length);
  if (sep !== null) notes.push({ code: "sep-line", delimiter: sep.delimiter });
  const csvOptions = sep === null || options.delimiter !== undefined
    ? options
    : { ...options, delimiter: sep.delimiter };
  const spaced = csvOptions.delimiter === undefined ? whitespaceCsv(text) : null; // CDNOW's layout
  if (spaced) notes.push(spaced.note);
  let parsed = spaced
    ? parseCsv(
      spaced.bytes,
      file,
      { ...options, delimiter: ",", decimal: "." },
      decoded.reason,
      decoded.encoding,
    )
    : parseCsv(text, file, csvOptions, decoded.reason, decoded.encoding);
  if (sep !== null && options.delimiter === undefined) {
    // The delimiter came from the file's own "sep=" line, not from the user.
    const reasons = parsed.dialect.reasons.map((r) =>
      r.code === "delimiter-asked" ? { code: "delimiter-sep-line", delimiter: sep.delimiter } : r
    );
    parsed = { ...parsed, dialect: { ...parsed.dialect, reasons } };
  }
  // polars holds its own copy of every cell now: give the file's bytes back at once, not
  // whenever the garbage collector runs.
  releaseBytes(decoded.bytes, raw);
  if (spaced) {
    // No header: the first record is row 1, not 2; the delimiter is runs of spaces.
    const dialect = { ...parsed.dialect, delimiter: " ", reasons: [parsed.dialect.reasons[0]!, spaced.note] };
    return { df: parsed.df.withColumns(pl.col(ROW).minus(1).cast(pl.Int32)), dialect, format: "csv" };
  }
  return { df: parsed.df, dialect: parsed.dialect, format: "csv" };
}

/**
 * Excel's `sep=;` first line (optionally quoted, after a byte order mark): the delimiter it
 * names and the bytes it takes, or `null`. Excel hides the line, so row numbers do not count it.
 */
function sepLine(bytes: Uint8Array): { delimiter: string; length: number } | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 16));
  const m = /^(\uFEFF?)"?sep=([^\r\n"])"?(\r\n|\n|\r)/i.exec(head);
  if (m === null) return null;
  const bom = m[1] === "" ? 0 : 3;
  return { delimiter: m[2]!, length: bom + new TextEncoder().encode(m[0].slice(m[1]!.length)).length };
}

/** The row column first, then the user's columns under their cleaned headers (see {@linkcode cleanHeaders}). */
function renameHeaders(
  df: pl.DataFrame,
  file: string,
  notes: Note[],
): { df: pl.DataFrame; columns: string[]; written: (string | null)[] } {
  const rawNames = df.columns.filter((c) => c !== ROW);
  const headers = cleanHeaders(rawNames, file);
  notes.push(...headers.notes);
  const columns = headers.names;
  // The headers as a repeated header row would hold them (trimmed; none for an empty header).
  const written = rawNames.map((h) => {
    const t = h.replace(/^\uFEFF/, "").replaceAll('""', '"').replace(/_duplicated_\d+$/, "").trim();
    return t === "" ? null : t;
  });
  return {
    df: df.select(pl.col(ROW), ...rawNames.map((c, i) => pl.col(c).alias(columns[i]))),
    columns,
    written,
  };
}

/**
 * Trim text cells; missing tokens become null (and are counted in `notes`). Boolean checks
 * first, on the cells as read: only a column with something to trim or to make missing is
 * rewritten, as a rewrite copies the whole column. One pass per column tests that and
 * {@linkcode RARE} (leading zeros, decorations) together: a column with none of them is
 * returned in `rareFree` (trimming leaves it as it is, so the shape count need not test it
 * again); the others are tested apart, and the missing tokens counted where there are some.
 */
function trimAndMarkMissing(
  df: pl.DataFrame,
  textColumns: readonly string[],
  notes: Note[],
): { df: pl.DataFrame; rareFree: Set<string> } {
  const sums = (columns: readonly string[], pattern: string) =>
    columns.length
      ? df.select(...columns.map((c, i) => pl.col(c).str.contains(pattern).sum().alias(`${i}`)))
        .toRecords()[0] as Record<string, unknown>
      : {};
  const either = `(?:${MISSING_TOKEN_PADDED})|(?:${NEEDS_TRIM})`;
  const any = sums(textColumns, `${either}|(?:${RARE})`);
  const rareFree = new Set(textColumns.filter((_, i) => Number(any[`${i}`] ?? 0) === 0));
  const some = textColumns.filter((c) => !rareFree.has(c));
  const checks = sums(some, either);
  const toTrim = some.filter((_, i) => Number(checks[`${i}`] ?? 0) > 0);
  const tokens = sums(toTrim, MISSING_TOKEN_PADDED);
  const tokenCounts: Record<string, number> = {};
  for (const [i, c] of toTrim.entries()) tokenCounts[c] = Number(tokens[`${i}`] ?? 0);
  let out = df;
  if (toTrim.length > 0) {
    out = df.withColumns(
      ...toTrim.map((c) => {
        const t = pl.col(c).str.strip();
        return pl.when(t.str.contains(MISSING_PATTERN)).then(pl.lit(null).cast(pl.Utf8)).otherwise(t).alias(
          c,
        );
      }),
    );
  }
  for (const c of textColumns) {
    const k = Number(tokenCounts[c] ?? 0);
    if (k > 0) notes.push({ code: "missing-tokens-read", column: c, n: k });
  }
  return { df: out, rareFree };
}

/**
 * Drop blank lines, and rows that repeat the header (every cell equal to its column's header, as
 * when files are concatenated with their headers), into the ledger.
 */
function dropBlankAndHeaders(
  df: pl.DataFrame,
  columns: readonly string[],
  textColumns: readonly string[],
  written: readonly (string | null)[],
  ledger: LedgerEntry[],
): pl.DataFrame {
  const out = dropWithLedger(
    df,
    blankRows(columns, new Set(textColumns)),
    { step: "load", reason: "blank-line", facts: {}, action: "removed" },
    (r) => ({ row: Number(r[ROW]) }),
    ledger,
  );
  if (textColumns.length < columns.length || written.every((h) => h === null)) return out;
  const repeated = columns
    .map((c, i) =>
      written[i] === null ? pl.col(c).isNull() : pl.col(c).eq(pl.lit(written[i])).fillNull(false)
    )
    .reduce((a, b) => a.and(b));
  return dropWithLedger(
    out,
    repeated,
    { step: "load", reason: "repeated-header", facts: {}, action: "removed" },
    (r) => ({ row: Number(r[ROW]) }),
    ledger,
  );
}

/**
 * Drop the totals rows at the end of the file (their numbers are the sums of the rows above, or
 * they have no id and no date: see `_totals.ts`) into the ledger, one entry per rule.
 */
function dropTotals(
  df: pl.DataFrame,
  columns: readonly string[],
  decisions: readonly ColumnDecision[],
  ledger: LedgerEntry[],
): pl.DataFrame {
  const roles = mapRoles(columns).roles;
  const ids = ID_ROLES.map((r) => roles[r]).filter((c): c is string => c !== undefined);
  const found = totalsRows(df, decisions, { ids, date: roles.date });
  let out = df;
  for (const rule of ["sums", "no-key"] as const) {
    const rows = found.filter((t) => t.rule === rule).map((t) => t.row);
    if (rows.length === 0) continue;
    out = dropWithLedger(
      out,
      pl.col(ROW).isIn(rows),
      {
        step: "load",
        reason: rule === "sums" ? "totals-row" : "totals-row-no-key",
        facts: rule === "sums" ? {} : { columns: [...ids, ...(roles.date ? [roles.date] : [])] },
        action: "removed",
      },
      (r) => ({
        row: Number(r[ROW]),
        cells: columns.map((c) => r[c]).filter((v) => v !== null).map((v) => ({ value: String(v) })),
      }),
      ledger,
    );
  }
  return out;
}

/** A test for cells that do not fit their column: what they are, in words for the error, and their ledger reason. */
interface BadCells {
  readonly d: ColumnDecision;
  readonly flag: pl.Expr;
  readonly what: string;
  readonly reason: string;
  readonly facts: Facts;
}

/**
 * Type every column in one pass, then flag the cells that do not fit: stop with an error,
 * or (`badValues: "drop"`) drop their rows into the ledger. The typed columns take the place
 * of the text ones.
 */
function typeColumns(
  df: pl.DataFrame,
  decisions: readonly ColumnDecision[],
  context: { columns: readonly string[]; file: string; badValues: "error" | "drop"; now: Date },
  ledger: LedgerEntry[],
): pl.DataFrame {
  const { columns, file, badValues, now } = context;
  const tmp = (i: number) => `\u0000typed${i}`;
  let out = df.withColumns(...decisions.map((d, i) => d.expr.alias(tmp(i))));
  const flags = badCellTests(decisions, tmp, now);
  if (flags.length > 0) {
    const sums = out.select(...flags.map((f, k) => f.flag.sum().alias(`f${k}`))).toRecords()[0];
    const found = flags.filter((_, k) => Number(sums[`f${k}`] ?? 0) > 0);
    if (found.length > 0 && badValues === "error") {
      throw badCellsError(out, found, flags, sums, file);
    }
    for (const p of found) {
      out = dropWithLedger(
        out,
        p.flag,
        { step: "load", reason: p.reason, facts: p.facts, action: "removed", column: p.d.name },
        (r) => ({ row: Number(r[ROW]), cells: [{ value: String(r[p.d.name]) }] }),
        ledger,
      );
    }
  }
  // Dropping and renaming, not selecting with aliases: polars would then copy every column
  // of a table read in chunks into one.
  if (decisions.length > 0) {
    out = out.drop(decisions.map((d) => d.name))
      .rename(Object.fromEntries(decisions.map((d, i) => [tmp(i), d.name])));
  }
  return out.select(...columns, ROW);
}

/** The tests for cells that do not fit: not a number, not a date, a date after `now` + 1 day. */
function badCellTests(
  decisions: readonly ColumnDecision[],
  tmp: (i: number) => string,
  now: Date,
): BadCells[] {
  const flags: BadCells[] = [];
  const limit = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  for (const [i, d] of decisions.entries()) {
    const typed = pl.col(tmp(i));
    if (d.bad !== null) {
      flags.push({
        d,
        flag: d.bad(pl.col(d.name), typed),
        what: `values that are ${d.badWhat}`,
        reason: `not-${d.kind}`,
        facts: d.badFormat === undefined ? { column: d.name } : { column: d.name, format: d.badFormat },
      });
    }
    if (d.future !== null) {
      flags.push({
        d,
        flag: d.future(typed),
        what: `dates in the future (after ${limit})`,
        reason: "future-date",
        facts: { column: d.name, after: limit },
      });
    }
  }
  return flags;
}

/** The error for cells that do not fit (`badValues: "error"`): the first column's rows and an example, then the others' counts. */
function badCellsError(
  df: pl.DataFrame,
  found: readonly BadCells[],
  flags: readonly BadCells[],
  sums: Record<string, unknown>,
  file: string,
): InputError {
  const [p, ...rest] = found;
  const hit = df.filter(p.flag).select(pl.col(ROW), pl.col(p.d.name));
  const rows = hit.head(10).getColumn(ROW).toArray() as number[];
  const ex = hit.head(1).toRecords()[0];
  const others = rest.map((x) => `column "${x.d.name}": ${sums[`f${flags.indexOf(x)}`]} ${x.what}`);
  return new InputError(
    `Cannot read "${file}": column "${p.d.name}" has ${hit.height} ${
      hit.height === 1
        ? p.what.replace(/^values that are/, "value that is").replace(/^dates/, "date")
        : p.what
    }, in row${hit.height === 1 ? "" : "s"} ${rowList(rows, hit.height)} (e.g. "${ex[p.d.name]}" in row ${
      ex[ROW]
    })${
      others.length ? `, and ${others.join("; ")}` : ""
    }; fix those cells, or pass badValues: "drop" (CLI --bad-values drop) to drop those rows, recorded in the ledger`,
    { file, column: p.d.name, row: rows[0], rows },
  );
}

/** What each column holds once typed: kind (`empty` when every cell is missing), missing cells, date format, decimal mark. */
function describeColumns(
  df: pl.DataFrame,
  columns: readonly string[],
  decisions: readonly ColumnDecision[],
): ColumnInfo[] {
  const missing = df.select(...columns.map((c) => pl.col(c).isNull().sum().alias(c))).toRecords()[0] ?? {};
  return columns.map((c) => {
    const d = decisions.find((x) => x.name === c);
    const dtype = df.getColumn(c).dtype;
    const kind: ColumnInfo["kind"] = d
      ? d.kind
      : dtype.variant === "Datetime"
      ? "date"
      : dtype.variant === "Float64"
      ? "number"
      : "text";
    return {
      name: c,
      kind: df.height > 0 && Number(missing[c]) === df.height ? "empty" : kind,
      missing: Number(missing[c] ?? 0),
      ...(d?.dateFormat !== undefined ? { dateFormat: d.dateFormat } : {}),
      ...(d?.decimal !== undefined ? { decimal: d.decimal } : {}),
      ...(d?.currency !== undefined ? { currency: d.currency } : {}),
      ...(d?.percent ? { percent: true } : {}),
    };
  });
}
