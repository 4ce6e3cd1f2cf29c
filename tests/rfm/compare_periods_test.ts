import assert from "node:assert/strict";
import fc from "fast-check";
import pl from "nodejs-polars";
import { comparePeriods, type PeriodComparison } from "../../lib/rfm/mod.ts";
import { bridgeRows, periodSentences } from "../../lib/text/periods.ts";
import { assertAllClose } from "../_assert.ts";
import { testWithSharedData } from "../_data.ts";
import { readVentasByHand, VENTAS_ROLES } from "./_reference.ts";

interface PeriodsReference {
  cases: {
    split: string;
    start: string;
    end: string;
    customers: PeriodComparison["customers"];
    revenue: Record<string, number>;
    table: { customer: string[]; status: string[]; change: number[] };
  }[];
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const roles = { customer: "id", date: "when", amount: "total" };

Deno.test("comparePeriods() sorts customers into new, returned, repeating and lapsed, worked out by hand", () => {
  const lines = pl.DataFrame({
    id: ["old", "a", "a", "b", "c", "c", "old", "z"],
    when: [
      "2020-11-01",
      "2021-01-05",
      "2021-02-03",
      "2021-01-20",
      "2021-02-10",
      "2021-02-11",
      "2021-02-20",
      "2021-03-01",
    ]
      .map(day),
    total: [99, 10, 25, 40, 5, 5, 7, 1000],
  });
  const r = comparePeriods(lines, roles, {
    split: day("2021-02-01"),
    end: day("2021-03-01"),
    start: day("2021-01-01"),
  });
  assert.deepEqual(r.customers, { new: 2, returned: 1, repeating: 1, lapsed: 1 });
  assert.deepEqual(r.revenue, { earlier: 50, later: 42, fromNew: 17, lost: 40, grown: 15, shrunk: 0 });
  assert.deepEqual(r.table.getColumn("customer").toArray(), ["a", "b", "c", "old"]); // z is after the end
  assert.deepEqual(r.table.getColumn("status").toArray(), ["repeating", "lapsed", "new", "new"]);
  assert.equal(r.earlier.days, 31);
  assert.equal(r.later.days, 28);
});

Deno.test("comparePeriods() gives the earlier period the later one's length by default, ending at the last purchase's day", () => {
  const lines = pl.DataFrame({
    id: ["a", "b"],
    when: [new Date("2021-01-01T10:00Z"), new Date("2021-03-10T23:00Z")],
    total: [1, 2],
  });
  const r = comparePeriods(lines, roles, { split: new Date("2021-03-01T15:00Z") });
  assert.equal(r.later.start.toISOString(), "2021-03-01T00:00:00.000Z");
  assert.equal(r.later.end.toISOString(), "2021-03-11T00:00:00.000Z");
  assert.equal(r.earlier.start.toISOString(), "2021-02-19T00:00:00.000Z");
  assert.deepEqual(r.customers, { new: 1, returned: 0, repeating: 0, lapsed: 0 });
});

Deno.test("comparePeriods() refuses an empty period and an invalid date, saying what to do", () => {
  const lines = pl.DataFrame({ id: ["a"], when: [day("2021-01-01")], total: [1] });
  assert.throws(
    () => comparePeriods(lines, roles, { split: day("2021-02-01") }),
    /later period is empty.*split before/,
  );
  assert.throws(() => comparePeriods(lines, roles, { split: new Date("x") }), /"split" is "Invalid Date"/);
  assert.throws(
    () => comparePeriods(lines, roles, { split: day("2021-01-01"), start: day("2021-01-01") }),
    /"start" must be before "split"/,
  );
});

Deno.test("comparePeriods(): the bridge adds up and the statuses partition the active customers, on random lines", () => {
  const line = fc.record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
    dayIndex: fc.integer({ min: 0, max: 90 }),
    total: fc.integer({ min: -50, max: 500 }),
  });
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 90 }), (ls, s) => {
      const base = Date.UTC(2021, 0, 1);
      const lines = pl.DataFrame({
        id: ls.map((l) => l.id),
        when: ls.map((l) => new Date(base + l.dayIndex * 86_400_000)),
        total: ls.map((l) => l.total),
      });
      const last = Math.max(...ls.map((l) => l.dayIndex));
      if (s > last) return;
      const r = comparePeriods(lines, roles, { split: new Date(base + s * 86_400_000) });
      const b = r.revenue;
      assert.ok(Math.abs(b.earlier + b.fromNew - b.lost + b.grown - b.shrunk - b.later) < 1e-9);
      const c = r.customers;
      assert.equal(c.new + c.repeating + c.lapsed, r.table.height);
      assert.ok(c.returned <= c.new && b.grown >= 0 && b.shrunk >= 0);
      // By hand: who bought in each window.
      const inWindow = (p: { start: Date; end: Date }) =>
        new Set(
          ls.filter((l) => {
            const t = base + l.dayIndex * 86_400_000;
            return t >= p.start.getTime() && t < p.end.getTime();
          }).map((l) => l.id),
        );
      const e = inWindow(r.earlier), l = inWindow(r.later);
      assert.equal(c.repeating, [...e].filter((x) => l.has(x)).length);
      assert.equal(c.lapsed, [...e].filter((x) => !l.has(x)).length);
    }),
    { seed: 7, numRuns: 200 },
  );
});

testWithSharedData(
  "comparePeriods() on ventas-por-factura.csv equals pandas (tests/reference/make_periods.py)",
  "ventas-por-factura.csv",
  (path) => {
    const ref: PeriodsReference = JSON.parse(
      Deno.readTextFileSync(new URL("../reference/periods.json", import.meta.url)),
    );
    const { table } = readVentasByHand(path);
    for (const c of ref.cases) {
      const r = comparePeriods(table, VENTAS_ROLES, { split: day(c.split) });
      assert.equal(r.earlier.start.toISOString().slice(0, 10), c.start);
      assert.equal(r.later.end.toISOString().slice(0, 10), c.end);
      assert.deepEqual(r.customers, c.customers);
      const keys = Object.keys(c.revenue) as (keyof typeof r.revenue)[];
      assertAllClose(keys.map((k) => r.revenue[k]), keys.map((k) => c.revenue[k]!), {
        rtol: 1e-9,
        atol: 1e-6,
      });
      assert.deepEqual(r.table.getColumn("customer").toArray(), c.table.customer);
      assert.deepEqual(r.table.getColumn("status").toArray(), c.table.status);
      assertAllClose(r.table.getColumn("change").toArray() as number[], c.table.change, {
        rtol: 1e-9,
        atol: 1e-6,
      });
    }
  },
);

Deno.test("periodSentences() says 'fell' only when revenue fell, in Spanish and Indonesian too; bridgeRows() add up", () => {
  const lines = pl.DataFrame({
    id: ["a", "b", "a"],
    when: ["2021-01-05", "2021-01-06", "2021-02-05"].map(day),
    total: [100, 50, 30],
  });
  const c = comparePeriods(lines, roles, { split: day("2021-02-01"), start: day("2021-01-01") });
  const es = periodSentences(c, "es");
  assert.equal(
    es[0],
    "Periodo anterior del 2021-01-01 al 2021-01-31 (31 días); periodo posterior del 2021-02-01 al 2021-02-05 (5 días).",
  );
  assert.match(
    es[2]!,
    /^Los ingresos bajaron de 150 a 30 \(-80,0 %\): los clientes nuevos aportaron 0, los que dejaron de comprar restaron 50,.* gastaron menos restaron 70\.$/,
  );
  assert.match(periodSentences(c, "id")[2]!, /^Pendapatan turun dari 150 menjadi 30/);
  assert.match(
    periodSentences(c, "en")[1]!,
    /^1 customers bought in both periods, 0 are new .* and 1 bought only in the earlier period\.$/,
  );
  const rows = bridgeRows(c, "en");
  assert.equal(rows.slice(0, 5).reduce((s, r) => s + r.value, 0), rows[5]!.value);
});

Deno.test("periodSentences() says when the earlier period starts before the data, with how many of its days are covered", () => {
  const lines = pl.DataFrame({
    id: ["a", "b", "a"],
    when: ["2021-01-20", "2021-01-25", "2021-02-05"].map(day),
    total: [100, 50, 30],
  });
  const c = comparePeriods(lines, roles, { split: day("2021-02-01"), start: day("2021-01-01") });
  assert.equal(c.firstPurchase.toISOString(), "2021-01-20T00:00:00.000Z");
  const en = periodSentences(c, "en");
  assert.equal(en.length, 4);
  assert.equal(
    en[3],
    "The earlier period starts before the first purchase in the data (2021-01-20): only 12 of its 31 days have data, so its customers and revenue are not a full period's.",
  );
  assert.match(periodSentences(c, "es")[3]!, /^El periodo anterior empieza antes .* solo 12 de sus 31 días/);
  // A period the data covers says nothing of the kind.
  const full = comparePeriods(lines, roles, { split: day("2021-02-01"), start: day("2021-01-20") });
  assert.equal(periodSentences(full, "en").length, 3);
});
