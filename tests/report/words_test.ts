/** The report, the charts, the notebook views and the runs take their words from lib/text. */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { renderReport } from "../../lib/report/render_report.ts";
import { distributionChart, elbowChart } from "../../lib/chart/mod.ts";
import { segmentMeanChart } from "../../lib/views/segment_mean_chart.ts";
import { words } from "../../lib/text/mod.ts";
import type { Lang } from "../../lib/base/types.ts";

const LANGS: readonly Lang[] = ["en", "es", "id"];

Deno.test("chart/, report/, views/ and run/ keep no string table of their own", () => {
  const lib = fileURLToPath(new URL("../../lib/", import.meta.url));
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(dir)) {
      const p = join(dir, e.name);
      // The dashboard's browser code is another module's; its words arrive as data.
      if (e.isDirectory) {
        if (e.name !== "dashboard") walk(p);
      } else if (e.name.endsWith(".ts") && e.name !== "_dashboard.ts") {
        const src = Deno.readTextFileSync(p);
        if (/\ben:\s*["'`]/.test(src)) found.push(`${p}: an { en: ... } table`);
        if (/\btr\(/.test(src) || /\bTranslations\b/.test(src)) found.push(`${p}: tr() or Translations`);
      }
    }
  };
  for (const folder of ["chart", "report", "views", "run"]) walk(join(lib, folder));
  assert.deepEqual(found, []);
});

Deno.test("the dashboard's templates take no format: its browser script fills plain {name}", () => {
  for (const lang of LANGS) {
    for (const [key, text] of Object.entries(words(lang).dashboard)) {
      assert.doesNotMatch(text, /\{\w+:\w+\}/, `${lang}: dashboard.${key}`);
    }
  }
});

Deno.test("renderReport() writes the ledger's words in the report's language", () => {
  const ledger = {
    entries: [{
      step: "clean",
      reason: "missing-customer",
      facts: { column: "Cliente" },
      action: "imputed" as const,
      rows: 3,
      examples: [],
    }],
    rowsIn: 12500,
    rowsKept: 12497,
  };
  const en = renderReport({ lang: "en", title: "t", ledger });
  assert.match(en, /<h2>Cleaning ledger<\/h2><p>12,500 rows in, 12,497 rows kept, 3 rows removed<\/p>/);
  assert.match(en, /<td[^>]*>imputed<\/td>/);
  const es = renderReport({ lang: "es", title: "t", ledger });
  assert.match(
    es,
    /<h2>Registro de limpieza<\/h2><p>12\.500 filas de entrada, 12\.497 filas conservadas, 3 filas eliminadas<\/p>/,
  );
  assert.match(es, /<td[^>]*>imputadas<\/td>/);
  assert.match(es, /<td[^>]*>Sin ID de cliente en &quot;Cliente&quot;<\/td>/, "the reason in Spanish");
  assert.ok(es.includes(`<th>${words("es").report.render.step}</th>`));
});

Deno.test("renderReport() names the verdict's level in the report's language, and refuses an unknown one", () => {
  const verdict = { level: "bad" as const, headline: "h", details: [] };
  assert.match(renderReport({ lang: "en", title: "t", verdict }), /Verdict: Not reliable/);
  assert.match(renderReport({ lang: "es", title: "t", verdict }), /Veredicto: No es fiable/);
  assert.throws(
    () => renderReport({ lang: "es", title: "t", verdict: { ...verdict, level: "meh" as "bad" } }),
    /^RangeError: Cannot render the verdict: level "meh"/,
  );
});

Deno.test("charts and views fill their titles from lib/text, numbers as before", () => {
  const values = [1, 2, 3, 4, NaN];
  const en = distributionChart(values, { column: "x", lang: "en" }).html;
  assert.ok(en.includes("Distribution of x") && en.includes("1 non-finite value(s) left out"));
  const es = distributionChart(values, { column: "x", lang: "es" }).html;
  assert.ok(es.includes("Distribución de x") && es.includes("1 valor(es) no finito(s) excluido(s)"));
  const elbow = { ks: [1, 2, 3, 4], inertia: [10, 4, 3, 2.5], knee: 2 };
  assert.ok(elbowChart(elbow, { lang: "en" }).html.includes("knee at k = 2"));
  assert.ok(elbowChart(elbow, { lang: "es" }).html.includes("codo en k = 2"));
  const profiles = [{ label: 0, name: "A", means: { income: 10 } }];
  assert.equal(
    segmentMeanChart(profiles, { column: "income", lang: "es" }).title,
    "Media de income por segmento",
  );
});
