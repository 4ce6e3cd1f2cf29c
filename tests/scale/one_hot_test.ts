import assert from "node:assert/strict";
import { warningText } from "../../lib/text/mod.ts";
import pl from "nodejs-polars";
import { oneHot } from "../../lib/scale/one_hot.ts";

Deno.test("oneHot() makes one 0/1 column per level, in ascending order, and keeps the other columns", () => {
  const t = pl.DataFrame({ id: [1, 2, 3, 4], city: ["Lima", "Bogotá", "Lima", null] });
  const r = oneHot(t, ["city"]);
  assert.deepEqual(r.created, ["city=Bogotá", "city=Lima"]);
  assert.deepEqual(r.table.columns, ["id", "city=Bogotá", "city=Lima"]);
  assert.deepEqual(r.table.getColumn("city=Lima").toArray(), [1, 0, 1, 0]);
  assert.deepEqual(r.table.getColumn("city=Bogotá").toArray(), [0, 1, 0, 0]);
  assert.deepEqual(r.warnings, [{ code: "empty-cells-zero", column: "city", n: 1 }]);
  assert.match(
    warningText(r.warnings[0]!, "en"),
    /^Column "city" has 1 empty cells; they are 0 in every "city=\.\.\." column/,
  );
  assert.equal(
    warningText(r.warnings[0]!, "es"),
    'La columna "city" tiene 1 celdas vacías; valen 0 en todas las columnas "city=..."',
  );
  assert.deepEqual(t.columns, ["id", "city"]);
});

Deno.test("oneHot() groups rare levels as other beyond maxLevels", () => {
  const t = pl.DataFrame({ c: ["a", "a", "a", "b", "b", "c", "d", "e"] });
  const r = oneHot(t, ["c"], { maxLevels: 3 });
  assert.deepEqual(r.created, ["c=a", "c=b", "c=other"]);
  assert.deepEqual(r.table.getColumn("c=other").toArray(), [0, 0, 0, 0, 0, 1, 1, 1]);
  assert.deepEqual(r.warnings, [{
    code: "levels-grouped",
    column: "c",
    levels: 5,
    maxLevels: 3,
    grouped: 3,
    rows: 3,
  }]);
  assert.match(
    warningText(r.warnings[0]!, "es"),
    /^La columna "c" tiene 5 niveles, más que maxLevels = 3; los 3 menos frecuentes \(3 filas\)/,
  );
  assert.match(
    warningText(r.warnings[0]!, "en"),
    /^Column "c" has 5 levels, more than maxLevels = 3; the 3 rarest \(3 rows\) were grouped as "c=other"/,
  );
});

Deno.test("oneHot() drops the first level when asked and encodes numbers as text", () => {
  const t = pl.DataFrame({ plan: pl.Series("plan", [2, 1, 3], pl.Int32) });
  const r = oneHot(t, ["plan"], { dropFirst: true });
  assert.deepEqual(r.created, ["plan=2", "plan=3"]);
  assert.deepEqual(r.table.getColumn("plan=2").toArray(), [1, 0, 0]);
});

Deno.test("oneHot() rejects a missing column with a suggestion and a bad maxLevels", () => {
  const t = pl.DataFrame({ segmen: ["a"] });
  assert.throws(
    () => oneHot(t, ["segment"]),
    /^InputError: Cannot one-hot encode column "segment": it is not in the table; did you mean "segmen"\?/,
  );
  assert.throws(
    () => oneHot(t, ["segmen"], { maxLevels: 1 }),
    /^RangeError: Cannot one-hot encode with maxLevels = 1/,
  );
});
