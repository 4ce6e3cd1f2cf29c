import assert from "node:assert/strict";
import fc from "fast-check";
import { readTable } from "../../lib/load/read_table.ts";
import { InputError } from "../../lib/base/errors.ts";

const VALID = "N° de factura,Fecha de factura,ID Cliente,País,Cantidad,Monto\r\n" +
  '548370,3/30/2021 16:14:00,15528,United Kingdom,123,"229,33"\r\n' +
  'C570727,10/12/2021 11:32:00,12471,Germany,-1,"-1,45"\r\n' +
  '549106,4/6/2021 12:08:00,,United Kingdom,1,"39,95"\r\n' +
  '549107,4/7/2021 12:08:00,17045,France,2,"9,5"\r\n';

const dir = await Deno.makeTempDir({ prefix: "segmenta-fuzz-" });
let n = 0;

/** Read `bytes` as a file; only a table or an InputError may come out, never anything else. */
async function survives(bytes: Uint8Array): Promise<void> {
  const path = `${dir}/f${n++}.csv`;
  await Deno.writeFile(path, bytes);
  try {
    const t = await readTable(path, { now: new Date("2026-01-01T00:00:00Z") });
    // Nothing lost: every data row is in the table or in the ledger.
    assert.equal(t.rowsRead, t.table.height + t.ledger.reduce((s, e) => s + e.rows, 0));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    assert.match(e.message, /^Cannot read "f\d+\.csv"/);
  } finally {
    await Deno.remove(path);
  }
}

const encoder = new TextEncoder();
const valid = encoder.encode(VALID);

/** A mutation of the valid file: overwrite, insert or delete a few bytes, or cut it. */
const mutation = fc.oneof(
  fc.record({
    op: fc.constant("set"),
    at: fc.nat(valid.length - 1),
    byte: fc.constantFrom(0, 10, 13, 34, 44, 59, 9, 32, 0xc3, 0xff, 65, 49),
  }),
  fc.record({
    op: fc.constant("insert"),
    at: fc.nat(valid.length),
    text: fc.constantFrom('"', ",", "\n", "\r\n", "abc", "NaN", "1e999", "13/13/2021", "\uFEFF", ";;"),
  }),
  fc.record({
    op: fc.constant("delete"),
    at: fc.nat(valid.length - 1),
    len: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({ op: fc.constant("cut"), at: fc.nat(valid.length) }),
);

function mutate(
  base: Uint8Array,
  ops: readonly { op: string; at: number; byte?: number; text?: string; len?: number }[],
) {
  let b = Array.from(base);
  for (const m of ops) {
    const at = Math.min(m.at, b.length);
    if (m.op === "set" && at < b.length) b[at] = m.byte!;
    else if (m.op === "insert") b.splice(at, 0, ...encoder.encode(m.text!));
    else if (m.op === "delete") b.splice(at, m.len!);
    else if (m.op === "cut") b = b.slice(0, at);
  }
  return Uint8Array.from(b);
}

Deno.test("readTable() on random bytes throws only InputError", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), survives),
    { seed: 20261122, numRuns: 100 },
  );
});

Deno.test("readTable() on random text throws only InputError", async () => {
  const alphabet = fc.constantFrom(
    "a",
    "1",
    ",",
    ";",
    "\t",
    '"',
    "\n",
    "\r",
    " ",
    ".",
    "/",
    "-",
    ":",
    "é",
    "2021",
    "NA",
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(alphabet, { maxLength: 80 }).map((xs) => encoder.encode(xs.join(""))),
      survives,
    ),
    { seed: 7, numRuns: 100 },
  );
});

Deno.test("readTable() on mutations of a valid file keeps every row or throws InputError", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      (ops) => survives(mutate(valid, ops)),
    ),
    { seed: 42, numRuns: 200 },
  );
});
