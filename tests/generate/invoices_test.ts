import assert from "node:assert/strict";
import { generateInvoiceChunks, generateInvoices } from "../../lib/generate/invoices.ts";

/** Split one CSV line of the invoice file (only `Monto` is quoted). */
function fields(line: string): string[] {
  const m = /^([^,]*),([^,]*),([^,]*),([^,]*),([^,]*),"([^"]*)"$/.exec(line);
  assert.ok(m, `unexpected line ${JSON.stringify(line)}`);
  return m.slice(1);
}

const csv = generateInvoices({ customers: 600, seed: 7 });
const lines = csv.split("\r\n");
const rows = lines.slice(1, -1).map(fields);

Deno.test("generateInvoices() is deterministic: same seed same text, other seed other text", () => {
  assert.equal(generateInvoices({ customers: 600, seed: 7 }), csv);
  assert.notEqual(generateInvoices({ customers: 600, seed: 8 }), csv);
});

Deno.test("generateInvoices() writes the real file's header, CRLF line ends and no bare LF", () => {
  assert.equal(lines[0], "N° de factura,Fecha de factura,ID Cliente,País,Cantidad,Monto");
  assert.equal(lines.at(-1), "", "the file ends with CRLF");
  assert.equal(csv.split("\n").length, lines.length, "every LF is preceded by CR");
  assert.equal(
    generateInvoices({ customers: 5, lang: "en" }).split("\r\n")[0],
    "Invoice,Invoice date,Customer ID,Country,Quantity,Amount",
  );
  assert.equal(
    generateInvoices({ customers: 5, lang: "id" }).split("\r\n")[0],
    "Nomor faktur,Tanggal faktur,ID pelanggan,Negara,Kuantitas,Nilai",
  );
  // the header is the only difference between languages
  assert.equal(
    generateInvoices({ customers: 5, lang: "en" }).split("\r\n").slice(1).join("\r\n"),
    generateInvoices({ customers: 5 }).split("\r\n").slice(1).join("\r\n"),
  );
});

Deno.test("generateInvoices() writes M/D/YYYY H:MM:SS dates inside the period and decimal-comma amounts", () => {
  for (const r of rows) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d\d):00$/.exec(r[1]!);
    assert.ok(m, r[1]);
    const t = Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!);
    assert.ok(t >= Date.UTC(2020, 11, 1) && t < Date.UTC(2022, 0, 1), r[1]);
    assert.match(r[5]!, /^-?\d+,\d\d$/);
    assert.match(r[4]!, /^-?\d+$/);
  }
});

Deno.test("generateInvoices() plants the real file's quirks at about the real rates", () => {
  const n = rows.length;
  const missing = rows.filter((r) => r[2] === "").length / n;
  assert.ok(missing > 0.09 && missing < 0.15, `missing ids ${missing}`);
  const cancels = rows.filter((r) => r[0]!.startsWith("C"));
  assert.ok(cancels.length / n > 0.015 && cancels.length / n < 0.05, `cancellations ${cancels.length / n}`);
  for (const r of cancels) {
    assert.ok(Number(r[4]) < 0 && r[5]!.startsWith("-"), `cancellation ${r.join(",")} is not negative`);
  }
  const nonCancelNegative = rows.filter((r) => !r[0]!.startsWith("C") && r[5]!.startsWith("-"));
  assert.equal(nonCancelNegative.length, 0);
  const texts = lines.slice(1, -1);
  const duplicates = texts.length - new Set(texts).size;
  assert.ok(duplicates >= 1, "some exact duplicate rows");
  // split invoices: same invoice number on two different rows a minute apart
  const byInvoice = new Map<string, string[][]>();
  for (const r of rows) byInvoice.set(r[0]!, [...(byInvoice.get(r[0]!) ?? []), r]);
  const splits = [...byInvoice.values()].filter((rs) => new Set(rs.map((r) => r.join())).size === 2);
  assert.ok(splits.length >= 1, "some invoices split over two rows");
  for (const [a, b] of splits) assert.equal(a![2], b![2], "a split invoice keeps its customer");
  const countries = new Map<string, number>();
  for (const r of rows) countries.set(r[3]!, (countries.get(r[3]!) ?? 0) + 1);
  const top = [...countries].sort((a, b) => b[1] - a[1])[0]!;
  assert.equal(top[0], "United Kingdom");
  assert.ok(top[1] / n > 0.8);
});

Deno.test("generateInvoices() plants champions, lapsed and one-off customers", () => {
  // per customer: distinct purchase invoices and last purchase day
  const end = Date.UTC(2022, 0, 1);
  const stats = new Map<string, { invoices: Set<string>; last: number }>();
  for (const r of rows) {
    if (r[2] === "" || r[0]!.startsWith("C")) continue;
    const [m, d, y] = r[1]!.split(" ")[0]!.split("/").map(Number);
    const t = Date.UTC(y!, m! - 1, d!);
    const s = stats.get(r[2]!) ?? { invoices: new Set(), last: 0 };
    s.invoices.add(r[0]!);
    s.last = Math.max(s.last, t);
    stats.set(r[2]!, s);
  }
  const all = [...stats.values()];
  const days = (s: { last: number }) => (end - s.last) / 86_400_000;
  const champions = all.filter((s) => s.invoices.size >= 15 && days(s) <= 30).length / all.length;
  const lapsed = all.filter((s) => s.invoices.size >= 2 && days(s) >= 170).length / all.length;
  const oneOff = all.filter((s) => s.invoices.size === 1).length / all.length;
  assert.ok(all.length > 550 && all.length <= 600, `${all.length} customers`);
  assert.ok(champions > 0.04 && champions < 0.14, `champions ${champions}`);
  assert.ok(lapsed > 0.12, `lapsed ${lapsed}`);
  assert.ok(oneOff > 0.3 && oneOff < 0.6, `one-off ${oneOff}`);
});

Deno.test("generateInvoices() rejects bad options with a clear message", () => {
  assert.throws(
    () => generateInvoices({ customers: 0 }),
    /^RangeError: Cannot generate invoices for 0 customers/,
  );
  assert.throws(
    () => generateInvoices({ start: "2021-02-30" }),
    /^RangeError: Cannot generate invoices from start "2021-02-30"/,
  );
  assert.throws(() => generateInvoices({ months: 0 }), /^RangeError: Cannot generate invoices over 0 months/);
  assert.throws(
    () => generateInvoices({ lang: "fr" as never }),
    /^RangeError: Cannot generate invoices with lang "fr"/,
  );
  assert.throws(() => generateInvoices({ seed: NaN }), /^RangeError: Cannot seed/);
});

Deno.test("generateInvoices() follows start and months", () => {
  const text = generateInvoices({ customers: 50, start: "2023-03-01", months: 2 });
  for (const line of text.split("\r\n").slice(1, -1)) assert.match(line, /,[34]\/\d+\/2023 /);
});

Deno.test("generateInvoiceChunks() gives exactly the lines asked for, same format, deterministic", () => {
  const decoder = new TextDecoder();
  const text = (o: { lines: number; seed?: number; chunkLines?: number }) =>
    [...generateInvoiceChunks(o)].map((c) => decoder.decode(c)).join("");
  const a = text({ lines: 5000, seed: 1, chunkLines: 1000 });
  const ls = a.split("\r\n");
  assert.equal(ls[0], lines[0]);
  assert.equal(ls.length, 5002);
  assert.equal(ls.at(-1), "");
  for (const l of ls.slice(1, -1)) fields(l);
  assert.equal(text({ lines: 5000, seed: 1, chunkLines: 1000 }), a);
  assert.notEqual(text({ lines: 5000, seed: 2, chunkLines: 1000 }), a);
  assert.equal(text({ lines: 0 }), lines[0] + "\r\n");
  assert.throws(
    () => [...generateInvoiceChunks({ lines: -1 })],
    /^RangeError: Cannot generate -1 invoice lines/,
  );
});
