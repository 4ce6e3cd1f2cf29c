import pl from "nodejs-polars";
import assert from "node:assert/strict";
import { checkLedger, cleanCustomers, REASON_COLUMN } from "../../lib/clean/mod.ts";
import { InputError } from "../../lib/base/errors.ts";
import type { LedgerEntry, LedgerExample } from "../../lib/base/types.ts";
import { testWithSharedData } from "../_data.ts";
import { readTable } from "../../lib/load/mod.ts";
import { assertAllClose } from "../_assert.ts";
import { exampleText, ledgerText, warningText } from "../../lib/text/mod.ts";

/** Ledger examples in words. */
const texts = (examples: readonly LedgerExample[], lang: "en" | "es" | "id" = "en") =>
  examples.map((e) => exampleText(e, lang));

function entry(ledger: readonly LedgerEntry[], reason: string, column?: string): LedgerEntry | undefined {
  return ledger.find((e) => e.reason === reason && (column === undefined || e.column === column));
}

Deno.test("cleanCustomers() fills missing values with the median and counts every cell per column", () => {
  const t = pl.DataFrame({
    id: ["a", "b", "c", "d", "e"],
    x: [1, null, 3, 10, null],
    y: [5, 6, null, 8, 9],
  });
  const r = cleanCustomers(t, { idColumn: "id", features: ["x", "y"] });
  assert.deepEqual(r.table.getColumn("x").toArray(), [1, 3, 3, 10, 3]);
  assert.deepEqual(r.table.getColumn("y").toArray(), [5, 6, 7, 8, 9]);
  const x = entry(r.ledger, "imputed-median", "x")!;
  assert.equal(x.action, "imputed");
  assert.equal(x.rows, 2);
  assert.deepEqual(x.examples[0], { row: 3, cells: [{ column: "x", value: null }], filled: 3 });
  assert.deepEqual(texts(x.examples), ['row 3: x = "" → 3', 'row 6: x = "" → 3']);
  assert.deepEqual(texts(x.examples, "es"), ['fila 3: x = "" → 3', 'fila 6: x = "" → 3']);
  assert.deepEqual(x.facts, { column: "x", value: 3, k: 5 });
  assert.equal(ledgerText(x, "en"), 'Missing values of "x" filled with the column median (3)');
  assert.equal(ledgerText(x, "es"), 'Valores faltantes de "x" completados con la mediana de la columna (3)');
  assert.equal(entry(r.ledger, "imputed-median", "y")!.rows, 1);
  assert.equal(r.rowsOut, 5);
  checkLedger(r.ledger, r.rowsIn, r.rowsOut);
});

Deno.test("cleanCustomers() treats NaN and ±Infinity as missing, and says so", () => {
  const t = pl.DataFrame({ x: [1, Number.NaN, 2, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 4] });
  const r = cleanCustomers(t, { features: ["x"] });
  assert.deepEqual(r.table.getColumn("x").toArray(), [1, 2, 2, 2, 2, 4]);
  assert.equal(entry(r.ledger, "imputed-median", "x")!.rows, 3);
  assert.deepEqual(r.notes, [{ code: "non-finite-values", n: 3, column: "x" }]);
  assert.deepEqual(r.notes.map((w) => warningText(w, "en")), [
    '3 values of "x" were NaN or Infinity; they are treated as missing',
  ]);
  assert.equal(
    warningText(r.notes[0]!, "es"),
    '3 valores de "x" eran NaN o infinito; se tratan como faltantes',
  );
});

Deno.test("cleanCustomers() excludes constant and entirely empty columns, and lists them", () => {
  const t = pl.DataFrame({
    x: [1, 2, 3],
    k: [7, 7, null],
    e: pl.Series("e", [null, null, null], pl.Float64),
    n: [Number.NaN, Number.NaN, Number.NaN],
    s: pl.Series("s", [null, " ", null], pl.Utf8),
  });
  const r = cleanCustomers(t, { features: ["x", "k", "e", "n", "s"] });
  assert.deepEqual(r.features, ["x"]);
  assert.deepEqual(r.excludedFeatures, ["k", "e", "n", "s"]);
  assert.deepEqual(
    r.ledger.map((e) => [e.action, e.reason, e.column]),
    [
      ["excluded", "constant-column", "k"],
      ["excluded", "empty-column", "e"],
      ["excluded", "empty-column", "n"],
      ["excluded", "empty-column", "s"],
    ],
  );
  assert.match(
    ledgerText(entry(r.ledger, "constant-column")!, "en"),
    /^Column "k" has the same value \(7\) in every row/,
  );
  // An excluded column is not imputed.
  assert.equal(entry(r.ledger, "imputed-median"), undefined);
  assert.throws(
    () => cleanCustomers(t, { features: ["k", "e"], file: "c.csv" }),
    /^InputError: Cannot use "c\.csv": every feature column is entirely empty or has the same value in every row \("k", "e"\); choose columns/,
  );
});

Deno.test("cleanCustomers() stops on repeated ids, naming the id, the rows and the fix", () => {
  const t = pl.DataFrame({
    id: ["a", "b", "a ", "c", "b", "a"],
    x: [1, 2, 3, 4, 5, 6],
    y: [1, 0, 1, 0, 1, 0],
  });
  let caught: unknown;
  try {
    cleanCustomers(t, { idColumn: "id", features: ["x", "y"], file: "customers.csv" });
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof InputError);
  assert.match(
    String(caught),
    /^InputError: Cannot use "customers\.csv": customer id "a" in column "id" appears on rows 2, 4, 7 \(2 ids repeat, 3 extra rows in all\); each customer needs exactly one row: remove the repeated rows, or set \{ duplicates: "first" \}/,
  );
  assert.deepEqual(caught.at, { file: "customers.csv", column: "id", row: 2, rows: [2, 4, 7] });

  const r = cleanCustomers(t, { idColumn: "id", features: ["x", "y"], duplicates: "first" });
  assert.deepEqual(r.table.getColumn("id").toArray(), ["a", "b", "c"]);
  const d = entry(r.ledger, "duplicate-id")!;
  assert.equal(d.rows, 3);
  assert.deepEqual(d.examples[0], { row: 4, cells: [{ column: "id", value: "a" }], first: 2 });
  assert.equal(exampleText(d.examples[0]!, "es"), 'fila 4: id = "a" (fila 2)');
  assert.deepEqual(texts(d.examples), [
    'row 4: id = "a" (row 2)',
    'row 6: id = "b" (row 3)',
    'row 7: id = "a" (row 2)',
  ]);
  assert.deepEqual(r.removed.getColumn(REASON_COLUMN).toArray(), [
    "duplicate-id",
    "duplicate-id",
    "duplicate-id",
  ]);
  checkLedger(r.ledger, r.rowsIn, r.rowsOut);
});

Deno.test("cleanCustomers() removes rows without an id and writes numeric ids as text", () => {
  const t = pl.DataFrame({ id: [17850, null, 12, Number.NaN], x: [1, 2, 3, 4], y: [4, 3, 1, 1] });
  const r = cleanCustomers(t, { idColumn: "id", features: ["x", "y"] });
  assert.deepEqual(r.table.getColumn("id").toArray(), ["17850", "12"]);
  assert.equal(entry(r.ledger, "missing-customer")!.rows, 2);
  assert.deepEqual(texts(entry(r.ledger, "missing-customer")!.examples), [
    'row 3: id = ""',
    "row 5: id = NaN",
  ]);
  checkLedger(r.ledger, r.rowsIn, r.rowsOut);
});

Deno.test("cleanCustomers() drops rows with a missing feature only when asked", () => {
  const t = pl.DataFrame({ x: [1, null, 3, 4], y: [1, 2, Number.NaN, 4], z: [0, 1, 0, 1] });
  const r = cleanCustomers(t, { features: ["x", "y", "z"], impute: "drop" });
  assert.deepEqual(r.table.getColumn("__row").toArray(), [2, 5]);
  const m = entry(r.ledger, "missing-value")!;
  assert.equal(m.rows, 2);
  assert.deepEqual(texts(m.examples), ['row 3: x = ""', 'row 4: y = ""']);
  assert.equal(r.ledger.filter((e) => e.action === "imputed").length, 0);
  checkLedger(r.ledger, r.rowsIn, r.rowsOut);
});

Deno.test("cleanCustomers() KNN imputation takes the mean of the nearest rows on the other features", () => {
  const t = pl.DataFrame({ x: [0, 1, 2, 10, 3], y: [0, 10, 20, 100, null] });
  const two = cleanCustomers(t, { features: ["x", "y"], impute: "knn", nNeighbors: 2 });
  assert.equal(two.table.getColumn("y").toArray()[4], 15); // x = 2 and x = 1 are nearest to x = 3
  const five = cleanCustomers(t, { features: ["x", "y"], impute: "knn" });
  assert.equal(five.table.getColumn("y").toArray()[4], 32.5); // only 4 rows have y
  assert.equal(entry(five.ledger, "imputed-knn", "y")!.rows, 1);
  assert.equal(entry(five.ledger, "imputed-knn", "y")!.facts.k, 5);
  assert.match(
    ledgerText(entry(five.ledger, "imputed-knn", "y")!, "en"),
    /mean of the 5 most similar customers/,
  );
  assert.match(
    ledgerText(entry(five.ledger, "imputed-knn", "y")!, "es"),
    /media de los 5 clientes más parecidos/,
  );
  // Ties go to the earlier row: x = 2 and x = 4 are both 1 away from x = 3.
  const tie = pl.DataFrame({ x: [2, 4, 3], y: [20, 40, null] });
  assert.equal(
    cleanCustomers(tie, { features: ["x", "y"], impute: "knn", nNeighbors: 1 }).table.getColumn("y")
      .toArray()[2],
    20,
  );
  // Imputed values never serve as donors: both missing cells see only the original values.
  const both = pl.DataFrame({ x: [0, 1, null, 5], y: [0, null, 2, 5] });
  const r = cleanCustomers(both, { features: ["x", "y"], impute: "knn", nNeighbors: 1 });
  assert.deepEqual(r.table.getColumn("x").toArray(), [0, 1, 0, 5]); // y = 2 is nearest y = 0
  assert.deepEqual(r.table.getColumn("y").toArray(), [0, 0, 2, 5]); // x = 1 is nearest x = 0
});

Deno.test("cleanCustomers() KNN falls back to the median when there is nothing to compare", () => {
  const t = pl.DataFrame({ x: [1, 2, 9, null], y: [1, 2, 3, null] });
  const r = cleanCustomers(t, { features: ["x", "y"], impute: "knn" });
  assert.deepEqual(r.table.getColumn("x").toArray(), [1, 2, 9, 2]);
  assert.match(
    r.notes.map((w) => warningText(w, "en")).join("\n"),
    /1 missing values of "x" had no customer to compare with; they were filled with the median \(2\)/,
  );
  assert.deepEqual(r.notes, [
    { code: "knn-fallback-median", n: 1, column: "x", value: 2 },
    { code: "knn-fallback-median", n: 1, column: "y", value: 2 },
  ]);
  assert.match(
    warningText(r.notes[0]!, "es"),
    /^1 valores faltantes de "x" no tenían con qué clientes compararse; se completaron con la mediana \(2\)/,
  );
});

Deno.test("cleanCustomers() names missing and non-numeric columns, with the nearest name", () => {
  const t = pl.DataFrame({ CUST_ID: ["a", "b"], MINIMUM_PAYMENTS: [1, 2], NOTE: ["x", "y"] });
  assert.throws(
    () => cleanCustomers(t, { idColumn: "CUST_ID", features: ["MINIMUM_PAYMENT"], file: "c.csv" }),
    /^InputError: Cannot use "c\.csv": column "MINIMUM_PAYMENT" \(did you mean "MINIMUM_PAYMENTS"\?\) is not in the file; the columns are "CUST_ID", "MINIMUM_PAYMENTS", "NOTE"; check the names$/,
  );
  assert.throws(
    () => cleanCustomers(t, { features: ["NOTE"], file: "c.csv" }),
    /^InputError: Cannot use "c\.csv": column "NOTE" holds String values \(row 2 has "x"\), not numbers; choose numeric features/,
  );
  assert.throws(
    () => cleanCustomers(t, { features: [] }),
    /^RangeError: Cannot clean the customer table: no feature columns/,
  );
  assert.throws(
    () => cleanCustomers(t, { idColumn: "CUST_ID", features: ["CUST_ID"] }),
    /^RangeError: Cannot clean the customer table: the id column "CUST_ID" is also a feature/,
  );
});

Deno.test("cleanCustomers() speaks Spanish and does not change its input", () => {
  const t = pl.DataFrame({ x: [1, null, 3], k: [1, 1, 1] });
  const before = t.toRecords();
  const r = cleanCustomers(t, { features: ["x", "k"] });
  assert.deepEqual(t.toRecords(), before);
  assert.equal(
    ledgerText(entry(r.ledger, "imputed-median")!, "es"),
    'Valores faltantes de "x" completados con la mediana de la columna (2)',
  );
  assert.match(
    ledgerText(entry(r.ledger, "constant-column")!, "es"),
    /^La columna "k" tiene el mismo valor \(1\)/,
  );
});

testWithSharedData(
  "cleanCustomers() on Customer_Data.csv imputes 313 + 1 cells",
  "Customer_Data.csv",
  async (path) => {
    const { table } = await readTable(path);
    const features = [
      "BALANCE",
      "PURCHASES",
      "CREDIT_LIMIT",
      "PAYMENTS",
      "PURCHASES_FREQUENCY",
      "TENURE",
      "MINIMUM_PAYMENTS",
    ];
    for (const impute of ["median", "knn"] as const) {
      const r = cleanCustomers(table, { idColumn: "CUST_ID", features, impute });
      assert.equal(r.rowsOut, 8_950);
      assert.deepEqual(r.features, features);
      assert.equal(entry(r.ledger, `imputed-${impute}`, "MINIMUM_PAYMENTS")!.rows, 313);
      assert.equal(entry(r.ledger, `imputed-${impute}`, "CREDIT_LIMIT")!.rows, 1);
      assert.equal(
        r.table.select(pl.col("MINIMUM_PAYMENTS").isNull().sum()).toRecords()[0]!["MINIMUM_PAYMENTS"],
        0,
      );
    }
    const dropped = cleanCustomers(table, { idColumn: "CUST_ID", features, impute: "drop" });
    assert.equal(dropped.rowsOut, 8_950 - 314);
    checkLedger(dropped.ledger, dropped.rowsIn, dropped.rowsOut);
  },
);

Deno.test("cleanCustomers() KNN imputation equals scikit-learn's KNNImputer on standardized features", () => {
  const knn = (JSON.parse(Deno.readTextFileSync(new URL("../reference/eda.json", import.meta.url))) as {
    knn: { input: (number | null)[][]; output: number[][] };
  }).knn;
  const names = knn.input[0]!.map((_, j) => `f${j}`);
  const table = pl.DataFrame(
    Object.fromEntries(names.map((n, j) => [n, pl.Series(n, knn.input.map((row) => row[j]!), pl.Float64)])),
  );
  const r = cleanCustomers(table, { features: names, impute: "knn" });
  names.forEach((n, j) => {
    assertAllClose(r.table.getColumn(n).toArray() as number[], knn.output.map((row) => row[j]!), {
      rtol: 1e-9,
      message: n,
    });
  });
  const cells = r.ledger.filter((e) => e.action === "imputed").reduce((s, e) => s + e.rows, 0);
  assert.equal(cells, knn.input.flat().filter((v) => v === null).length);
});

Deno.test("cleanCustomers() writes medians and constants in es and id with a decimal comma, never 16 digits", () => {
  const t = pl.DataFrame({ x: [1000.5, null, 1469.2356], k: [1 / 3, 1 / 3, 1 / 3] });
  const r = cleanCustomers(t, { features: ["x", "k"] });
  assert.deepEqual(entry(r.ledger, "constant-column")!.facts, { column: "k", value: 1 / 3 });
  const say = (reason: string, lang: "en" | "es" | "id") => ledgerText(entry(r.ledger, reason)!, lang);
  assert.equal(
    say("imputed-median", "es"),
    'Valores faltantes de "x" completados con la mediana de la columna (1234,87)',
  );
  assert.match(
    say("constant-column", "es"),
    /^La columna "k" tiene el mismo valor \(0,333\)/,
  );
  assert.equal(
    say("imputed-median", "id"),
    'Nilai kosong "x" diisi dengan median kolom (1.234,87)',
  );
  assert.match(say("constant-column", "id"), /^Kolom "k" bernilai sama \(0,333\)/);
  assert.equal(
    say("imputed-median", "en"),
    'Missing values of "x" filled with the column median (1234.87)',
  );
  assert.match(say("constant-column", "en"), /same value \(0\.333\) in every row/);
});
