/** Private: how many customer ids the id normalisation (`idAsText`) merged, as a note. */
import pl from "nodejs-polars";
import type { Warning } from "../base/types.ts";
import { isTextDtype } from "../base/frame.ts";

/** Most spellings a note's example shows. */
const SHOWN = 4;

/**
 * The `ids-merged` note: the customer ids that were written in more than one way in a text
 * column (`"1000.0"` and `"1000"`, a name in Unicode NFC and NFD, `" Ana"` and `"Ana"`) and are
 * one id after normalisation; `null` when none. Facts: `column`, `n` (ids that had several
 * spellings), `spellings` (the distinct spellings of those ids), `example` (the spellings of
 * the first merged id, in code-point order) and `into` (that id). Only rows whose text changed
 * are grouped, so a column that needed no normalisation costs one comparison.
 *
 * @param raw The table before normalisation.
 * @param normalised The same rows after it (same height and order).
 * @param column The customer id column.
 */
export function idMerges(raw: pl.DataFrame, normalised: pl.DataFrame, column: string): Warning | null {
  if (!isTextDtype(raw.getColumn(column).dtype)) return null; // numbers: 1000.0 and 1000 are one value already
  const pairs = pl.DataFrame([
    raw.getColumn(column).alias("raw"),
    normalised.getColumn(column).cast(pl.Utf8).alias("id"),
  ]).lazy().filter(pl.col("id").isNotNull().and(pl.col("raw").neq(pl.col("id")))).unique().collectSync();
  if (pairs.height === 0) return null;
  const ids = pairs.getColumn("id").unique();
  const alreadyNormal = new Set(
    raw.lazy().select(pl.col(column)).filter(pl.col(column).isIn(ids.implode())).unique().collectSync()
      .getColumn(column).toArray() as string[],
  );
  const byId = new Map<string, string[]>();
  for (const r of pairs.rows() as [string, string][]) {
    const [spelling, id] = r;
    const list = byId.get(id) ?? (alreadyNormal.has(id) ? [id] : []);
    list.push(spelling);
    byId.set(id, list);
  }
  const merged = [...byId.entries()].filter(([, s]) => s.length > 1).sort((
    [a],
    [b],
  ) => (a < b ? -1 : a > b ? 1 : 0));
  if (merged.length === 0) return null;
  const [into, spellings] = merged[0]!;
  return {
    code: "ids-merged",
    column,
    n: merged.length,
    spellings: merged.reduce((sum, [, s]) => sum + s.length, 0),
    example: [...spellings].sort().slice(0, SHOWN),
    into,
  };
}
