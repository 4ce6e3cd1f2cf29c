import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { featureDistributions } from "../../lib/views/feature_distributions.ts";

const table = pl.DataFrame({ id: ["a", "b", "c", "d"], spend: [1, 5, 9, 30], visits: [1, null, 2, 7] });

Deno.test("featureDistributions() draws one histogram per named column, in order", () => {
  const chart = featureDistributions(table, {
    features: ["visits", "spend"],
    lang: "es",
    skews: { spend: 1.5 },
  });
  assert.equal(chart.title, "Distribuciones");
  assert.equal(chart.html.match(/<svg/g)?.length, 2);
  assert.ok(chart.html.indexOf("visits ·") < chart.html.indexOf("spend ·"));
  assert.match(chart.html, /spend · asimetría 1,5/);
});

Deno.test("featureDistributions() lists the columns present when one is missing", () => {
  assert.throws(
    () => featureDistributions(table, { features: ["spend", "age"] }),
    /^RangeError: Cannot draw feature distributions: there is no column "age"; use one of "id", "spend", "visits"$/,
  );
});

Deno.test("featureDistributions() rejects text columns and an empty list", () => {
  assert.throws(
    () => featureDistributions(table, { features: ["id"] }),
    /^TypeError: Cannot draw feature distributions: column "id" holds/,
  );
  assert.throws(
    () => featureDistributions(table, { features: [] }),
    /^RangeError: Cannot draw feature distributions: no feature was named/,
  );
});
