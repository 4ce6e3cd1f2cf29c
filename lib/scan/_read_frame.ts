/** Private: a DuckDB query's result read column by column into a nodejs-polars DataFrame. */
import pl from "nodejs-polars";
import type { DuckDBConnection, DuckDBVector } from "@duckdb/node-api";

/** How a result column becomes a polars column. */
export type FrameColumnType = "id" | "utf8" | "f64" | "i32" | "bool" | "datetime";

/** A result column: its name in the DataFrame and its type there, in the query's column order. */
export interface FrameColumn {
  readonly name: string;
  /**
   * `id` (VARCHAR, given by {@linkcode idColumns}: two SQL columns), `utf8` (VARCHAR), `f64`
   * (DOUBLE), `i32` (INTEGER), `bool` (an INTEGER 0 or 1, made Boolean), `datetime` (DOUBLE epoch
   * milliseconds, made Datetime ms). The query must give no NULLs.
   */
  readonly type: FrameColumnType;
}

/** Ids whose text is the plain decimal of a number below 10^15 (exact as a double). */
const PLAIN_NUMBER = "0|[1-9][0-9]{0,14}";

/**
 * The two SQL columns of an `id` column: the text, and the text as a number where it is the plain
 * decimal of one (else -1). Customer ids are mostly such numbers: read as numbers and turned into
 * text by polars, they cost a fraction of decoding every string in JavaScript.
 */
export function idColumns(expr: string): string {
  return `${expr}, CASE WHEN regexp_full_match(${expr}, '${PLAIN_NUMBER}') THEN CAST(${expr} AS DOUBLE) ELSE -1 END`;
}

/** Growable storage of one column. */
interface Sink {
  /** Typed-array pieces (numbers, or the numeric shadow of ids). */
  readonly pieces: (Float64Array | Int32Array)[];
  /** Text values: of a `utf8` column, or of an `id` column once one id is not a plain number. */
  strings: string[] | null;
  /** Rows read so far. */
  rows: number;
}

/**
 * Run `sql` and read its result chunk by chunk (DuckDB's vectors of up to 2,048 rows) into typed
 * arrays, never row objects, so that millions of rows cost a few numbers each. Columns come back
 * in the query's order under the names of `columns`.
 */
export async function readFrame(
  con: DuckDBConnection,
  sql: string,
  columns: readonly FrameColumn[],
): Promise<pl.DataFrame> {
  const result = await con.stream(sql);
  const width = columns.reduce((s, c) => s + (c.type === "id" ? 2 : 1), 0);
  if (result.columnCount !== width) {
    throw new TypeError(
      `Cannot read the query's result: it has ${result.columnCount} columns where ${width} were expected`,
    );
  }
  const sinks: Sink[] = columns.map((c) => ({ pieces: [], strings: c.type === "utf8" ? [] : null, rows: 0 }));
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const n = chunk.rowCount;
    let at = 0;
    for (let c = 0; c < columns.length; c++) {
      const type = columns[c]!.type;
      const sink = sinks[c]!;
      const vector = chunk.getColumnVector(at++);
      if (type === "utf8") {
        for (let i = 0; i < n; i++) sink.strings!.push(vector.getItem(i) as string);
      } else if (type === "id") {
        readIds(sink, vector, chunk.getColumnVector(at++), n);
      } else {
        sink.pieces.push(numbers(vector, n, type === "i32" || type === "bool" ? Int32Array : Float64Array));
      }
      sink.rows += n;
    }
  }
  return pl.DataFrame(columns.map((col, c) => seriesOf(col, sinks[c]!)));
}

/** One chunk of ids: the numeric shadow, and the text from the first id that is not a plain number on. */
function readIds(sink: Sink, text: DuckDBVector, shadow: DuckDBVector, n: number): void {
  const piece = numbers(shadow, n, Float64Array) as Float64Array;
  sink.pieces.push(piece);
  if (sink.strings === null && piece.includes(-1)) {
    // From now on keep text; the ids before are plain numbers, whose text is their decimal.
    sink.strings = [];
    for (const p of sink.pieces.slice(0, -1)) for (const x of p) sink.strings.push(String(x));
  }
  if (sink.strings !== null) { for (let i = 0; i < n; i++) sink.strings.push(text.getItem(i) as string); }
}

/** A copy of a DOUBLE or INTEGER vector's first `n` values. */
function numbers(
  vector: DuckDBVector,
  n: number,
  Kind: Float64ArrayConstructor | Int32ArrayConstructor,
): Float64Array | Int32Array {
  const out = new Kind(n);
  // The vectors of @duckdb/node-api keep their values in a typed array (`items`, not in its
  // types): copy it at once where it is there, else read value by value.
  const items = (vector as unknown as { items?: unknown }).items;
  if (items instanceof Kind && items.length >= n) out.set(items.subarray(0, n));
  else for (let i = 0; i < n; i++) out[i] = vector.getItem(i) as number;
  return out;
}

function seriesOf(col: FrameColumn, sink: Sink): pl.Series {
  if (sink.strings !== null) return pl.Series(col.name, sink.strings, pl.Utf8);
  const float = col.type === "f64" || col.type === "datetime" || col.type === "id";
  const all = float ? new Float64Array(sink.rows) : new Int32Array(sink.rows);
  let at = 0;
  for (const p of sink.pieces) {
    all.set(p, at);
    at += p.length;
  }
  const s = pl.Series(col.name, all);
  if (col.type === "id") return s.cast(pl.Int64).cast(pl.Utf8);
  if (col.type === "datetime") return s.cast(pl.Int64).cast(pl.Datetime("ms"));
  if (col.type === "bool") return s.cast(pl.Bool);
  return s;
}
