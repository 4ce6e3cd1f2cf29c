import assert from "node:assert/strict";
import { log1pText } from "../../lib/text/mod.ts";
import { log1pColumns } from "../../lib/scale/log1p_columns.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { money } from "./_reference.ts";

Deno.test("log1pColumns() measures skew as pandas does", () => {
  const r = log1pColumns(money.x);
  for (const [c, v] of Object.entries(money.skew)) assertAllClose(r.skews[c]!, v, { message: c });
});

Deno.test("log1pColumns() picks skewed non-negative columns and says why the others were not", () => {
  const r = log1pColumns(money.x);
  assert.deepEqual(r.transformed, ["BALANCE", "PURCHASES"]);
  assert.equal(r.mode, "auto");
  assert.deepEqual(r.skewedNegative, ["DELTA"]);
  assert.match(
    log1pText(r, "en"),
    /^log1p applied to BALANCE \(\d+\.\d\d\), PURCHASES \(\d+\.\d\d\): skew above 1\.00\./,
  );
  assert.match(
    log1pText(r, "en"),
    /left as is because they have negative values .*: DELTA \(-?\d+\.\d\d\)\.$/,
  );
  assert.match(
    log1pText(r, "es"),
    /^log1p aplicado a BALANCE \(\d+,\d\d\), PURCHASES \(\d+,\d\d\): asimetría mayor que 1,00\./,
  );
  const t = money.x.columns.indexOf("BALANCE");
  assert.equal(r.matrix.data[5 * money.x.cols + t], Math.log1p(money.x.data[5 * money.x.cols + t]!));
  const s = money.x.columns.indexOf("SCORE");
  assert.equal(r.matrix.data[5 * money.x.cols + s], money.x.data[5 * money.x.cols + s]);
});

Deno.test("log1pColumns() takes named columns, and explains in Spanish", () => {
  const x = matrixFromRows([[0, 1], [1, 2], [3, 3]], ["a", "b"]);
  const r = log1pColumns(x, { columns: ["b"] });
  assert.deepEqual(r.transformed, ["b"]);
  assert.deepEqual([...r.matrix.data], [0, Math.log1p(1), 1, Math.log1p(2), 3, Math.log1p(3)]);
  assert.equal(r.mode, "given");
  assert.match(log1pText(r, "es"), /^log1p aplicado a b \(0,00\), como se pidió\./);
  assert.equal(log1pText(r, "en"), "log1p applied to b (0.00), as asked.");
  const none = log1pColumns(x, { skewThreshold: 5 });
  assert.equal(none.skewThreshold, 5);
  assert.match(log1pText(none, "en"), /^No column has skew above 5\.00/);
  assert.match(log1pText(none, "id"), /^Tidak ada kolom dengan kemiringan di atas 5,00/);
});

Deno.test("log1pColumns() refuses negative or missing named columns", () => {
  const x = matrixFromRows([[-1, 1], [1, 2], [3, 3]], ["a", "b"]);
  assert.throws(
    () => log1pColumns(x, { columns: ["a"] }),
    /^RangeError: Cannot take log1p of column "a": it has negative values \(lowest -1\)/,
  );
  assert.throws(
    () => log1pColumns(x, { columns: ["c"] }),
    /^RangeError: Cannot take log1p of column "c": it is not in the data/,
  );
});
