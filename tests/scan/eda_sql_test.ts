/**
 * The SQL twins of the EDA and cohort analyses (lib/scan) equal their in-memory functions on the
 * same rows: `monthlyTrendSql` = `monthlyTrend`, `topCountriesSql` = `topCountries`,
 * `cohortRetentionSql` = `cohortRetention` (counts, months and order exactly, money to 1e-9
 * relative, retention bit for bit), on the bundled sample, a generated file, the Spanish retail
 * reference file and hand-made edge cases.
 */
import pl from "nodejs-polars";
import assert from "node:assert/strict";
import type { RoleMap } from "../../lib/base/types.ts";
import { cleanTransactions } from "../../lib/clean/mod.ts";
import { type MonthlyPoint, monthlyTrend } from "../../lib/eda/monthly_trend.ts";
import { type CountryTotal, topCountries } from "../../lib/eda/top_countries.ts";
import { cohortRetention } from "../../lib/cohorts/cohort_retention.ts";
import { generateInvoiceChunks } from "../../lib/generate/invoices.ts";
import { mapRoles, readTable } from "../../lib/load/mod.ts";
import { splitAtSnapshot } from "../../lib/rfm/split_at_snapshot.ts";
import { monthlyTrendSql } from "../../lib/scan/monthly_trend_sql.ts";
import { topCountriesSql } from "../../lib/scan/top_countries_sql.ts";
import { cohortRetentionSql } from "../../lib/scan/cohort_retention_sql.ts";
import { assertAllClose } from "../_assert.ts";
import { projectDataPath, testWithSharedData } from "../_data.ts";
import { segClean } from "./_seg_clean.ts";

/** Every field exactly but `revenue`, which is compared to 1e-9 relative (sums in another order). */
function assertSameMonths(actual: MonthlyPoint[], expected: MonthlyPoint[], label: string): void {
  assert.deepEqual(
    actual.map((p) => ({ ...p, revenue: 0 })),
    expected.map((p) => ({ ...p, revenue: 0 })),
    label,
  );
  assertAllClose(actual.map((p) => p.revenue), expected.map((p) => p.revenue), { message: label });
}

/** Every field exactly but `revenue` and `revenueShare` (1e-9 relative). */
function assertSameCountries(actual: CountryTotal[], expected: CountryTotal[], label: string): void {
  const exact = (r: CountryTotal) => ({ ...r, revenue: 0, revenueShare: 0 });
  assert.deepEqual(actual.map(exact), expected.map(exact), label);
  assertAllClose(actual.map((r) => r.revenue), expected.map((r) => r.revenue), { message: label });
  assertAllClose(actual.map((r) => r.revenueShare), expected.map((r) => r.revenueShare), { message: label });
}

/** Put `table` into DuckDB as seg_clean and compare the three twins with their in-memory functions. */
async function assertTwinsEqual(table: pl.DataFrame, roles: RoleMap, label: string): Promise<void> {
  const { con, close } = await segClean(table, roles);
  try {
    const months = monthlyTrend(table, roles);
    const hasInvoice = roles.invoice !== undefined;
    assertSameMonths(await monthlyTrendSql(con, { hasInvoice }), months, `${label}: monthly`);
    if (months.some((p) => (p.invoices ?? 0) > 0) || !hasInvoice) {
      assertSameMonths(await monthlyTrendSql(con), months, `${label}: monthly, invoices detected`);
    }
    if (roles.country === undefined) {
      assert.deepEqual(await topCountriesSql(con), [], `${label}: no country role`);
    } else {
      for (const n of [10, 1, 0, 1000]) {
        assertSameCountries(
          await topCountriesSql(con, { n }),
          topCountries(table, roles, { n }),
          `${label}: countries, n = ${n}`,
        );
      }
    }
    // deepEqual is strict here (Object.is): NaN cells and every retention bit must match.
    assert.deepEqual(await cohortRetentionSql(con), cohortRetention(table, roles), `${label}: cohorts`);
  } finally {
    close();
  }
}

/** readTable + mapRoles + cleanTransactions, as the pipeline cleans an invoice file. */
async function readCleaned(path: string): Promise<{ table: pl.DataFrame; roles: RoleMap }> {
  const loaded = await readTable(path);
  const cleaned = cleanTransactions(loaded.table, mapRoles(loaded.table.columns).roles, {
    file: loaded.file,
  });
  return { table: cleaned.table, roles: cleaned.roles };
}

/** `roles` without the given roles. */
function without(roles: RoleMap, ...drop: (keyof RoleMap)[]): RoleMap {
  const out: RoleMap = { ...roles };
  for (const k of drop) delete out[k];
  return out;
}

Deno.test("the EDA and cohort twins equal monthlyTrend, topCountries and cohortRetention on retail_sample.csv", async () => {
  const { table, roles } = await readCleaned(projectDataPath("retail_sample.csv"));
  assert.ok(roles.invoice !== undefined && roles.country !== undefined);
  await assertTwinsEqual(table, roles, "sample");
  await assertTwinsEqual(table, without(roles, "invoice", "country"), "sample without invoice and country");
});

Deno.test("the EDA and cohort twins equal their in-memory functions on a generated invoice file", async () => {
  const dir = await Deno.makeTempDir({ prefix: "segmenta-eda-sql-" });
  try {
    const path = `${dir}/invoices.csv`;
    const decoder = new TextDecoder();
    const chunks = generateInvoiceChunks({ lines: 20_000, seed: 11, months: 26, chunkLines: 5000 });
    await Deno.writeTextFile(path, [...chunks].map((c) => decoder.decode(c)).join(""));
    const { table, roles } = await readCleaned(path);
    assert.ok(table.height > 15_000, `${table.height} rows after cleaning`);
    await assertTwinsEqual(table, roles, "generated");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

testWithSharedData(
  "the EDA and cohort twins equal their in-memory functions on the Spanish retail file, whole and cut at a snapshot",
  "ventas-por-factura.csv",
  async (path) => {
    const { table, roles } = await readCleaned(path);
    await assertTwinsEqual(table, roles, "ventas");
    const cut = splitAtSnapshot(table, roles, new Date("2021-06-15T00:00:00Z")).before;
    assert.ok(cut.height > 0 && cut.height < table.height);
    await assertTwinsEqual(cut, roles, "ventas before 2021-06-15");
  },
);

const ms = (iso: string) => Date.parse(`${iso}Z`);

/** A cleaned-like table from rows `[customer, invoice, ISO date, amount, country]`. */
function lines(rows: [string, string | null, string, number, string | null][]): pl.DataFrame {
  return pl.DataFrame({
    cust: rows.map((r) => r[0]),
    inv: pl.Series("inv", rows.map((r) => r[1]), pl.Utf8),
    day: pl.Series("day", rows.map((r) => ms(r[2])), pl.Float64).cast(pl.Datetime("ms")),
    amount: pl.Series("amount", rows.map((r) => r[3]), pl.Float64),
    country: pl.Series("country", rows.map((r) => r[4]), pl.Utf8),
  });
}

const ROLES: RoleMap = {
  customer: "cust",
  invoice: "inv",
  date: "day",
  amount: "amount",
  country: "country",
};

Deno.test("the twins count gap months as zeros, return customers after a gap, and cut months at naive UTC midnight", async () => {
  const t = lines([
    ["a", "1", "2021-01-31T23:59:59.999", 10, "UK"],
    ["b", "2", "2021-02-01T00:00:00", 4, "UK"],
    ["a", "3", "2021-05-10T08:00:00", 1.5, "FR"],
    ["c", "4", "2021-05-31T12:00:00", 2.25, null],
    ["b", "5", "2021-07-01T00:00:00", 7, "FR"],
  ]);
  await assertTwinsEqual(t, ROLES, "gaps");
  const { con, close } = await segClean(t, ROLES);
  try {
    const points = await monthlyTrendSql(con);
    assert.deepEqual(points.map((p) => [p.month, p.orders, p.newCustomers]), [
      ["2021-01", 1, 1],
      ["2021-02", 1, 1],
      ["2021-03", 0, 0],
      ["2021-04", 0, 0],
      ["2021-05", 2, 1],
      ["2021-06", 0, 0],
      ["2021-07", 1, 0],
    ]);
    const cohorts = await cohortRetentionSql(con);
    assert.deepEqual(cohorts.cohorts, ["2021-01", "2021-02", "2021-05"]);
    assert.deepEqual(cohorts.counts[0], [1, 0, 0, 0, 1, 0, 0]);
  } finally {
    close();
  }
});

Deno.test("the twins on one customer buying on one day, and on months before 1970", async () => {
  await assertTwinsEqual(
    lines([["solo", "9", "2021-03-04T10:00:00", 5, "NL"], ["solo", "9", "2021-03-04T10:00:00", 6, "NL"]]),
    ROLES,
    "one customer, one day",
  );
  await assertTwinsEqual(
    lines([
      ["a", "1", "1969-12-31T23:59:59.999", 1, "UK"],
      ["b", "2", "1969-11-01T00:00:00", 2, "UK"],
      ["a", "3", "1970-01-01T00:00:00", 3, "UK"],
    ]),
    ROLES,
    "before 1970",
  );
});

Deno.test("cohortRetentionSql() over 256 months (per-customer bit strings) and 257 (the group-by plan) equals cohortRetention", async () => {
  for (const last of ["2021-04-30T23:00:00", "2021-05-01T00:00:00"]) {
    await assertTwinsEqual(
      lines([
        ["a", "1", "2000-01-01T00:00:00", 1, "UK"],
        ["b", "2", "2000-01-15T00:00:00", 2, "UK"],
        ["a", "3", "2010-07-04T00:00:00", 3, "UK"],
        ["c", "4", "2010-07-31T00:00:00", 4, "FR"],
        ["b", "5", last, 5, "FR"],
        ["c", "6", last, 6, "FR"],
      ]),
      ROLES,
      `span to ${last}`,
    );
  }
});

Deno.test("topCountriesSql() ranks ties by name in byte order, as polars sorts, and divides by every row's revenue", async () => {
  const t = lines([
    ["a", "1", "2021-01-01T00:00:00", 10, "Zambia"],
    ["b", "2", "2021-01-02T00:00:00", 10, "austria"],
    ["c", "3", "2021-01-03T00:00:00", 10, "Éire"],
    ["d", "4", "2021-01-04T00:00:00", 10, "Belgium"],
    ["e", "5", "2021-01-05T00:00:00", 30, "Chile"],
    ["e", "6", "2021-01-06T00:00:00", 30, null],
  ]);
  await assertTwinsEqual(t, ROLES, "ties");
  const { con, close } = await segClean(t, ROLES);
  try {
    assert.deepEqual(await topCountriesSql(con, { n: 3 }), [
      { country: "Chile", revenue: 30, revenueShare: 0.3, customers: 1, orders: 1 },
      { country: "Belgium", revenue: 10, revenueShare: 0.1, customers: 1, orders: 1 },
      { country: "Zambia", revenue: 10, revenueShare: 0.1, customers: 1, orders: 1 },
    ]);
    await assert.rejects(
      () => topCountriesSql(con, { n: 1.5 }),
      /^RangeError: Cannot total the countries with n = 1.5/,
    );
  } finally {
    close();
  }
});

Deno.test("monthlyTrendSql() gives invoices: null without an invoice role, and counts them when told the role exists", async () => {
  const t = lines([
    ["a", null, "2021-01-05T00:00:00", 1, "UK"],
    ["b", null, "2021-03-05T00:00:00", 2, "UK"],
  ]);
  await assertTwinsEqual(t, without(ROLES, "invoice"), "no invoice role");
  const { con, close } = await segClean(t, ROLES);
  try {
    // An invoice column without a single id cannot be told from no invoice role by the rows alone.
    assert.deepEqual((await monthlyTrendSql(con)).map((p) => p.invoices), [null, null, null]);
    assert.deepEqual((await monthlyTrendSql(con, { hasInvoice: true })).map((p) => p.invoices), [0, 0, 0]);
    assert.deepEqual(monthlyTrend(t, ROLES).map((p) => p.invoices), [0, 0, 0]);
  } finally {
    close();
  }
});

Deno.test("the twins on an empty table and on a table named by the table option", async () => {
  const empty = lines([]);
  await assertTwinsEqual(empty, ROLES, "empty");
  const t = lines([["a", "1", "2021-01-05T00:00:00", 1, "UK"], ["a", "2", "2021-02-05T00:00:00", 2, "UK"]]);
  const { con, close } = await segClean(t, ROLES);
  try {
    await con.run(`ALTER TABLE seg_clean RENAME TO "my lines"`);
    const table = `"my lines"`;
    assertSameMonths(await monthlyTrendSql(con, { table }), monthlyTrend(t, ROLES), "table option");
    assertSameCountries(await topCountriesSql(con, { table }), topCountries(t, ROLES), "table option");
    assert.deepEqual(await cohortRetentionSql(con, { table }), cohortRetention(t, ROLES));
  } finally {
    close();
  }
});
