/**
 * A transaction file whose date column is not read as dates: the run names the column and the
 * fix. Before, it was analysed as one row per customer and stopped on "repeated customer ids",
 * suggesting a library option (`duplicates: "first"`) that hid the cause.
 */
import assert from "node:assert/strict";
import { analyzeFile } from "../../lib/run/analyze_file.ts";
import { writeFixture } from "./_write.ts";

Deno.test("analyzeFile() names a date column it could not read instead of reporting repeated ids", async () => {
  const path = await writeFixture(
    "pedidos.csv",
    "Cliente,Fecha,Monto\nA,2021.03.04,10\nA,2021.03.05,20\nB,2021.03.06,30\nC,2021.03.07,40\n",
  );
  await assert.rejects(() => analyzeFile(path, { nBoot: 2 }), (e: Error) => {
    assert.equal(
      e.message,
      'Cannot read "pedidos.csv": column "Fecha" is named like the date of a transaction, but its values were not recognised as dates (e.g. "2021.03.04" in row 2), and the customer ids in "Cliente" repeat as in a transaction file; give the format of its dates with dateFormat: { "Fecha": "<format>" } (CLI --date-format "<format>", in chrono codes such as "%d.%m.%Y %H:%M"), name the date column with roles: { date: "<column>" } (CLI --date COLUMN), or pass kind: "features" (CLI --kind features) if the file has one row per customer',
    );
    assert.doesNotMatch(e.message, /duplicates/);
    return true;
  });
  // Forced to RFM, the same words (before: "read the file with readTable", a library function).
  await assert.rejects(
    () => analyzeFile(path, { kind: "rfm", nBoot: 2 }),
    /^InputError: Cannot read "pedidos\.csv": column "Fecha" is named like the date of a transaction, but its values were not recognised as dates/,
  );
  // With the format given, the dates are read and the file is a transaction file.
  const rows = ["Cliente,Fecha,Monto"];
  for (let i = 0; i < 40; i++) rows.push(`C${i % 12},2021.${1 + (i % 12)}.${1 + (i % 28)},${10 + i}`);
  const ok = await writeFixture("pedidos.csv", rows.join("\n") + "\n");
  const run = await analyzeFile(ok, {
    read: { dateFormat: "%Y.%m.%d", now: new Date("2026-01-01T00:00:00Z") },
    nBoot: 2,
    k: 2,
    rfm: { value: false },
  });
  assert.equal(run.decision.kind, "rfm");
});
