// The generated lib/report/dashboard/_client_js.ts is what `deno task dashboard` makes from the sources.
import assert from "node:assert/strict";
import { bundleClient, clientModule, OUTPUT } from "../../../lib/report/dashboard/_build.ts";
import { DASHBOARD_JS } from "../../../lib/report/dashboard/_client_js.ts";
import { renderReport } from "../../../lib/report/render_report.ts";
import { reportInput } from "../_fixtures.ts";

const GENERATED = new URL(`../../../${OUTPUT}`, import.meta.url);

/** The first line where two texts differ, for a short failure message. */
function firstDifference(a: string, b: string): string {
  const x = a.split("\n"), y = b.split("\n");
  const i = x.findIndex((line, j) => line !== y[j]);
  const at = i < 0 ? x.length : i;
  return `line ${at + 1}:\n  committed: ${JSON.stringify(x[at])}\n  rebuilt:   ${JSON.stringify(y[at])}`;
}

Deno.test("_client_js.ts is up to date with lib/report/dashboard/ (else run deno task dashboard)", async () => {
  const script = await bundleClient();
  const committed = await Deno.readTextFile(GENERATED);
  const rebuilt = clientModule(script);
  assert.ok(
    committed === rebuilt,
    `${OUTPUT} is out of date with its sources; run \`deno task dashboard\` and commit it. First difference, ${
      firstDifference(committed, rebuilt)
    }`,
  );
  assert.equal(DASHBOARD_JS, script, "the module's string is the bundle, byte for byte");
});

Deno.test("renderReport() inlines the generated script as is, in a plain <script>", () => {
  const html = renderReport(reportInput("en", { charts: false }));
  assert.ok(html.includes(`<script>${DASHBOARD_JS}</script>`));
  assert.doesNotMatch(DASHBOARD_JS, /innerHTML|eval\(|new Function|document\.write|\bDeno\b|\bimport\b/);
});
