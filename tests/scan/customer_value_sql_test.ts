/**
 * customerValueSql() over `seg_clean` equals customerValue() over the same cleaned lines in memory:
 * the summary's arrays in the same customer order, the fits, P(alive), CLV, the tracking curve,
 * the holdout check and the warnings (amounts, summed in another order, to 1e-9 relative).
 */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { cleanTransactions, mapRoles, readTable } from "../../lib/mod.ts";
import type { RoleMap } from "../../lib/base/types.ts";
import { generateInvoiceChunks, generateInvoices } from "../../lib/generate/mod.ts";
import {
  type CustomerValue,
  customerValue,
  type CustomerValueOptions,
} from "../../lib/run/customer_value.ts";
import { customerValueSql } from "../../lib/scan/customer_value_sql.ts";
import { assertAllClose } from "../_assert.ts";
import { projectDataPath, testWithSharedData } from "../_data.ts";
import { segClean } from "./_seg_clean.ts";

/** Deep equality, with numbers (alone or in arrays) equal to `rtol` relative. */
function assertClose(actual: unknown, expected: unknown, path: string, rtol: number): void {
  if (typeof expected === "number") {
    assert.equal(typeof actual, "number", path);
    assertAllClose(actual as number, expected, { rtol, atol: 1e-300, message: path });
  } else if (ArrayBuffer.isView(expected)) {
    assert.ok(ArrayBuffer.isView(actual), path);
    assertAllClose(actual as unknown as ArrayLike<number>, expected as unknown as ArrayLike<number>, {
      rtol,
      atol: 1e-300,
      message: path,
    });
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), path);
    assert.equal(actual.length, expected.length, `${path} length`);
    expected.forEach((e, i) => assertClose(actual[i], e, `${path}[${i}]`, rtol));
  } else if (expected instanceof Date || expected === null || typeof expected !== "object") {
    assert.deepStrictEqual(actual, expected, path);
  } else {
    assert.ok(actual !== null && typeof actual === "object", path);
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${path} keys`);
    for (const [k, e] of Object.entries(expected)) {
      assertClose((actual as Record<string, unknown>)[k], e, `${path}.${k}`, rtol);
    }
  }
}

/** The SQL result equals the in-memory one: counts, days and ids exactly, amounts and fits to `rtol`. */
function assertSameValue(sql: CustomerValue, mem: CustomerValue, rtol = 1e-9): void {
  const { summary: s, ...rest } = sql, { summary: m, ...memRest } = mem;
  for (const k of ["customers", "frequency", "recency", "T", "frequencyHoldout", "firstPurchase"] as const) {
    assert.deepStrictEqual(s[k], m[k], `summary.${k}`);
  }
  for (
    const k of ["durationHoldout", "unit", "start", "calibrationEnd", "observationEnd", "hasAmount"] as const
  ) {
    assert.deepStrictEqual(s[k], m[k], `summary.${k}`);
  }
  assert.deepStrictEqual(s.warnings, m.warnings, "summary.warnings");
  assertClose(s.monetaryValue, m.monetaryValue, "summary.monetaryValue", 1e-12);
  assertClose(s.monetaryValueHoldout, m.monetaryValueHoldout, "summary.monetaryValueHoldout", 1e-12);
  // the BG/NBD sees only frequency, recency and T: the same numbers, the same fit
  assert.deepStrictEqual(sql.bgnbd, mem.bgnbd, "bgnbd");
  assert.deepStrictEqual(sql.tracking, mem.tracking, "tracking");
  assert.deepStrictEqual(sql.pAlive, mem.pAlive, "pAlive");
  assert.deepStrictEqual(sql.warnings.map((w) => w.code), mem.warnings.map((w) => w.code), "warning codes");
  // The Gamma-Gamma's standard errors come from a numerical Hessian (finite differences), which
  // turns the last-bit differences of the amounts' sums into about 1e-5 relative; its p, q, gamma
  // and log-likelihood are compared to rtol with the rest.
  const gg = (v: typeof rest) => v.gammaGamma && { ...v.gammaGamma, standardErrors: null };
  assertClose(gg(rest), gg(memRest), "gammaGamma", rtol);
  assertClose(
    rest.gammaGamma?.standardErrors,
    memRest.gammaGamma?.standardErrors,
    "gammaGamma.standardErrors",
    1e-4,
  );
  assertClose({ ...rest, gammaGamma: null }, { ...memRest, gammaGamma: null }, "value", rtol);
}

/** The cleaned lines of a file, as the RFM run cleans them. */
async function cleaned(path: string, overrides: RoleMap = {}, clean = {}) {
  const loaded = await readTable(path);
  const mapping = mapRoles(loaded.table.columns, { overrides });
  const c = cleanTransactions(loaded.table, mapping.roles, { file: loaded.file, ...clean });
  return { table: c.table, roles: c.roles };
}

/** customerValueSql over `seg_clean` of `table` against customerValue over `table`, for each option set. */
async function compare(
  table: pl.DataFrame,
  roles: RoleMap,
  optionSets: readonly CustomerValueOptions[],
  check: (v: CustomerValue) => void = () => {},
): Promise<void> {
  const db = await segClean(table, roles);
  try {
    for (const options of optionSets) {
      const mem = customerValue(table, roles, options);
      const sql = await customerValueSql(db.con, options);
      assertSameValue(sql, mem);
      check(sql);
    }
  } finally {
    db.close();
  }
}

const OPTION_SETS: readonly CustomerValueOptions[] = [
  {},
  { timeUnit: "days", horizonMonths: 6 },
  { timeUnit: "months", discountRate: 0.02 },
];

Deno.test("customerValueSql() equals customerValue() on the retail sample, in every time unit", async () => {
  const { table, roles } = await cleaned(projectDataPath("retail_sample.csv"));
  await compare(table, roles, OPTION_SETS, (v) => {
    assert.ok(v.bgnbd && v.gammaGamma && v.clv && v.tracking && v.holdout.length > 0);
  });
});

Deno.test("customerValueSql() equals customerValue() on a generated file, with a calibration end and its customers after it", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/g.csv`, generateInvoices({ customers: 800, seed: 5 }));
    const { table, roles } = await cleaned(`${dir}/g.csv`);
    await compare(table, roles, [{ calibrationEnd: new Date("2021-03-31") }, {
      calibrationEnd: new Date("2021-12-31"),
    }], (v) => {
      assert.ok(
        v.summary.warnings.some((w) => w.code === "clv-customers-after-calibration") ||
          v.summary.durationHoldout === 0,
      );
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("customerValueSql() equals customerValue() on generated chunks (consecutive numeric ids)", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = await Deno.open(`${dir}/c.csv`, { write: true, create: true });
    for (const chunk of generateInvoiceChunks({ lines: 20_000, seed: 2, chunkLines: 5000 })) {
      await file.write(chunk);
    }
    file.close();
    const { table, roles } = await cleaned(`${dir}/c.csv`);
    await compare(table, roles, [{}]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

testWithSharedData(
  "customerValueSql() equals customerValue() on the Spanish retail reference file",
  "ventas-por-factura.csv",
  async (path) => {
    const { table, roles } = await cleaned(path);
    await compare(table, roles, [{}, { calibrationEnd: new Date("2021-08-31"), timeUnit: "days" }]);
  },
);

testWithSharedData(
  "customerValueSql() equals customerValue() on CDNOW with the published split, zero-value purchases kept",
  "CDNOW_sample.txt",
  async (path) => {
    const roles = { customer: "column 1", date: "column 3", amount: "column 5" };
    const { table, roles: r } = await cleaned(path, roles, { dropNonPositive: false });
    await compare(table, r, [{ calibrationEnd: new Date("1997-09-30"), timeUnit: "weeks" }], (v) => {
      assert.equal(v.summary.customers.length, 2357);
      assert.equal(v.bgnbd!.r.toFixed(4), "0.2426");
    });
  },
);

/** A small cleaned-like table: customer, date (Datetime in ms, as the loader makes it), amount. */
function lines(customer: string[], date: string[], amount: number[]): pl.DataFrame {
  return pl.DataFrame({ customer, date: date.map((d) => new Date(`${d.replace(" ", "T")}:00Z`)), amount });
}
const ROLES = { customer: "customer", date: "date", amount: "amount" };

Deno.test("customerValueSql() with too few repeat customers: the same summary and warning, no model", async () => {
  const t = lines(
    ["b", "a", "a", "c", "a"],
    ["2021-01-05 10:00", "2021-01-01 09:00", "2021-01-01 17:30", "2021-03-01 12:00", "2021-02-01 08:00"],
    [3, 1, 2, 4, 5],
  );
  await compare(t, ROLES, [{ timeUnit: "days" }, {
    timeUnit: "days",
    calibrationEnd: new Date("2021-03-01"),
  }], (v) => {
    assert.equal(v.bgnbd, null);
    assert.equal(v.warnings.at(-1)!.code, "clv-too-few-repeat-customers");
  });
});

Deno.test("customerValueSql() without amounts: no Gamma-Gamma and no CLV, as in memory", async () => {
  const { table, roles } = await cleaned(projectDataPath("retail_sample.csv"));
  const { amount: _, ...noAmount } = roles;
  const db = await segClean(table, roles);
  try {
    const mem = customerValue(table, noAmount, {});
    const sql = await customerValueSql(db.con, { amount: false });
    assertSameValue(sql, mem);
    assert.equal(sql.summary.hasAmount, false);
    assert.equal(sql.clv, null);
    assert.ok(sql.warnings.some((w) => w.code === "clv-spend-no-amount"));
  } finally {
    db.close();
  }
});

Deno.test("customerValueSql() sorts ids as JavaScript compares text when one is not a number", async () => {
  // "\u{1F600}" sorts before "\uFF21" in UTF-16 (JavaScript) but after it in UTF-8 bytes (DuckDB)
  const ids = ["10", "9", "x1", "100", "10", "9", "x1", "Ä", "\u{1F600}", "\uFF21", "b", "\uFF21"];
  const days = ids.map((_, i) => `2021-0${1 + (i % 5)}-1${i % 3} 12:00`);
  const t = lines(ids, days, ids.map((_, i) => i + 0.1));
  const db = await segClean(t, ROLES);
  try {
    await db.con.run("CREATE VIEW other_lines AS SELECT * FROM seg_clean");
    const options = {
      timeUnit: "days",
      minRepeatCustomers: 1,
      calibrationEnd: new Date("2021-05-11"),
    } as const;
    // no amounts: a Gamma-Gamma fit on so few customers runs off to p = 1e7, where 1e-16 matters
    const mem = customerValue(t, { customer: "customer", date: "date" }, options);
    const sql = await customerValueSql(db.con, { ...options, table: "other_lines", amount: false });
    assertSameValue(sql, mem);
    assert.deepEqual(sql.summary.customers, ["10", "100", "9", "b", "x1", "Ä", "\u{1F600}", "\uFF21"]);
  } finally {
    db.close();
  }
});

Deno.test("customerValueSql() sorts numeric ids as numbers, ties by text", async () => {
  const ids = ["10", "9", "1.0", "-2", "1", "10", "9.5", "1"];
  const days = ids.map((_, i) => `2021-0${1 + (i % 4)}-0${1 + (i % 3)} 12:00`);
  const t = lines(ids, days, ids.map((_, i) => 2 * i + 1));
  await compare(t, ROLES, [{
    timeUnit: "days",
    minRepeatCustomers: 1,
    calibrationEnd: new Date("2021-04-02"),
  }], (v) => {
    assert.deepEqual(v.summary.customers, ["-2", "1", "1.0", "9", "9.5", "10"]);
  });
});

Deno.test("customerValueSql() refuses what customerValue() refuses, with the same message", async () => {
  const t = lines(["a", "b"], ["2021-01-01 10:00", "2021-02-01 10:00"], [1, 2]);
  const db = await segClean(t, ROLES);
  try {
    const refused: CustomerValueOptions[] = [
      { horizonMonths: 1.5 },
      { discountRate: -2 },
      { timeUnit: "years" as "days" },
      { calibrationEnd: new Date("2021-03-01") }, // after the last day
      { calibrationEnd: new Date("2020-12-01") }, // before the first: no customer
      { calibrationEnd: new Date("not a date") },
    ];
    for (const options of refused) {
      const mem = (() => {
        try {
          customerValue(t, ROLES, options);
        } catch (e) {
          return String(e);
        }
      })();
      assert.ok(mem?.startsWith("RangeError: Cannot"), mem);
      await assert.rejects(() => customerValueSql(db.con, options), (e) => String(e) === mem);
    }
    await db.con.run("DELETE FROM seg_clean");
    await assert.rejects(
      () => customerValueSql(db.con),
      /^RangeError: Cannot summarise transactions per customer: no transaction/,
    );
  } finally {
    db.close();
  }
});
