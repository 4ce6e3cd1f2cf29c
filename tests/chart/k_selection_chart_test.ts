import assert from "node:assert/strict";
import { kSelectionChart } from "../../lib/chart/k_selection_chart.ts";

const nan = [NaN, NaN, NaN];
const sweep = {
  ks: [2, 3, 4],
  inertia: [9, 4, 3.5],
  silhouette: [0.5, 0.7, 0.4],
  calinskiHarabasz: [20, 60, 40],
  daviesBouldin: nan,
  gap: nan,
  knee: 3,
  gapK: null,
};

Deno.test("kSelectionChart() shows the k used and its reason, not the sweep's suggestion", () => {
  const chart = kSelectionChart({
    sweep,
    suggestion: { votes: [{ criterion: "elbow", k: 3 }, { criterion: "silhouette", k: 3 }] },
    k: 4,
    kReason: "k = 4 set by the analyst (the sweep suggested 3)",
  });
  assert.equal(
    chart.html.match(/<svg/g)?.length,
    3,
    "inertia, silhouette, Calinski-Harabasz; NaN criteria left out",
  );
  assert.match(chart.html, /Chosen k = 4/);
  assert.doesNotMatch(chart.html, /Suggested k/);
  assert.match(chart.html, /k = 4 set by the analyst \(the sweep suggested 3\)/);
  // The k used is marked once; each criterion's own k is "best by <criterion>", never "chosen".
  assert.equal(chart.html.match(/chosen k = /g)?.length, 1);
  assert.equal(chart.html.match(/chosen k = 4/g)?.length, 1);
  assert.deepEqual(
    [...chart.html.matchAll(/>(best by [^<]+)</g)].map((m) => m[1]),
    ["best by the elbow", "best by silhouette", "best by Calinski-Harabasz"],
  );
});

Deno.test("kSelectionChart() says 'best by <criterion>' in the reader's language", () => {
  const args = {
    sweep,
    suggestion: { votes: [{ criterion: "elbow" as const, k: 3 }] },
    k: 3,
    kReason: "",
  };
  assert.match(kSelectionChart(args, { lang: "es" }).html, /mejor según la silueta/);
  assert.match(kSelectionChart(args, { lang: "es" }).html, /k elegido = 3/);
  assert.match(kSelectionChart(args, { lang: "id" }).html, /terbaik menurut siku/);
});

Deno.test("kSelectionChart() marks each criterion's vote", () => {
  const chart = kSelectionChart({
    sweep,
    suggestion: { votes: [{ criterion: "elbow", k: 2 }, { criterion: "silhouette", k: 4 }] },
    k: 3,
    kReason: "because",
  });
  assert.equal(chart.html.match(/chosen k = /g)?.length, 1);
  assert.match(chart.html, /chosen k = 3/);
  // inertia's best is the elbow vote (2), silhouette's its vote (4).
  assert.match(
    chart.html,
    /translate\(10,-12\)"><text y="0\.3em" transform="translate\([\d.]+,[\d.]+\)">best by the elbow/,
  );
  assert.equal(chart.html.match(/best by /g)?.length, 3);
});

Deno.test("kSelectionChart() passes on the panel's error when no criterion is finite", () => {
  assert.throws(
    () =>
      kSelectionChart({
        sweep: { ...sweep, inertia: nan, silhouette: nan, calinskiHarabasz: nan },
        suggestion: { votes: [] },
        k: 2,
        kReason: "",
      }),
    /^RangeError: Cannot draw the k-selection panel: no criterion has a finite value/,
  );
});
