import { JUPYTER_DISPLAY, makeChart } from "../../lib/chart/make_chart.ts";
import { roundGeometry, stableIds } from "../../lib/chart/_render.ts";
import assert from "node:assert/strict";

Deno.test("makeChart() displays as text/html in Jupyter and serialises as { title, html }", () => {
  const chart = makeChart("T", "<figure>x</figure>");
  assert.equal(JUPYTER_DISPLAY, Symbol.for("Jupyter.display"));
  assert.deepEqual(chart[JUPYTER_DISPLAY](), { "text/html": "<figure>x</figure>" });
  assert.deepEqual(Object.keys(chart), ["title", "html"]);
  assert.deepEqual(JSON.parse(JSON.stringify(chart)), { title: "T", html: "<figure>x</figure>" });
});

Deno.test("stableIds() renumbers Plot's global counters per chart and prefixes a content hash", () => {
  const a = stableIds(
    '<clipPath id="plot-clip-17"></clipPath><g clip-path="url(#plot-clip-17)"></g><marker id="plot-marker-3">',
  );
  const b = stableIds(
    '<clipPath id="plot-clip-2"></clipPath><g clip-path="url(#plot-clip-2)"></g><marker id="plot-marker-9">',
  );
  assert.equal(a, b);
  assert.match(
    a,
    /^<clipPath id="sg[0-9a-f]{8}-clip-1"><\/clipPath><g clip-path="url\(#sg[0-9a-f]{8}-clip-1\)">/,
  );
  assert.match(a, /id="sg[0-9a-f]{8}-marker-2"/);
  const other = stableIds('<clipPath id="plot-clip-2"></clipPath><text>other</text>');
  assert.notEqual(other.match(/sg[0-9a-f]{8}/)![0], a.match(/sg[0-9a-f]{8}/)![0]);
  assert.equal(stableIds("<svg></svg>"), "<svg></svg>");
});

Deno.test("roundGeometry() rounds geometry attributes to 0.1 px and leaves text alone", () => {
  assert.equal(
    roundGeometry(
      '<circle cx="337.50007978" cy="-0.0001" r="2.5"></circle><path d="M0.123,4.56L7.891,0"></path><text x="1.25">0.4567</text>',
    ),
    '<circle cx="337.5" cy="0" r="2.5"></circle><path d="M0.1,4.6L7.9,0"></path><text x="1.3">0.4567</text>',
  );
});
