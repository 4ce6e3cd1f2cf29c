import assert from "node:assert/strict";
import { assertAllClose } from "../_assert.ts";
import { fitGammaGamma } from "../../lib/clv/fit_gamma_gamma.ts";
import { gammaGammaLogLikelihood, repeatSpend } from "../../lib/clv/_gamma_gamma.ts";
import { generateBgNbd } from "../../lib/generate/bgnbd.ts";
import { clvReference } from "./_reference.ts";

const SPEND = { p: 6, q: 4, gamma: 15 };

Deno.test("the Gamma-Gamma log-likelihood matches lifetimes' formula in numpy (rtol 1e-9)", () => {
  const ref = clvReference();
  for (const set of ref.gammaGamma) {
    const { p, q, gamma } = set.params;
    const terms = ref.spend.frequency.map((x, i) =>
      gammaGammaLogLikelihood(
        repeatSpend({ frequency: [x], monetaryValue: [ref.spend.monetaryValue[i]!] }),
        p,
        q,
        gamma,
      )
    );
    assertAllClose(terms, set.logLikelihoodTerms, { rtol: 1e-9 });
  }
});

Deno.test("fitGammaGamma() recovers simulated parameters within 2.5 standard errors over six seeds", () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const data = generateBgNbd({
      n: 4000,
      r: 0.25,
      alpha: 4,
      a: 0.8,
      b: 2.5,
      T: [26, 78],
      spend: SPEND,
      seed,
    });
    const model = fitGammaGamma(data);
    assert.ok(model.converged);
    assert.equal(model.customers, data.frequency.filter((x) => x > 0).length);
    for (const k of ["p", "q", "gamma"] as const) {
      const z = (model[k] - SPEND[k]) / model.standardErrors[k];
      assert.ok(
        Math.abs(z) < 2.5,
        `seed ${seed}: ${k} = ${model[k]} is ${z.toFixed(2)} standard errors from ${SPEND[k]}`,
      );
    }
    assert.deepEqual(model.warnings, []);
  }
});

Deno.test("fitGammaGamma() leaves one-time buyers out and is deterministic", () => {
  const data = generateBgNbd({ n: 1500, r: 0.5, alpha: 4, a: 0.8, b: 2.5, T: 39, spend: SPEND, seed: 5 });
  const a = fitGammaGamma(data), b = fitGammaGamma(data);
  assert.deepEqual(a, b);
  const withZeros = {
    frequency: [...data.frequency, 0, 0],
    monetaryValue: [...data.monetaryValue, 0, 0],
  };
  assert.deepEqual(fitGammaGamma(withZeros), a);
});

Deno.test("fitGammaGamma() flags a correlation of frequency and value as a typed fact", () => {
  const data = generateBgNbd({ n: 2000, r: 0.5, alpha: 4, a: 0.8, b: 2.5, T: 39, spend: SPEND, seed: 3 });
  const monetaryValue = data.monetaryValue.map((m, i) => m * (1 + data.frequency[i]!));
  const model = fitGammaGamma({ frequency: data.frequency, monetaryValue });
  const w = model.warnings.find((w) => w.code === "clv-frequency-value-correlated");
  assert.ok(w && w.correlation === model.correlation && model.correlation > 0.3 && w.threshold === 0.3);
});

Deno.test("fitGammaGamma() rejects non-positive values and too few repeat customers", () => {
  assert.throws(
    () => fitGammaGamma({ frequency: [1, 2], monetaryValue: [10, 0] }),
    /^RangeError: Cannot fit the Gamma-Gamma model: customer 1 has 2 repeat purchases worth "0" on average/,
  );
  assert.throws(
    () => fitGammaGamma({ frequency: [1, 0], monetaryValue: [10, 0] }),
    /^RangeError: Cannot fit the Gamma-Gamma model: only 1 customers bought on two different days/,
  );
});

Deno.test("fitGammaGamma() on many repeat customers (warm start from a subsample) reaches the optimum", () => {
  const data = generateBgNbd({ n: 50_000, r: 1, alpha: 4, a: 0.8, b: 2.5, T: 39, spend: SPEND, seed: 12 });
  const model = fitGammaGamma(data);
  assert.ok(model.customers > 20_000 && model.converged);
  for (const k of ["p", "q", "gamma"] as const) {
    assert.ok(Math.abs(model[k] - SPEND[k]) < 2.5 * model.standardErrors[k], k);
  }
  const again = fitGammaGamma(data, { init: { p: model.p, q: model.q, gamma: model.gamma } });
  assertAllClose(again.logLikelihood, model.logLikelihood, { rtol: 1e-10 });
});
