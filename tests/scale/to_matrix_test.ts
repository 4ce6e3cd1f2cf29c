import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { toMatrix } from "../../lib/scale/to_matrix.ts";
import { InputError } from "../../lib/base/errors.ts";

const table = pl.DataFrame({
  CUST_ID: ["C1", "C2", "C3"],
  BALANCE: [40.5, 3202.1, 2495.1],
  MINIMUM_PAYMENTS: [139.5, 1072.3, 627.3],
  TENURE: pl.Series("TENURE", [12, 12, 6], pl.Int32),
});

Deno.test("toMatrix() takes columns in the order given, row-major", () => {
  const x = toMatrix(table, ["TENURE", "BALANCE"]);
  assert.deepEqual([...x.data], [12, 40.5, 12, 3202.1, 6, 2495.1]);
  assert.equal(x.rows, 3);
  assert.equal(x.cols, 2);
  assert.deepEqual(x.columns, ["TENURE", "BALANCE"]);
});

Deno.test("toMatrix() names the closest columns when one is missing", () => {
  assert.throws(
    () => toMatrix(table, ["BALANCE", "MINIMUM_PAYMENT"], { file: "Customer_Data.csv" }),
    (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.match(
        e.message,
        /^Cannot find column "MINIMUM_PAYMENT" \(did you mean "MINIMUM_PAYMENTS"\?\) in Customer_Data\.csv; columns present: "CUST_ID"/,
      );
      assert.equal(e.at.column, "MINIMUM_PAYMENT");
      assert.equal(e.at.file, "Customer_Data.csv");
      return true;
    },
  );
});

Deno.test("toMatrix() rejects text columns, empty cells, NaN and infinity", () => {
  assert.throws(
    () => toMatrix(table, ["CUST_ID"]),
    /^TypeError: Cannot use column "CUST_ID" of the table as a number: its type is (Utf8|String); .*oneHot/,
  );
  const holes = pl.DataFrame({ a: [1, null, 3], b: [1, NaN, 3], c: [1, 2, Infinity] });
  assert.throws(
    () => toMatrix(holes, ["a"]),
    /^RangeError: Cannot use column "a" of the table: row index 1 is empty \(null\); impute missing values first/,
  );
  assert.throws(
    () => toMatrix(holes, ["b"]),
    /^RangeError: Cannot use column "b" of the table: row index 1 is NaN; impute/,
  );
  assert.throws(
    () => toMatrix(holes, ["c"]),
    /^RangeError: Cannot use column "c" of the table: row index 2 is Infinity/,
  );
});

Deno.test("toMatrix() rejects no columns and repeated columns", () => {
  assert.throws(
    () => toMatrix(table, []),
    /^RangeError: Cannot make a matrix from the table: no columns given/,
  );
  assert.throws(
    () => toMatrix(table, ["BALANCE", "BALANCE"]),
    /^RangeError: Cannot make a matrix from the table: column "BALANCE" is named twice/,
  );
});
