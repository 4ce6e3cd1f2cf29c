import assert from "node:assert/strict";
import { writeFixture } from "./_write.ts";

const SCRIPT = `
import pl from "nodejs-polars";
import { readTable } from "${new URL("../../lib/load/read_table.ts", import.meta.url).href}";
const t = await readTable(Deno.args[0], { now: new Date("2026-01-01T00:00:00Z") });
console.log(JSON.stringify(t.table.select(pl.col("d").cast(pl.Float64)).getColumn("d").toArray()));
`;

Deno.test("readTable() reads the same instants under two time zones", async () => {
  const path = await writeFixture(
    "tz.csv",
    "id,d\n1,3/30/2021 16:14:00\n2,10/31/2021 01:30:00\n3,3/28/2021 02:30:00\n",
  );
  const script = await writeFixture("tz.ts", SCRIPT);
  const out: string[] = [];
  for (const tz of ["America/Los_Angeles", "Asia/Jakarta"]) {
    const cmd = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", `--config=${new URL("../../deno.json", import.meta.url).pathname}`, script, path],
      env: { TZ: tz },
      stderr: "inherit",
    });
    const { code, stdout } = await cmd.output();
    assert.equal(code, 0);
    out.push(new TextDecoder().decode(stdout).trim());
  }
  assert.equal(out[0], out[1]);
  assert.deepEqual(JSON.parse(out[0]), [
    Date.UTC(2021, 2, 30, 16, 14),
    Date.UTC(2021, 9, 31, 1, 30),
    Date.UTC(2021, 2, 28, 2, 30),
  ]);
});
