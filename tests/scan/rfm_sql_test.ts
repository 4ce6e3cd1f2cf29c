/**
 * The SQL twins of the per-customer RFM analyses (computeRfmSql, comparePeriodsSql,
 * segmentMovementSql) against their in-memory functions on the same cleaned rows.
 */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { RoleMap } from "../../lib/base/types.ts";
import { readTable } from "../../lib/load/read_table.ts";
import { mapRoles } from "../../lib/load/map_roles.ts";
import { cleanTransactions } from "../../lib/clean/clean_transactions.ts";
import { generateInvoices } from "../../lib/generate/invoices.ts";
import { computeRfm, type RfmResult } from "../../lib/rfm/compute_rfm.ts";
import { comparePeriods, type PeriodComparison } from "../../lib/rfm/compare_periods.ts";
import { segmentMovement } from "../../lib/rfm/segment_movement.ts";
import { computeRfmSql } from "../../lib/scan/compute_rfm_sql.ts";
import { comparePeriodsSql } from "../../lib/scan/compare_periods_sql.ts";
import { segmentMovementSql } from "../../lib/scan/segment_movement_sql.ts";
import { assertAllClose } from "../_assert.ts";
import { projectDataPath, testWithSharedData } from "../_data.ts";
import { segClean } from "./_seg_clean.ts";

const DAY_MS = 86_400_000;
const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** Two frames equal: names, dtypes, text/integers/dates exactly, Float64 to `rtol` (plus `atol`). */
function assertFramesMatch(actual: pl.DataFrame, expected: pl.DataFrame, atol = 0): void {
  assert.deepEqual(actual.columns, expected.columns);
  assert.equal(actual.height, expected.height);
  for (const name of expected.columns) {
    const a = actual.getColumn(name), e = expected.getColumn(name);
    assert.equal(String(a.dtype), String(e.dtype), `dtype of ${name}`);
    if (e.dtype.equals(pl.Float64)) {
      assertAllClose(a.toArray() as number[], e.toArray() as number[], { atol, message: name });
    } else if (String(e.dtype.variant) === "Datetime") {
      assert.deepEqual(
        a.cast(pl.Int64).toArray().map(Number),
        e.cast(pl.Int64).toArray().map(Number),
        name,
      );
    } else {
      assert.deepEqual(a.toArray(), e.toArray(), name);
    }
  }
}

function assertRfmMatch(actual: RfmResult, expected: RfmResult): void {
  assertFramesMatch(actual.table, expected.table);
  assert.equal(actual.snapshot.toISOString(), expected.snapshot.toISOString());
  assert.equal(actual.customers, expected.customers);
  assert.equal(actual.frequencyBasis, expected.frequencyBasis);
  assert.deepEqual(actual.warnings, expected.warnings);
}

function assertPeriodsMatch(actual: PeriodComparison, expected: PeriodComparison): void {
  const { table: at, revenue: ar, ...a } = actual;
  const { table: et, revenue: er, ...e } = expected;
  assert.deepEqual(a, e);
  const scale = Math.max(er.earlier, er.later, 1);
  for (const k of Object.keys(er) as (keyof typeof er)[]) {
    assertAllClose(ar[k], er[k], { atol: 1e-9 * scale, message: k });
  }
  // A repeating customer's change is a difference of two sums: compare it to the scale of the sums.
  assertFramesMatch(at, et, 1e-9 * Math.max(1, ...(et.getColumn("revenue_earlier").toArray() as number[])));
}

/** Every twin against its function on one cleaned table, at the default snapshot and a few dates. */
async function assertTwinsMatch(
  table: pl.DataFrame,
  roles: RoleMap,
  dates: { snapshot: Date; split: Date; from: Date },
): Promise<void> {
  const { con, close } = await segClean(table, roles);
  try {
    const hasInvoice = roles.invoice !== undefined;
    const rfm = computeRfm(table, roles);
    assertRfmMatch(await computeRfmSql(con, { hasInvoice }), rfm);
    const { snapshot } = dates;
    assertRfmMatch(
      await computeRfmSql(con, { hasInvoice, snapshot }),
      computeRfm(table, roles, { snapshot }),
    );
    const end = rfm.snapshot;
    assertPeriodsMatch(
      await comparePeriodsSql(con, { split: dates.split, end, hasInvoice }),
      comparePeriods(table, roles, { split: dates.split, end }),
    );
    assertPeriodsMatch(
      await comparePeriodsSql(con, { split: dates.split }),
      comparePeriods(table, roles, { split: dates.split }),
    );
    const move = { from: dates.from, to: end };
    assert.deepEqual(
      await segmentMovementSql(con, { ...move, hasInvoice }),
      segmentMovement(table, roles, move),
    );
  } finally {
    close();
  }
}

async function cleanedFile(path: string): Promise<{ table: pl.DataFrame; roles: RoleMap }> {
  const loaded = await readTable(path);
  const cleaned = cleanTransactions(loaded.table, mapRoles(loaded.table.columns).roles);
  return { table: cleaned.table, roles: cleaned.roles };
}

Deno.test("RFM twins equal computeRfm, comparePeriods and segmentMovement on data/retail_sample.csv", async () => {
  const { table, roles } = await cleanedFile(projectDataPath("retail_sample.csv"));
  await assertTwinsMatch(table, roles, {
    snapshot: day("2021-09-01"),
    split: day("2021-09-10"),
    from: day("2021-09-10"),
  });
});

Deno.test("RFM twins equal their in-memory functions on a generated invoice file, with and without invoices", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-rfm-sql-" });
  try {
    const path = `${dir}/invoices.csv`;
    await Deno.writeTextFile(path, generateInvoices({ customers: 400, seed: 5 }));
    const { table, roles } = await cleanedFile(path);
    const dates = { snapshot: day("2021-10-15"), split: day("2021-06-01"), from: day("2021-08-01") };
    await assertTwinsMatch(table, roles, dates);
    const { invoice: _, ...noInvoice } = roles;
    await assertTwinsMatch(table, noInvoice, dates);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

testWithSharedData(
  "RFM twins equal their in-memory functions on the Spanish retail reference file",
  "ventas-por-factura.csv",
  async (path) => {
    const { table, roles } = await cleanedFile(path);
    await assertTwinsMatch(table, roles, {
      snapshot: day("2021-07-01"),
      split: day("2021-09-10"),
      from: day("2021-09-10"),
    });
  },
);

const ROLES: RoleMap = { customer: "id", invoice: "inv", date: "when", amount: "total" };

/** Lines written by hand: id, invoice (or null), ISO time, amount. */
function lines(rows: [string, string | null, string, number][]): pl.DataFrame {
  return pl.DataFrame({
    id: rows.map((r) => r[0]),
    inv: pl.Series("inv", rows.map((r) => r[1]), pl.Utf8),
    when: rows.map((r) => new Date(r[2])),
    total: rows.map((r) => r[3]),
  });
}

const EDGE = lines([
  ["b", "1", "2021-01-05T10:00Z", 10],
  ["b", "1", "2021-01-05T10:01Z", 5],
  ["b", null, "2021-03-01T08:00Z", 3],
  ["a", "2", "2021-02-01T09:00Z", 7.5],
  ["a", "3", "2021-02-01T17:00Z", -7.5], // a customer whose spend nets to 0
  ["Z", "4", "2021-03-02T12:00Z", 1],
  ["é", "5", "2021-03-03T12:00Z", 2], // non-ASCII: polars and DuckDB both sort by bytes
  ["ab", "6", "2021-03-04T12:00Z", 4],
  ["one-day", "7", "2021-02-10T08:00Z", 1],
  ["one-day", "8", "2021-02-10T20:00Z", 1],
  ["late", "9", "2021-03-10T12:00Z", 6],
]);

Deno.test("computeRfmSql() equals computeRfm on edge cases: byte order, a missing invoice, non-positive spend, one day, a snapshot with later rows", async () => {
  const { con, close } = await segClean(EDGE, ROLES);
  try {
    for (const snapshot of [undefined, day("2021-03-05"), new Date("2021-02-01T17:00Z")]) {
      const options = snapshot === undefined ? {} : { snapshot };
      const expected = computeRfm(EDGE, ROLES, options);
      const actual = await computeRfmSql(con, { hasInvoice: true, ...options });
      assertRfmMatch(actual, expected);
    }
    const later = await computeRfmSql(con, { hasInvoice: true, snapshot: day("2021-03-05") });
    assert.deepEqual(later.table.getColumn("customer").toArray(), ["Z", "a", "ab", "b", "one-day", "é"]);
    assert.deepEqual(later.warnings.map((w) => w.code), [
      "rfm-rows-without-invoice",
      "rfm-rows-after-snapshot",
      "rfm-non-positive-customers",
    ]);
    assert.deepEqual(later.table.getColumn("frequency").toArray(), [1, 2, 1, 2, 2, 1]); // b: invoice 1 and the missing one
  } finally {
    close();
  }
});

Deno.test("computeRfmSql() without an invoice role counts distinct days, as computeRfm", async () => {
  const { invoice: _, ...roles } = ROLES;
  const { con, close } = await segClean(EDGE, roles);
  try {
    const actual = await computeRfmSql(con, { hasInvoice: false });
    assertRfmMatch(actual, computeRfm(EDGE, roles));
    assert.equal(actual.frequencyBasis, "days");
    assert.equal(
      actual.table.filter(pl.col("customer").eq(pl.lit("one-day"))).getColumn("frequency").get(0),
      1,
    );
  } finally {
    close();
  }
});

Deno.test("computeRfmSql() refuses what computeRfm refuses, with the same message", async () => {
  const { con, close } = await segClean(EDGE, ROLES);
  const empty = await segClean(EDGE.head(0), ROLES);
  try {
    const cases: [DuckDBConnection, Date | undefined, pl.DataFrame][] = [
      [con, day("2021-01-01"), EDGE], // no row before the snapshot
      [con, new Date("nope"), EDGE],
      [empty.con, undefined, EDGE.head(0)],
    ];
    for (const [c, snapshot, table] of cases) {
      const options = snapshot === undefined ? {} : { snapshot };
      let expected: Error | undefined;
      try {
        computeRfm(table, ROLES, options);
      } catch (e) {
        expected = e as Error;
      }
      assert.ok(expected instanceof RangeError);
      await assert.rejects(computeRfmSql(c, { hasInvoice: true, ...options }), expected);
    }
  } finally {
    close();
    empty.close();
  }
});

Deno.test("comparePeriodsSql() equals comparePeriods on edge cases: a split before the first purchase, one customer, errors", async () => {
  const { con, close } = await segClean(EDGE, ROLES);
  const one = EDGE.filter(pl.col("id").eq(pl.lit("b")));
  const single = await segClean(one, ROLES);
  try {
    for (
      const options of [
        { split: day("2021-01-10") }, // the earlier period starts weeks before the first purchase
        { split: day("2021-02-01"), end: day("2021-03-05") },
        { split: day("2021-02-01"), end: day("2021-03-05"), start: day("2020-12-01") },
      ]
    ) {
      assertPeriodsMatch(await comparePeriodsSql(con, options), comparePeriods(EDGE, ROLES, options));
    }
    const split = { split: day("2021-02-15") };
    assertPeriodsMatch(await comparePeriodsSql(single.con, split), comparePeriods(one, ROLES, split));
    for (const options of [{ split: day("2021-04-01") }, { split: new Date("x") }]) {
      let expected: Error | undefined;
      try {
        comparePeriods(EDGE, ROLES, options);
      } catch (e) {
        expected = e as Error;
      }
      await assert.rejects(comparePeriodsSql(con, options), expected);
    }
  } finally {
    close();
    single.close();
  }
});

Deno.test("segmentMovementSql() equals segmentMovement, also when nobody had bought at 'from', and refuses the same", async () => {
  const { con, close } = await segClean(EDGE, ROLES);
  try {
    for (
      const [from, to] of [[day("2021-02-15"), day("2021-03-11")], [day("2020-12-01"), day("2021-03-05")]]
    ) {
      const move = { from: from!, to: to! };
      assert.deepEqual(
        await segmentMovementSql(con, { ...move, hasInvoice: true }),
        segmentMovement(EDGE, ROLES, move),
      );
    }
    for (
      const move of [{ from: day("2020-01-01"), to: day("2020-06-01") }, {
        from: day("2021-03-01"),
        to: day("2021-02-01"),
      }]
    ) {
      let expected: Error | undefined;
      try {
        segmentMovement(EDGE, ROLES, move);
      } catch (e) {
        expected = e as Error;
      }
      await assert.rejects(segmentMovementSql(con, { ...move, hasInvoice: true }), expected);
    }
  } finally {
    close();
  }
});

Deno.test("the RFM twins' days are UTC days: a line a millisecond before midnight", async () => {
  const t = lines([["x", "1", "2021-05-01T23:59:59.999Z", 1], ["x", "2", "2021-05-02T00:00:00.000Z", 1]]);
  const { invoice: _, ...roles } = ROLES;
  const { con, close } = await segClean(t, roles);
  try {
    const sql = await computeRfmSql(con, {
      hasInvoice: false,
      snapshot: new Date(day("2021-05-03").getTime() - 1),
    });
    assertRfmMatch(sql, computeRfm(t, roles, { snapshot: new Date(day("2021-05-03").getTime() - 1) }));
    assert.equal(sql.table.getColumn("frequency").get(0), 2);
    assert.equal(Math.floor((sql.snapshot.getTime() - day("2021-05-02").getTime()) / DAY_MS), 0);
  } finally {
    close();
  }
});

Deno.test("the RFM twins group and sort ids by bytes even where the connection's default collation ignores case", async () => {
  const t = lines([
    ["b", "i1", "2021-05-01T10:00Z", 1],
    ["B", "I1", "2021-05-02T10:00Z", 2],
    ["B", "i1", "2021-05-03T10:00Z", 3],
    ["a", "x", "2021-05-04T10:00Z", 4],
  ]);
  const { con, close } = await segClean(t, ROLES);
  try {
    await con.run("SET default_collation = 'nocase'");
    const rfm = await computeRfmSql(con, { hasInvoice: true });
    assertRfmMatch(rfm, computeRfm(t, ROLES));
    assert.deepEqual(rfm.table.getColumn("customer").toArray(), ["B", "a", "b"]);
    assert.deepEqual(rfm.table.getColumn("frequency").toArray(), [2, 1, 1]); // "I1" and "i1" differ
    const split = { split: day("2021-05-03") };
    assertPeriodsMatch(await comparePeriodsSql(con, split), comparePeriods(t, ROLES, split));
  } finally {
    close();
  }
});

Deno.test("computeRfmSql() reads plain-number ids as numbers and the others as text, across result chunks", async () => {
  const ids = [
    ...Array.from({ length: 4500 }, (_, i) => String(10000 + i)),
    "0",
    "123456789012345", // 15 digits: still a plain number
    "1234567890123456", // 16: text
    "99999999999999999",
    "9e9",
    "zz",
    "é",
  ];
  const t = lines(ids.map((id, i) => [id, `i${i}`, `2021-0${1 + (i % 9)}-1${i % 10}T10:00Z`, 1 + (i % 7)]));
  const { con, close } = await segClean(t, ROLES);
  const plain = await segClean(t.head(4500), ROLES);
  try {
    assertRfmMatch(await computeRfmSql(con, { hasInvoice: true }), computeRfm(t, ROLES));
    assertRfmMatch(await computeRfmSql(plain.con, { hasInvoice: true }), computeRfm(t.head(4500), ROLES));
    const ids = (await computeRfmSql(con, { hasInvoice: true })).table.getColumn("customer").toArray();
    assert.deepEqual(ids.slice(-4), ["99999999999999999", "9e9", "zz", "é"]);
  } finally {
    close();
    plain.close();
  }
});

Deno.test("segmentMovementSql() reuses the RFM at 'to' when given, with the same result, and refuses one at another date", async () => {
  const { con, close } = await segClean(EDGE, ROLES);
  try {
    const move = { from: day("2021-02-15"), to: day("2021-03-11") };
    const rfmAtTo = await computeRfmSql(con, { hasInvoice: true, snapshot: move.to });
    assert.deepEqual(
      await segmentMovementSql(con, { ...move, hasInvoice: true, rfmAtTo }),
      segmentMovement(EDGE, ROLES, move),
    );
    const other = await computeRfmSql(con, { hasInvoice: true, snapshot: day("2021-03-09") });
    await assert.rejects(
      segmentMovementSql(con, { ...move, hasInvoice: true, rfmAtTo: other }),
      /^RangeError: Cannot compute segment movement: the RFM passed as rfmAtTo is at .*, not at "to"/,
    );
  } finally {
    close();
  }
});

Deno.test("the RFM twins read the table named by the option 'table'", async () => {
  const { con, close } = await segClean(EDGE, ROLES);
  try {
    await con.run(`CREATE VIEW "my ""lines""" AS SELECT * FROM seg_clean`);
    const table = 'my "lines"';
    assertRfmMatch(await computeRfmSql(con, { hasInvoice: true, table }), computeRfm(EDGE, ROLES));
    const split = { split: day("2021-02-01") };
    assertPeriodsMatch(await comparePeriodsSql(con, { ...split, table }), comparePeriods(EDGE, ROLES, split));
    const move = { from: day("2021-02-15"), to: day("2021-03-11") };
    assert.deepEqual(
      await segmentMovementSql(con, { ...move, hasInvoice: true, table: "main.seg_clean" }),
      segmentMovement(EDGE, ROLES, move),
    );
    await assert.rejects(computeRfmSql(con, { hasInvoice: true, table: "absent" }), /absent/);
  } finally {
    close();
  }
});
