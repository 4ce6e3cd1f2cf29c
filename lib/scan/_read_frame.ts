/** Private: a DuckDB query's result read column by column into a nodejs-polars DataFrame. */
import pl from "nodejs-polars";
import type { DuckDBConnection } from "@duckdb/node-api";

/** How a result column becomes a polars column. */
export type FrameColumnType = "utf8" | "f64" | "i32" | "bool" | "datetime";

/** A result column: its name in the DataFrame and its type there, in the query's column order. */
export interface FrameColumn {
  readonly name: string;
  /**
   * `utf8` (VARCHAR), `f64` (DOUBLE), `i32` (INTEGER), `bool` (an INTEGER 0 or 1, made Boolean),
   * `datetime` (DOUBLE epoch milliseconds, made Datetime ms). The query must give no NULLs.
   */
  readonly type: FrameColumnType;
}

/** Growable storage of one column: typed-array pieces, or strings. */
interface Sink {
  readonly pieces: (Float64Array | Int32Array)[];
  readonly strings: string[];
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
  if (result.columnCount !== columns.length) {
    throw new TypeError(
      `Cannot read the query's result: it has ${result.columnCount} columns where ${columns.length} were expected`,
    );
  }
  const sinks: Sink[] = columns.map(() => ({ pieces: [], strings: [] }));
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const n = chunk.rowCount;
    for (let c = 0; c < columns.length; c++) {
      const vector = chunk.getColumnVector(c);
      const sink = sinks[c]!;
      const type = columns[c]!.type;
      if (type === "utf8") {
        for (let i = 0; i < n; i++) sink.strings.push(vector.getItem(i) as string);
      } else {
        const piece = type === "f64" || type === "datetime" ? new Float64Array(n) : new Int32Array(n);
        for (let i = 0; i < n; i++) piece[i] = vector.getItem(i) as number;
        sink.pieces.push(piece);
      }
    }
  }
  return pl.DataFrame(columns.map((col, c) => seriesOf(col, sinks[c]!)));
}

function seriesOf(col: FrameColumn, sink: Sink): pl.Series {
  if (col.type === "utf8") return pl.Series(col.name, sink.strings, pl.Utf8);
  const length = sink.pieces.reduce((s, p) => s + p.length, 0);
  const all = col.type === "f64" || col.type === "datetime"
    ? new Float64Array(length)
    : new Int32Array(length);
  let at = 0;
  for (const p of sink.pieces) {
    all.set(p, at);
    at += p.length;
  }
  const s = pl.Series(col.name, all);
  if (col.type === "datetime") return s.cast(pl.Int64).cast(pl.Datetime("ms"));
  if (col.type === "bool") return s.cast(pl.Bool);
  return s;
}
