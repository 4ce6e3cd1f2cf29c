/**
 * Fuzz the loader with mutations of the real reference files' first kilobytes (where
 * ../shared/data has them): overwrite, insert and delete bytes, cut the file, repeat lines.
 * Only a table or an InputError may come out, each run within a time limit (no hang), and no row
 * is lost: every data row is in the table or in the load ledger.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { readTable } from "../../lib/load/read_table.ts";
import { InputError } from "../../lib/base/errors.ts";
import { sharedDataPath } from "../_data.ts";
import { existsSync } from "node:fs";

const FILES = ["ventas-por-factura.csv", "Customer_Data.csv", "segmentasi_pelanggan_final.csv"];
const HEAD_BYTES = 1500;

for (const name of FILES) {
  const path = sharedDataPath(name);
  const present = existsSync(path);
  if (!present) {
    console.warn(`SKIPPED fuzz of ${name}: ${path} is absent (third-party reference data; CI has it)`);
  }
  Deno.test({
    name:
      `readTable() survives mutations of the real ${name}: a table or an InputError, never a hang or a crash`,
    ignore: !present,
    async fn() {
      const whole = Deno.readFileSync(path);
      // Cut at a line end so the unmutated head is a valid file.
      let end = Math.min(HEAD_BYTES, whole.length);
      while (end < whole.length && whole[end - 1] !== 10) end++;
      const head = whole.slice(0, end);
      const dir = await Deno.makeTempDir({ prefix: "segmenta-fuzz-real-" });
      let n = 0;
      const mutation = fc.oneof(
        fc.record({ op: fc.constant("set" as const), at: fc.nat(head.length - 1), byte: fc.nat(255) }),
        fc.record({
          op: fc.constant("insert" as const),
          at: fc.nat(head.length),
          bytes: fc.uint8Array({ maxLength: 8 }),
        }),
        fc.record({
          op: fc.constant("delete" as const),
          at: fc.nat(head.length - 1),
          count: fc.integer({ min: 1, max: 40 }),
        }),
        fc.record({ op: fc.constant("cut" as const), at: fc.nat(head.length) }),
        fc.record({
          op: fc.constant("repeat" as const),
          at: fc.nat(head.length - 1),
          count: fc.integer({ min: 1, max: 5 }),
        }),
      );
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (ops) => {
            let bytes = Array.from(head);
            for (const m of ops) {
              if (m.op === "set") bytes[m.at % bytes.length] = m.byte;
              else if (m.op === "insert") bytes.splice(m.at % (bytes.length + 1), 0, ...m.bytes);
              else if (m.op === "delete") bytes.splice(m.at % Math.max(1, bytes.length), m.count);
              else if (m.op === "cut") bytes = bytes.slice(0, m.at % (bytes.length + 1));
              else {
                const line = bytes.slice(m.at % bytes.length, bytes.indexOf(10, m.at % bytes.length) + 1);
                for (let r = 0; r < m.count; r++) bytes.push(...line);
              }
              if (bytes.length === 0) break;
            }
            const file = `${dir}/m${n++}.csv`;
            await Deno.writeFile(file, Uint8Array.from(bytes));
            try {
              const t = await readTable(file, { now: new Date("2026-11-22T00:00:00Z") });
              assert.equal(t.rowsRead, t.table.height + t.ledger.reduce((s, e) => s + e.rows, 0));
            } catch (e) {
              if (!(e instanceof InputError)) throw e;
              assert.match(e.message, /^Cannot read "m\d+\.csv"/);
            } finally {
              await Deno.remove(file);
            }
          }),
          { seed: 777, numRuns: 60, timeout: 5000 },
        );
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    },
  });
}
