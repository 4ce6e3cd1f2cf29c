import assert from "node:assert/strict";
import { assertAllClose } from "../_assert.ts";
import { fitBgNbd } from "../../lib/clv/fit_bg_nbd.ts";
import { bgNbdLogLikelihood, groupHistory } from "../../lib/clv/_bgnbd.ts";
import { generateBgNbd } from "../../lib/generate/bgnbd.ts";
import { clvReference } from "./_reference.ts";

const TRUTH = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const NAMES = ["r", "alpha", "a", "b"] as const;

Deno.test("the BG/NBD log-likelihood matches lifetimes' closed form in numpy, customer by customer (rtol 1e-9)", () => {
  const ref = clvReference();
  const c = ref.customers;
  for (const set of ref.bgNbd) {
    const { r, alpha, a, b } = set.params;
    const terms = c.frequency.map((x, i) =>
      bgNbdLogLikelihood(
        groupHistory({ frequency: [x], recency: [c.recency[i]!], T: [c.T[i]!] }),
        r,
        alpha,
        a,
        b,
      )
    );
    assertAllClose(terms, set.logLikelihoodTerms, { rtol: 1e-9 });
    // grouped: the sum with weights equals the sum over customers
    const all = bgNbdLogLikelihood(groupHistory(c), r, alpha, a, b);
    assertAllClose(all, set.logLikelihoodTerms.reduce((s, v) => s + v, 0), { rtol: 1e-12 });
  }
});

Deno.test("groupHistory() counts identical customers once, with a weight", () => {
  const g = groupHistory({ frequency: [0, 2, 0, 2, 2], recency: [0, 5, 0, 5, 6], T: [9, 9, 9, 9, 9] });
  assert.deepEqual([...g.x], [0, 2, 2]);
  assert.deepEqual([...g.w], [2, 2, 1]);
  assert.equal(g.total, 5);
});

Deno.test("fitBgNbd() recovers simulated parameters within 2.5 standard errors over six seeds", () => {
  let worst = 0;
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const data = generateBgNbd({ n: 4000, ...TRUTH, T: [26, 78], spend: { p: 6, q: 4, gamma: 15 }, seed });
    const model = fitBgNbd(data);
    assert.ok(model.converged, `seed ${seed}`);
    for (const k of NAMES) {
      const z = (model[k] - TRUTH[k]) / model.standardErrors[k];
      worst = Math.max(worst, Math.abs(z));
      assert.ok(
        Math.abs(z) < 2.5,
        `seed ${seed}: ${k} = ${model[k]} is ${z.toFixed(2)} standard errors from ${TRUTH[k]}`,
      );
    }
  }
  assert.ok(worst < 2); // 1.98 at the time of writing (seed 5, a)
});

Deno.test("fitBgNbd() is deterministic: same input, bit-identical result", () => {
  const data = generateBgNbd({ n: 1500, ...TRUTH, T: 39, step: 1 / 7, seed: 9 });
  assert.deepEqual(fitBgNbd(data), fitBgNbd(data));
});

Deno.test("fitBgNbd() with a penalizer shrinks the parameters", () => {
  const data = generateBgNbd({ n: 1500, ...TRUTH, T: 39, seed: 4 });
  const plain = fitBgNbd(data), penalised = fitBgNbd(data, { penalizer: 0.1 });
  assert.equal(penalised.penalizer, 0.1);
  const size = (m: typeof plain) => m.r ** 2 + m.alpha ** 2 + m.a ** 2 + m.b ** 2;
  assert.ok(size(penalised) < size(plain));
  assert.ok(penalised.logLikelihood < plain.logLikelihood);
});

Deno.test("fitBgNbd() reports non-convergence as a typed warning", () => {
  const data = generateBgNbd({ n: 500, ...TRUTH, T: 39, seed: 2 });
  const model = fitBgNbd(data, { maxIter: 5 });
  assert.equal(model.converged, false);
  assert.deepEqual(model.warnings.find((w) => w.code === "clv-fit-not-converged"), {
    code: "clv-fit-not-converged",
    model: "bg-nbd",
    iterations: model.iterations,
    restarts: 0,
  });
});

Deno.test("fitBgNbd() warns when the calibration window is short or long for the purchase rate", () => {
  const short = fitBgNbd(generateBgNbd({ n: 2000, r: 2, alpha: 20, a: 0.8, b: 2.5, T: 3, seed: 1 }));
  const s = short.warnings.find((w) => w.code === "clv-calibration-short");
  assert.ok(s && (s.meanFrequency as number) < 0.5 && s.threshold === 0.5, JSON.stringify(short.warnings));
  const long = fitBgNbd(generateBgNbd({ n: 2000, r: 5, alpha: 1, a: 0.5, b: 50, T: 10, seed: 1 }));
  assert.ok(long.warnings.some((w) => w.code === "clv-calibration-long"), JSON.stringify(long.warnings));
  const fine = fitBgNbd(generateBgNbd({ n: 2000, ...TRUTH, T: 39, seed: 1 }));
  assert.deepEqual(fine.warnings, []);
});

Deno.test("fitBgNbd() rejects data it cannot fit, with the fix in the message", () => {
  assert.throws(
    () => fitBgNbd({ frequency: [0, 0], recency: [0, 0], T: [3, 4] }),
    /^RangeError: Cannot fit the BG\/NBD model: none of the 2 customers bought on two different days; use a longer calibration period$/,
  );
  assert.throws(
    () => fitBgNbd({ frequency: [], recency: [], T: [] }),
    /^RangeError: Cannot fit the BG\/NBD model: there are no customers/,
  );
  assert.throws(
    () => fitBgNbd({ frequency: [1], recency: [1], T: [2] }, { penalizer: -1 }),
    /^RangeError: Cannot fit the BG\/NBD model with penalizer "-1"/,
  );
  assert.throws(
    () => fitBgNbd({ frequency: [1] } as never),
    /^TypeError: Cannot fit the BG\/NBD model: "recency" is missing or not an array/,
  );
});

Deno.test("fitBgNbd() on many distinct customers (warm start from a subsample) reaches the optimum", () => {
  const data = generateBgNbd({ n: 22_000, ...TRUTH, T: [26, 78], seed: 11 });
  assert.ok(groupHistory(data).x.length > 20_000); // continuous times: the warm start is used
  const model = fitBgNbd(data);
  assert.ok(model.converged);
  for (const k of NAMES) assert.ok(Math.abs(model[k] - TRUTH[k]) < 2.5 * model.standardErrors[k], k);
  // started at the optimum, the fit stays there
  const again = fitBgNbd(data, { init: { r: model.r, alpha: model.alpha, a: model.a, b: model.b } });
  assertAllClose(again.logLikelihood, model.logLikelihood, { rtol: 1e-10 });
});
