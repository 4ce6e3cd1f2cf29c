import pl from "nodejs-polars";
import assert from "node:assert/strict";
import { topValues } from "../../lib/eda/mod.ts";

Deno.test("topValues() counts values, most frequent first, ties by value, missing left out", () => {
  const t = pl.DataFrame({
    k: ["b", "a", "b", " ", null, "c", "a", "b"],
    x: [17850, 17850, 1.5, Number.NaN, null, 2, 2, 2],
  });
  assert.deepEqual(topValues(t, "k"), [{ value: "b", count: 3 }, { value: "a", count: 2 }, {
    value: "c",
    count: 1,
  }]);
  assert.deepEqual(topValues(t, "x", { n: 2 }), [{ value: "2", count: 3 }, { value: "17850", count: 2 }]);
  assert.deepEqual(topValues(t, "k", { n: 0 }), []);
});

Deno.test("topValues() writes dates in naive UTC and rejects what it cannot count", () => {
  const t = pl.DataFrame({ d: pl.Series("d", [0, 0, 86_400_000], pl.Float64).cast(pl.Datetime("ms")) });
  assert.deepEqual(topValues(t, "d"), [{ value: "1970-01-01 00:00:00", count: 2 }, {
    value: "1970-01-02 00:00:00",
    count: 1,
  }]);
  assert.throws(
    () => topValues(t, "e"),
    /^RangeError: Cannot count the values of column "e": it is not in the table/,
  );
  assert.throws(() => topValues(t, "d", { n: 1.5 }), /^RangeError: Cannot count the top values with n = 1.5/);
});
