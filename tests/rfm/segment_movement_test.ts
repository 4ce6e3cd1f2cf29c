import assert from "node:assert/strict";
import pl from "nodejs-polars";
import {
  computeRfm,
  RF_GRID_SEGMENTS,
  type RfmRuleSet,
  scoreRfm,
  segmentMovement,
  segmentRfm,
} from "../../lib/rfm/mod.ts";
import { movementWarningText, nameMovement } from "../../lib/text/rfm.ts";
import { testWithSharedData } from "../_data.ts";
import { readVentasByHand, VENTAS_ROLES } from "./_reference.ts";
import type { RoleMap } from "../../lib/base/types.ts";

const ROLES: RoleMap = { customer: "cust", invoice: "inv", date: "day", amount: "amt" };
const FROM = new Date("2021-04-01T00:00:00Z");
const TO = new Date("2021-07-01T00:00:00Z");

/** Two quarters of invoices (one row each, amount 1). */
function twoQuarters(): pl.DataFrame {
  const rows: [string, string][] = [
    ["A", "2021-01-10"],
    ["A", "2021-02-10"],
    ["A", "2021-03-20"],
    ["B", "2021-03-25"],
    ["B", "2021-05-01"],
    ["B", "2021-06-01"],
    ["B", "2021-06-20"],
    ["C", "2021-01-05"],
    ["D", "2021-06-25"],
    ["E", "2021-04-10"],
    ["E", "2021-05-10"],
    ["F", "2021-04-10"],
    ["F", "2021-05-10"],
    ["G", "2021-07-01"], // on the later snapshot: not before it, so never counted
  ];
  return pl.DataFrame({
    cust: rows.map((r) => r[0]),
    inv: rows.map((_, i) => `i${i}`),
    day: rows.map((r) => r[1]),
    amt: rows.map(() => 1),
  }).withColumns(pl.col("day").str.strptime(pl.Date, "%Y-%m-%d"));
}

const t = (s: string) => ({ en: s, es: s, id: s });
const seg = (key: string, r: number, f: number) => ({
  key,
  cells: [{ r: [r], f: [f] }],
  names: t(key.replace("_", " ")),
  descriptions: t(key),
  actions: [],
});
/** Two bins (above/below the median), four segments. */
const HALVES: RfmRuleSet = {
  name: "halves",
  axes: "RF",
  segments: [
    seg("active_frequent", 2, 2),
    seg("active", 2, 1),
    seg("lapsed_frequent", 1, 2),
    seg("lapsed", 1, 1),
  ],
};

Deno.test("segmentMovement() counts moves between two quarters worked out by hand", () => {
  // At 04-01: A (12 days, 3 inv), B (7 days, 1), C (86 days, 1); medians 12 days and 1 invoice
  //   → A lapsed_frequent (12 is not below 12), B active, C lapsed.
  // At 07-01: A (102, 3), B (11, 4), C (177, 1), D (6, 1), E and F (52, 2); medians 52 and 2
  //   → A lapsed_frequent, B active_frequent, C lapsed, D active, E and F lapsed; G is not yet in.
  const move = segmentMovement(twoQuarters(), ROLES, { from: FROM, to: TO, ruleSet: HALVES, bins: 2 });
  assert.deepEqual(move.customers, { from: 3, to: 6 });
  assert.deepEqual(
    nameMovement(move, HALVES, "en").transitions.map((x) => `${x.fromName} -> ${x.toName}: ${x.customers}`),
    [
      "(new) -> lapsed: 2",
      "active -> active frequent: 1",
      "lapsed frequent -> lapsed frequent: 1",
      "lapsed -> lapsed: 1",
      "(new) -> active: 1",
    ],
  );
  assert.deepEqual(move.matrix.rows, ["active_frequent", "active", "lapsed_frequent", "lapsed", "(new)"]);
  assert.deepEqual(move.matrix.columns, ["active_frequent", "active", "lapsed_frequent", "lapsed"]);
  assert.deepEqual(move.matrix.counts, [
    [0, 0, 0, 0],
    [1, 0, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
    [0, 1, 0, 2],
  ]);
  assert.equal(move.from, FROM);
  assert.equal(move.to, TO);
});

Deno.test("nameMovement() names the default grid's moves in the chosen language", () => {
  const move = nameMovement(
    segmentMovement(twoQuarters(), ROLES, { from: FROM, to: TO }),
    RF_GRID_SEGMENTS,
    "es",
  );
  const total = move.transitions.reduce((s, x) => s + x.customers, 0);
  assert.equal(total, 6);
  assert.equal(move.matrix.rows.length, 11);
  assert.ok(
    move.transitions.every((x) => x.from === "(new)" ? x.fromName === "(nuevo)" : x.fromName !== x.from),
  );
  assert.equal(move.transitions.filter((x) => x.from === "(new)").reduce((s, x) => s + x.customers, 0), 3);
});

Deno.test("segmentMovement() makes everyone new when nothing precedes the earlier snapshot", () => {
  const move = segmentMovement(twoQuarters(), ROLES, {
    from: new Date("2020-01-01Z"),
    to: TO,
    ruleSet: HALVES,
    bins: 2,
  });
  assert.equal(move.customers.from, 0);
  assert.ok(move.transitions.every((x) => x.from === "(new)"));
  assert.equal(move.matrix.counts[4]!.reduce((a, b) => a + b, 0), 6);
});

Deno.test("segmentMovement() rejects snapshots out of order or invalid", () => {
  assert.throws(
    () => segmentMovement(twoQuarters(), ROLES, { from: TO, to: FROM }),
    /^RangeError: Cannot compute segment movement: "from" \(2021-07-01T00:00:00.000Z\) must be before "to" \(2021-04-01T00:00:00.000Z\); swap them$/,
  );
  assert.throws(
    () => segmentMovement(twoQuarters(), ROLES, { from: new Date(""), to: TO }),
    /^RangeError: Cannot compute segment movement: "from" is "Invalid Date", not a valid date/,
  );
  assert.throws(
    () =>
      segmentMovement(twoQuarters(), ROLES, { from: new Date("2019-01-01Z"), to: new Date("2020-01-01Z") }),
    /^RangeError: Cannot compute segment movement: no row is dated before "to" \(2020-01-01T00:00:00.000Z\); pick a later date$/,
  );
});

testWithSharedData(
  "segmentMovement() on ventas-por-factura.csv agrees with segmentRfm at each snapshot",
  "ventas-por-factura.csv",
  (path) => {
    const { table } = readVentasByHand(path);
    const from = new Date("2021-09-01T00:00:00Z"), to = new Date("2021-12-01T00:00:00Z");
    const move = segmentMovement(table, VENTAS_ROLES, { from, to });
    const sizes = (at: Date) => {
      const named = segmentRfm(scoreRfm(computeRfm(table, VENTAS_ROLES, { snapshot: at }).table));
      const keys = named.getColumn("segment").toArray() as string[];
      return Object.fromEntries(move.matrix.columns.map((k) => [k, keys.filter((x) => x === k).length]));
    };
    const rowSums = Object.fromEntries(
      move.matrix.rows.map((k, i) => [k, move.matrix.counts[i]!.reduce((a, b) => a + b, 0)]),
    );
    const colSums = Object.fromEntries(
      move.matrix.columns.map((k, j) => [k, move.matrix.counts.reduce((a, row) => a + row[j]!, 0)]),
    );
    const { "(new)": fresh, ...old } = rowSums;
    assert.deepEqual(old, sizes(from));
    assert.deepEqual(colSums, sizes(to));
    assert.equal(fresh, move.customers.to - move.customers.from);
    assert.equal(move.transitions.reduce((a, x) => a + x.customers, 0), move.customers.to);
    for (let i = 1; i < move.transitions.length; i++) {
      assert.ok(move.transitions[i - 1]!.customers >= move.transitions[i]!.customers);
    }
  },
);

Deno.test("segmentMovement() dates the scoring warnings of each snapshot; movementWarningText() says so first", () => {
  const move = segmentMovement(twoQuarters(), ROLES, { from: FROM, to: TO });
  const dated = move.warnings.filter((w) => w.at !== undefined);
  assert.ok(dated.length > 0, JSON.stringify(move.warnings));
  for (const w of dated) {
    assert.ok(w.at === "2021-04-01" || w.at === "2021-07-01", String(w.at));
    assert.match(w.code, /^rfm-few-(recency|frequency|monetary)-scores$/);
    assert.match(movementWarningText(w, "en"), new RegExp(`^At ${w.at}: [RFM] got \\d distinct scores of 5`));
    assert.match(movementWarningText(w, "es"), new RegExp(`^Al ${w.at}: [RFM] obtuvo solo \\d puntuaciones`));
  }
});
