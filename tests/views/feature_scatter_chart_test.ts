import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { featureScatterChart } from "../../lib/views/feature_scatter_chart.ts";

const customers = pl.DataFrame({ spend: [10, 12, 90, 95], visits: [1, 2, 9, 8] });
const segmentation = {
  clustering: { labels: Int32Array.from([0, 0, 1, 1]) },
  profiles: [{ label: 0, name: "Light" }, { label: 1, name: "Heavy" }],
};

Deno.test("featureScatterChart() draws the two columns with the segment names", () => {
  const chart = featureScatterChart(customers, segmentation, { x: "spend", y: "visits", lang: "es" });
  assert.equal(chart.html.match(/<circle/g)?.length, 4);
  assert.match(chart.html, /spend/);
  assert.match(chart.html, /visits/);
  assert.match(chart.html, />Light</);
  assert.match(chart.html, />Heavy</);
});

Deno.test("featureScatterChart() names a missing column and lists the present ones", () => {
  assert.throws(
    () => featureScatterChart(customers, segmentation, { x: "age", y: "visits" }),
    /^RangeError: Cannot draw "age" against "visits": there is no column "age"; use one of "spend", "visits"$/,
  );
  assert.throws(
    () => featureScatterChart(customers, segmentation, { x: "spend", y: "Visits" }),
    /no column "Visits"/,
  );
});
