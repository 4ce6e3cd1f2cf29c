/** The ledger, the kind decision and the log1p choice are said from their facts, in every language. */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { kindText, ledgerText, log1pText, words } from "../../lib/text/mod.ts";
import type { Lang, LedgerEntry } from "../../lib/base/types.ts";

const LANGS: readonly Lang[] = ["en", "es", "id"];

/** The files that write ledger entries. */
const WRITERS = [
  "load/read_table.ts",
  "clean/clean_customers.ts",
  "clean/clean_transactions.ts",
  "run/analyze_rfm.ts",
];

Deno.test("every ledger reason lib/ writes has a text in every language", () => {
  const lib = fileURLToPath(new URL("../../lib/", import.meta.url));
  const reasons = new Set(["not-number", "not-date"]); // read_table writes `not-${kind}`
  for (const file of WRITERS) {
    for (const line of Deno.readTextFileSync(join(lib, file)).split("\n")) {
      if (!/\breason: /.test(line) || line.trimStart().startsWith("*")) continue;
      for (const m of line.matchAll(/"([a-z]+(?:-[a-z]+)+)"/g)) reasons.add(m[1]!);
    }
  }
  assert.ok(reasons.size >= 15, `found only ${reasons.size} reasons: is the scan still right?`);
  for (const lang of LANGS) {
    const known: Readonly<Record<string, unknown>> = words(lang).ledger;
    assert.deepEqual([...reasons].filter((r) => !(r in known)), [], `${lang}: ledger reasons without a text`);
  }
});

Deno.test("ledgerText() refuses a reason with no text instead of falling back", () => {
  const entry: LedgerEntry = {
    step: "clean",
    reason: "no-such-reason",
    facts: {},
    action: "removed",
    rows: 1,
    examples: [],
  };
  assert.throws(
    () => ledgerText(entry, "es"),
    /^RangeError: Cannot say ledger reason "no-such-reason" in "es"/,
  );
});

Deno.test("ledgerText() writes measured values and counts as each language does", () => {
  const entry: LedgerEntry = {
    step: "clean",
    reason: "constant-column",
    facts: { column: "k", value: 12345.678 },
    action: "excluded",
    rows: 3,
    examples: [],
  };
  assert.match(ledgerText(entry, "en"), /same value \(12345\.68\)/);
  assert.match(ledgerText(entry, "es"), /mismo valor \(12\.345,68\)/);
  assert.match(ledgerText(entry, "id"), /bernilai sama \(12\.345,68\)/);
  const small = { ...entry, facts: { column: "k", value: 0.012345 } };
  assert.match(ledgerText(small, "en"), /\(0\.0123\)/);
  assert.match(ledgerText(small, "es"), /\(0,0123\)/);
});

Deno.test("kindText() writes counts as English did (ungrouped) and grouped in es and id", () => {
  const d = {
    kind: "rfm" as const,
    reason: "transactions" as const,
    facts: { rows: 12500, customers: 600, column: "c", date: "d", amount: "a" },
  };
  assert.match(kindText(d, "en"), /^Transactions: 12500 rows for 600 customers in "c"/);
  assert.match(kindText(d, "es"), /^Transacciones: 12\.500 filas de 600 clientes en "c"/);
  assert.match(kindText(d, "id"), /^Transaksi: 12\.500 baris untuk 600 pelanggan/);
});

Deno.test("log1pText() names skewed columns with negative values, in every language", () => {
  const r = {
    transformed: ["a"],
    skews: { a: 2.5, b: 3.25 },
    mode: "auto" as const,
    skewThreshold: 1,
    skewedNegative: ["b"],
  };
  assert.equal(
    log1pText(r, "en"),
    "log1p applied to a (2.50): skew above 1.00. Skewed but left as is because they have negative values (log1p needs values >= 0): b (3.25).",
  );
  assert.match(log1pText(r, "es"), /valores negativos \(log1p requiere valores >= 0\): b \(3,25\)\.$/);
  assert.match(log1pText(r, "id"), /nilai negatif \(log1p memerlukan nilai >= 0\): b \(3,25\)\.$/);
});
