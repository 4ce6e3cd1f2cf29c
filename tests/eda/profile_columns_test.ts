import pl from "nodejs-polars";
import assert from "node:assert/strict";
import { profileColumns } from "../../lib/eda/mod.ts";
import { assertAllClose } from "../_assert.ts";

const reference = JSON.parse(
  Deno.readTextFileSync(new URL("../reference/eda.json", import.meta.url)),
) as {
  inputs: Record<string, (number | null)[]>;
  outputs: Record<string, Record<string, number | null>>;
};

Deno.test("profileColumns() equals pandas' count, quartiles, mean, std, skew and IQR outliers", () => {
  const table = pl.DataFrame(
    Object.fromEntries(
      Object.entries(reference.inputs).map((
        [k, v],
      ) => [k, pl.Series(k, v.map((x) => x ?? Number.NaN), pl.Float64)]),
    ),
  );
  const profiles = profileColumns(table);
  assert.deepEqual(profiles.map((p) => p.name), Object.keys(reference.inputs));
  for (const p of profiles) {
    const want = reference.outputs[p.name]!;
    assert.equal(p.kind, "number");
    for (const key of ["count", "missing", "distinct", "outliers"] as const) {
      assert.equal(p[key], want[key], `${p.name}.${key}`);
    }
    for (const key of ["min", "q1", "median", "q3", "max", "mean", "std", "skew"] as const) {
      assertAllClose(p[key] ?? Number.NaN, want[key] ?? Number.NaN, {
        rtol: 1e-9,
        message: `${p.name}.${key}`,
      });
    }
  }
});

Deno.test("profileColumns() counts NaN, ±Infinity, null and blank text as missing", () => {
  const table = pl.DataFrame({
    __row: pl.Series("__row", [2, 3, 4, 5], pl.Int32),
    x: [1, Number.NaN, Number.POSITIVE_INFINITY, null],
    name: ["b", "  ", null, "a"],
  });
  const [x, name] = profileColumns(table);
  assert.equal(x!.name, "x");
  assert.deepEqual([x!.count, x!.missing, x!.distinct], [1, 3, 1]);
  assert.ok(Number.isNaN(x!.std!));
  assert.ok(Number.isNaN(x!.skew!));
  assert.equal(name!.kind, "text");
  assert.deepEqual([name!.count, name!.missing, name!.distinct], [2, 2, 2]);
  assert.equal(name!.min, null);
});

Deno.test("profileColumns() lists the top values of text columns, ties by value", () => {
  const table = pl.DataFrame({
    country: ["UK", "FR", "UK", "DE", "FR", "UK", "ES"],
    ok: [true, true, false, true, null, true, false],
  });
  const [country, ok] = profileColumns(table, { top: 3 });
  assert.deepEqual(country!.top, [{ value: "UK", count: 3 }, { value: "FR", count: 2 }, {
    value: "DE",
    count: 1,
  }]);
  assert.equal(ok!.kind, "boolean");
  assert.deepEqual(ok!.top, [{ value: "true", count: 4 }, { value: "false", count: 2 }]);
  assert.equal(ok!.missing, 1);
});

Deno.test("profileColumns() gives the date range in naive UTC", () => {
  const day = 86_400_000;
  const table = pl.DataFrame({
    d: pl.Series("d", [day * 31 + 3_600_000, null, 0], pl.Float64).cast(pl.Datetime("ms")),
  });
  const [d] = profileColumns(table);
  assert.equal(d!.kind, "date");
  assert.deepEqual([d!.count, d!.missing, d!.distinct, d!.earliest, d!.latest], [
    2,
    1,
    2,
    "1970-01-01 00:00:00",
    "1970-02-01 01:00:00",
  ]);
});

Deno.test("profileColumns() profiles only the columns asked for, and rejects unknown ones", () => {
  const table = pl.DataFrame({ a: [1, 2], b: ["x", "y"] });
  assert.deepEqual(profileColumns(table, { columns: ["b"] }).map((p) => p.name), ["b"]);
  assert.throws(
    () => profileColumns(table, { columns: ["c"] }),
    /^RangeError: Cannot profile column "c": it is not in the table/,
  );
  assert.throws(
    () => profileColumns(table, { top: -1 }),
    /^RangeError: Cannot profile columns with top = -1/,
  );
});
