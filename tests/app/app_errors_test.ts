// The app's typed input errors: the text layer's "app" surface (the fix named as the page's control,
// in en/es/id), the worker's messages in each language through the server, and the server's
// whitelist for the read, cleaning and risk choices. No browser.
import assert from "node:assert/strict";
import { CancellationRuleError, InputError } from "../../lib/mod.ts";
import { inputErrorText, words } from "../../lib/text/mod.ts";
import { cancellationRuleText } from "../../lib/text/clean.ts";
import { analysisOptions, startApp } from "../../app/server.ts";
import { ambiguousDecimalCsv } from "./_fixtures.ts";

const LANGS = ["en", "es", "id"] as const;

const DECIMAL = new InputError("Cannot read", { file: "v.csv", column: "Monto" }, {
  code: "decimal-ambiguous",
  option: "decimal",
  values: [",", "."],
  file: "v.csv",
  column: "Monto",
  examples: ["30.663"],
  rows: [2],
  point: [30.663],
  comma: [30663],
});

const DATES = new InputError("Cannot read", { file: "v.csv", column: "Fecha" }, {
  code: "dates-ambiguous",
  file: "v.csv",
  column: "Fecha",
  values: ["04/03/2021"],
  rows: [2],
  asDayFirst: ["2021-03-04"],
  asMonthFirst: ["2021-04-03"],
  format: "%d/%m/%Y",
});

const CANCEL = new CancellationRuleError("cancellation-share", {
  file: "ventas.csv",
  column: "Factura",
  prefix: "C",
  invoices: 10,
  cancelled: 10,
  share: 1,
  rows: 12,
  positive: 12,
  positiveShare: 1,
  signed: ["Cantidad"],
  examples: ["CF-500000"],
}, [2]);

Deno.test('inputErrorText(..., "app") names the page\'s control in each language, never a flag or an option', () => {
  for (const lang of LANGS) {
    const app = words(lang).app;
    const decimal = inputErrorText(DECIMAL, lang, "app");
    assert.ok(decimal.includes(`"${app.decimal}"`), `${lang}: ${decimal}`);
    const dates = inputErrorText(DATES, lang, "app");
    assert.ok(dates.includes(`"${app.dayOrder}"`), `${lang}: ${dates}`);
    for (const text of [decimal, dates]) {
      assert.doesNotMatch(text, /--|decimal: "|dayFirst|dateFormat/, `${lang}: ${text}`);
    }
  }
  assert.match(
    inputErrorText(DECIMAL, "es", "app"),
    /30,663 con punto decimal o 30663 con coma decimal.*indíquelo con la opción "Separador decimal" de abajo/,
  );
  // The other surfaces are unchanged.
  assert.match(
    inputErrorText(DECIMAL, "en", "cli", { decimal: "--decimal" }),
    /--decimal , or --decimal \.$/,
  );
  assert.match(inputErrorText(DATES, "en", "library"), /pass dayFirst: true or dayFirst: false/);
});

Deno.test('cancellationRuleText(..., "app") names the page\'s cancellation controls in each language', () => {
  for (const lang of LANGS) {
    const app = words(lang).app;
    const text = cancellationRuleText(CANCEL, lang, "app");
    assert.ok(
      text.includes(`"${app.cancelPrefix}"`) && text.includes(`"${app.cancelOff}"`),
      `${lang}: ${text}`,
    );
    assert.doesNotMatch(text, /--|cancellationPrefix|dropCancellations/, `${lang}: ${text}`);
  }
  assert.match(
    cancellationRuleText(CANCEL, "es", "app"),
    /eliminaría el 100,0 % de las facturas.*marque "No eliminar/,
  );
});

Deno.test("analysisOptions() lets a sheet, the cancellation rule and the risk thresholds through, checked", () => {
  const upload = { columns: ["ID", "Factura"], name: "v.xlsx" };
  const read = (choices: unknown) => (analysisOptions(choices, upload) as { read: unknown }).read;
  assert.deepEqual(read({ read: { sheet: "Ventas 2024" } }), { name: "v.xlsx", sheet: "Ventas 2024" });
  assert.deepEqual(read({ read: { sheet: 2 } }), { name: "v.xlsx", sheet: 2 });
  assert.equal(analysisOptions({ read: { sheet: 0 } }, upload), "bad sheet");
  assert.equal(analysisOptions({ read: { sheet: "../x" } }, upload), "bad sheet");
  assert.equal(analysisOptions({ read: { sheet: { toString: 1 } } }, upload), "bad sheet");
  assert.equal(analysisOptions({ read: { sheet: "x".repeat(32) } }, upload), "bad sheet");

  const rfm = (choices: unknown) => (analysisOptions(choices, upload) as { rfm: unknown }).rfm;
  assert.deepEqual(rfm({ clean: { cancellationPrefix: "A" } }), { clean: { cancellationPrefix: "A" } });
  assert.deepEqual(rfm({ clean: { cancellations: false, cancellationPrefix: "A" } }), {
    clean: { dropCancellations: false },
  });
  assert.deepEqual(rfm({ clean: { cancellationPrefix: "" } }), {});
  assert.equal(
    analysisOptions({ clean: { cancellationPrefix: "<script>" } }, upload),
    "bad cancellationPrefix",
  );
  assert.equal(analysisOptions({ clean: { cancellationPrefix: 3 } }, upload), "bad cancellationPrefix");
  assert.equal(analysisOptions({ clean: { cancellations: "no" } }, upload), "bad cancellations");

  const features = (choices: unknown) => (analysisOptions(choices, upload) as { features: unknown }).features;
  assert.deepEqual(features({ risk: { riskDelay: 30, premiumIncome: 5000, disciplinedDelay: "" } }), {
    risk: { riskDelay: 30, premiumIncome: 5000 },
  });
  assert.equal(analysisOptions({ risk: { riskDelay: -1 } }, upload), "bad riskDelay");
  assert.equal(analysisOptions({ risk: { crossSellCredits: "2" } }, upload), "bad crossSellCredits");
  assert.deepEqual(features({ risk: { unknown: 3 } }), {});
});

/** Transactions whose every invoice id starts with "C" although all are sales: the rule is refused. */
function salesStartingWithC(): string {
  const lines = ["InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice"];
  for (let i = 0; i < 60; i++) {
    lines.push(
      `CF-${500000 + i},${1000 + (i % 12)},2024-0${1 + (i % 9)}-1${i % 10},${1 + (i % 5)},${2 + (i % 7)}.5`,
    );
  }
  return lines.join("\n") + "\n";
}

async function post(url: string, body: string | unknown, name?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: "POST",
    headers: name ? { "x-file-name": name } : { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return await response.json();
}

Deno.test({
  name:
    "the server answers typed input errors in each language with the page's control, and reads again with it",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const app = await startApp({ port: 0, log: () => {} });
    try {
      const first = await post(`${app.url}api/files`, ambiguousDecimalCsv(), "saldos.csv");
      const error = first.error as {
        kind: string;
        fix: string;
        messages: Record<string, string>;
        message: string;
      };
      assert.equal(error.kind, "input");
      assert.equal(error.fix, "decimal");
      assert.match(error.messages.es, /^No se puede leer "saldos\.csv": los números de la columna "Saldo"/);
      assert.match(error.messages.es, /la opción "Separador decimal" de abajo/);
      assert.match(error.messages.id, /pilihan "Pemisah desimal" di bawah/);
      assert.match(error.message, /decimal: ","/, "the library's own message stays as it was");

      const again = await post(`${app.url}api/files/${first.id}/inspect`, { read: { decimal: "," } });
      const detection = again.detection as { dialect: { decimal: string }; sheets: string[] };
      assert.equal(detection.dialect.decimal, ",");
      assert.deepEqual(detection.sheets, []);

      const xlsx = await fetch(`${app.url}api/files`, {
        method: "POST",
        headers: { "x-file-name": "sales.xlsx" },
        body: await Deno.readFile(new URL("../fixtures/load/sales.xlsx", import.meta.url)),
      }).then((r) => r.json());
      assert.deepEqual(xlsx.detection.sheets, ["Ventas", "Notes"], "the page lists the workbook's sheets");
      const noSheet = await post(`${app.url}api/files/${xlsx.id}/inspect`, { read: { sheet: "Nope" } });
      assert.match((noSheet.error as { message: string }).message, /it has no sheet "Nope"/);

      const sales = await post(`${app.url}api/files`, salesStartingWithC(), "ventas.csv");
      assert.ok(sales.detection, JSON.stringify(sales.error));
      const started = await post(`${app.url}api/files/${sales.id}/runs`, { lang: "es", kind: "rfm" });
      let status: Record<string, unknown> = {};
      for (let i = 0; i < 600 && status.state !== "error" && status.state !== "done"; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = await (await fetch(`${app.url}api/runs/${started.run}`)).json();
      }
      const refused = status.error as { fix: string; messages: Record<string, string> };
      assert.equal(status.state, "error", JSON.stringify(status));
      assert.equal(refused.fix, "cancellation");
      assert.match(
        refused.messages.es,
        /^No se puede limpiar "ventas\.csv".*marque "No eliminar ninguna factura/,
      );
    } finally {
      await app.close();
    }
  },
});

Deno.test("analysisOptions() passes a known ISO 4217 currency and refuses anything else", () => {
  const upload = { columns: ["ID"], name: "v.csv" };
  const currency = (choices: unknown) => (analysisOptions(choices, upload) as { currency?: string }).currency;
  assert.equal(currency({ currency: "IDR" }), "IDR");
  assert.equal(currency({ currency: null }), undefined);
  assert.equal(currency({}), undefined);
  for (const bad of ["XYZ", "eur", "EURO", "<b>", 978, ""]) {
    assert.equal(analysisOptions({ currency: bad }, upload), "bad currency", String(bad));
  }
});
