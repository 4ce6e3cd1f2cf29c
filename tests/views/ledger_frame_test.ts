import assert from "node:assert/strict";
import { ledgerFrame } from "../../lib/views/ledger_frame.ts";
import { words } from "../../lib/text/mod.ts";

Deno.test("ledgerFrame() has one row per entry with column and joined examples", () => {
  const f = ledgerFrame([
    {
      step: "clean",
      reason: "duplicate",
      facts: {},
      action: "removed",
      rows: 3,
      examples: [{ row: 7, first: 2 }, { row: 9, first: 2 }],
    },
    {
      step: "impute",
      reason: "imputed-median",
      facts: { column: "Price", value: 2.5 },
      action: "imputed",
      rows: 2,
      column: "Price",
      examples: [],
    },
  ]);
  assert.deepEqual(f.columns, ["Step", "Action", "Rows", "Column", "Reason", "Examples"]);
  assert.deepEqual(f.getColumn("Action").toArray(), ["removed", "imputed"]);
  assert.deepEqual(f.getColumn("Rows").toArray(), [3, 2]);
  assert.deepEqual(f.getColumn("Column").toArray(), ["", "Price"]);
  assert.deepEqual(f.getColumn("Reason").toArray(), [
    "Exact duplicates of an earlier row (every column equal); the first one is kept",
    'Missing values of "Price" filled with the column median (2.5)',
  ]);
  assert.deepEqual(f.getColumn("Examples").toArray(), ["row 7 = row 2; row 9 = row 2", ""]);
});

Deno.test("ledgerFrame() says each reason in the language asked for", () => {
  const entry = {
    step: "clean",
    reason: "imputed-median",
    facts: { column: "Price", value: 1234.5 },
    action: "imputed" as const,
    rows: 2,
    examples: [{ row: 4, cells: [{ column: "Price", value: null }], filled: 1234.5 }],
  };
  assert.deepEqual(ledgerFrame([entry]).getColumn("Examples").toArray(), ['row 4: Price = "" → 1234.5']);
  assert.deepEqual(ledgerFrame([entry], { lang: "es" }).getColumn("Ejemplos").toArray(), [
    'fila 4: Price = "" → 1234,5',
  ]);
  assert.deepEqual(ledgerFrame([entry], { lang: "es" }).getColumn("Motivo").toArray(), [
    'Valores faltantes de "Price" completados con la mediana de la columna (1234,5)',
  ]);
  assert.deepEqual(
    ledgerFrame([entry], { lang: "id" }).getColumn(words("id").report.render.reason).toArray(),
    [
      'Nilai kosong "Price" diisi dengan median kolom (1.234,5)',
    ],
  );
});

Deno.test("ledgerFrame() of an empty ledger has no rows", () => {
  assert.equal(ledgerFrame([]).height, 0);
});

Deno.test("ledgerFrame() heads its columns and says the action in the reader's language", () => {
  const entry = {
    step: "clean",
    reason: "duplicate",
    facts: {},
    action: "removed" as const,
    rows: 1,
    examples: [],
  };
  for (const lang of ["es", "id"] as const) {
    const r = words(lang).report.render;
    const f = ledgerFrame([entry], { lang });
    assert.deepEqual(f.columns, [r.step, r.action, r.rows, r.column, r.reason, r.examples]);
    assert.deepEqual(f.getColumn(r.action).toArray(), [r.ledgerAction.removed]);
    assert.notDeepEqual(f.columns, ledgerFrame([entry]).columns);
  }
});
