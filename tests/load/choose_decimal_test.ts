/** The decimal-mark rule of readTable (lib/load/_numbers.ts), case by case, on counts worked out by hand. */
import assert from "node:assert/strict";
import {
  chooseDecimal,
  currencyOf,
  type DecimalContext,
  type MarkCounts,
  noThreeDecimals,
} from "../../lib/load/_numbers.ts";

/** Counts of a column: `only` one-way values, `both` two-way values, per mark (fits derived, plus `ints` integers). */
function counts(only: [number, number], both: [number, number], ints = 0): MarkCounts {
  return {
    only: { ".": only[0], ",": only[1] },
    both: { ".": both[0], ",": both[1] },
    fits: { ".": only[0] + both[0] + both[1] + ints, ",": only[1] + both[0] + both[1] + ints },
  };
}

const NONE: DecimalContext = {
  asked: undefined,
  marks: [],
  fileMarks: () => ({ ".": [], ",": [] }),
  written: undefined,
  fallback: ".",
};

Deno.test("chooseDecimal() follows the mark asked for before any evidence", () => {
  assert.deepEqual(chooseDecimal(counts([5, 0], [0, 0]), { ...NONE, asked: "," }), {
    decimal: ",",
    why: "asked",
  });
});

Deno.test("chooseDecimal() takes the column's one-way values, the majority when both marks have some", () => {
  assert.deepEqual(chooseDecimal(counts([0, 1], [9, 0]), NONE), { decimal: ",", why: "column" });
  assert.deepEqual(chooseDecimal(counts([1, 0], [0, 9]), NONE), { decimal: ".", why: "column" });
  assert.deepEqual(chooseDecimal(counts([1, 3], [0, 0]), NONE), { decimal: ",", why: "majority" });
});

Deno.test("chooseDecimal() decides two-way values by a currency that never has 3 decimals, else by the file, else asks", () => {
  const c = counts([0, 0], [4, 0], 2);
  assert.deepEqual(chooseDecimal(c, { ...NONE, marks: ["Rp"] }), {
    decimal: ",",
    why: "currency",
    mark: ".",
    currency: "IDR",
  });
  assert.equal(chooseDecimal(c, { ...NONE, marks: ["$"] }).decimal, ",");
  assert.equal(chooseDecimal(c, { ...NONE, marks: ["KWD"] }).why, "ambiguous");
  const file = { ...NONE, fileMarks: () => ({ ".": [], ",": ["Precio"] }) };
  assert.deepEqual(chooseDecimal(c, file), { decimal: ",", why: "file", mark: ".", columns: ["Precio"] });
  const split = { ...NONE, fileMarks: () => ({ ".": ["a"], ",": ["b"] }) };
  assert.equal(chooseDecimal(c, split).why, "ambiguous");
  assert.deepEqual(chooseDecimal(c, { ...NONE, written: "." }), { decimal: ".", why: "written" });
  assert.deepEqual(chooseDecimal(c, NONE), { decimal: ".", why: "ambiguous", marks: ["."] });
  // Both marks followed by 3 digits: no convention reads them with one decimal mark.
  assert.deepEqual(chooseDecimal(counts([0, 0], [1, 1]), { ...NONE, marks: ["Rp"] }).why, "ambiguous");
});

Deno.test("chooseDecimal() records the fallback for integers", () => {
  assert.deepEqual(chooseDecimal(counts([0, 0], [0, 0], 9), { ...NONE, fallback: "," }), {
    decimal: ",",
    why: "no-mark",
  });
});

Deno.test("currencyOf() and noThreeDecimals() read currency marks", () => {
  assert.deepEqual(currencyOf(["€", "EUR", "eur"]), { currency: "EUR" });
  assert.deepEqual(currencyOf(["Rp", "Rp."]), { currency: "IDR" });
  assert.deepEqual(currencyOf(["$", "USD"]), { currency: "USD" });
  assert.deepEqual(currencyOf(["$"]), {});
  assert.deepEqual(currencyOf(["$", "£"]), { mixed: ["$", "GBP"] });
  assert.equal(noThreeDecimals(["€", "$", "¥"]), true);
  assert.equal(noThreeDecimals(["BHD"]), false);
  assert.equal(noThreeDecimals([]), false);
});
