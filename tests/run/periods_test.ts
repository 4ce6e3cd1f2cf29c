import assert from "node:assert/strict";
import { analyzeRfm, buildReport, comparePeriods, mapRoles, readTable, runRecord } from "../../lib/mod.ts";
import { projectDataPath } from "../_data.ts";

const FAST = { nBoot: 2, kMax: 4, nInit: 2, value: false } as const;
const DAY_MS = 86_400_000;

Deno.test("analyzeRfm() compares the last 90 days with the 90 before, ending at the snapshot, and says it in the run's language", async () => {
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  const mapping = mapRoles(loaded.table.columns);
  const a = analyzeRfm(loaded, mapping, { ...FAST, lang: "es" });
  const p = a.periods!;
  assert.equal(p.later.end.getTime(), a.rfm.snapshot.getTime());
  assert.equal(p.later.days, 90);
  assert.equal(p.earlier.days, 90);
  const direct = comparePeriods(a.cleaned.table, a.cleaned.roles, { split: p.later.start, end: p.later.end });
  assert.deepEqual(p.customers, direct.customers);
  assert.deepEqual(p.revenue, direct.revenue);
  assert.match(p.sentences[0]!, /^Periodo anterior del \d{4}-\d\d-\d\d al \d{4}-\d\d-\d\d \(90 días\)/);
  assert.match(p.sentences[1]!, new RegExp(`^${p.customers.repeating} clientes compraron en ambos periodos`));
  const up = p.revenue.later > p.revenue.earlier;
  assert.match(p.sentences[2]!, up ? /^Los ingresos subieron/ : /^Los ingresos bajaron/);
});

Deno.test("analyzeRfm(): compareFrom moves the split, false skips the comparison, and short data is cut in half", async () => {
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  const mapping = mapRoles(loaded.table.columns);
  const a = analyzeRfm(loaded, mapping, { ...FAST, compareFrom: new Date("2021-07-01T00:00:00Z") });
  assert.equal(a.periods!.later.start.toISOString(), "2021-07-01T00:00:00.000Z");
  assert.equal(a.periods!.earlier.days, a.periods!.later.days);
  assert.equal(analyzeRfm(loaded, mapping, { ...FAST, compareFrom: false }).periods, null);

  const dir = await Deno.makeTempDir({ prefix: "segmenta-periods-" });
  try {
    const lines = ["customer,invoice,date,amount"];
    for (let c = 0; c < 30; c++) {
      lines.push(`K${c},I${c},2021-03-${String(1 + (c % 20)).padStart(2, "0")},${10 + c}`);
    }
    await Deno.writeTextFile(`${dir}/short.csv`, lines.join("\n") + "\n");
    const short = await readTable(`${dir}/short.csv`);
    const s = analyzeRfm(short, mapRoles(short.table.columns), FAST);
    // 2021-03-01 .. 2021-03-20: the snapshot is 2021-03-21, 20 days, so 10 and 10.
    assert.equal(s.periods!.later.days, 10);
    assert.equal(s.periods!.later.start.getTime(), Date.UTC(2021, 2, 11));
    assert.equal(s.periods!.earlier.start.getTime(), Date.UTC(2021, 2, 11) - 10 * DAY_MS);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("The report has a section for the two periods (sentences, statuses and the bridge in money) and the run record keeps the counts", async () => {
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  const a = analyzeRfm(loaded, mapRoles(loaded.table.columns), { ...FAST, lang: "es", currency: "EUR" });
  const section = buildReport(a).sections!.find((s) => s.id === "periods")!;
  assert.equal(section.title, "Comparación de dos periodos");
  assert.deepEqual(section.paragraphs, a.periods!.sentences);
  assert.deepEqual(section.tables![0]!.rows.map((r) => r[1]), [
    a.periods!.customers.repeating,
    a.periods!.customers.new,
    a.periods!.customers.returned,
    a.periods!.customers.lapsed,
  ]);
  const bridge = section.tables![1]!;
  assert.equal(bridge.caption, "ingresos (€)");
  assert.equal(bridge.rows.at(-1)![1], a.periods!.revenue.later);
  const record = runRecord(a) as { periods?: { later: { days: number }; customers: unknown } };
  assert.equal(record.periods!.later.days, 90);
  assert.deepEqual(record.periods!.customers, a.periods!.customers);
  const skipped = analyzeRfm(loaded, mapRoles(loaded.table.columns), { ...FAST, compareFrom: false });
  assert.equal(buildReport(skipped).sections!.some((s) => s.id === "periods"), false);
  assert.equal("periods" in runRecord(skipped), false);
});

Deno.test("analyzeRfm() refuses a compareFrom on or after the snapshot, naming the option and how to skip", async () => {
  const loaded = await readTable(projectDataPath("retail_sample.csv"));
  assert.throws(
    () =>
      analyzeRfm(loaded, mapRoles(loaded.table.columns), {
        ...FAST,
        compareFrom: new Date("2030-01-01T00:00:00Z"),
      }),
    /compareFrom 2030-01-01 is not before the snapshot \d{4}-\d\d-\d\d.*give an earlier compareFrom, or pass compareFrom: false/,
  );
});
