/**
 * The CDNOW sample against the published fits (Fader, Hardie & Lee 2005; Fader & Hardie's
 * Gamma-Gamma note) and against its own 39-week holdout.
 */
import assert from "node:assert/strict";
import { cdnowPath, PUBLISHED, readCdnow } from "./_cdnow.ts";
import {
  customerLifetimeValue,
  expectedCumulativeTransactions,
  expectedPurchases,
  expectedPurchasesUnconditional,
  fitBgNbd,
  fitGammaGamma,
  pAlive,
  summaryFromTransactions,
} from "../../lib/clv/mod.ts";

const PATH = cdnowPath("the CDNOW tests");
const DAY_MS = 86_400_000;

/** `v` rounded to the digits of `published` (as printed). */
function toDigits(v: number, published: number): string {
  const decimals = (String(published).split(".")[1] ?? "").length;
  return v.toFixed(decimals);
}

function setup(path: string) {
  const transactions = readCdnow(path);
  const summary = summaryFromTransactions(transactions, {
    unit: "weeks",
    calibrationEnd: PUBLISHED.calibrationEnd,
    observationEnd: PUBLISHED.observationEnd,
  });
  return { transactions, summary, model: fitBgNbd(summary) };
}

Deno.test({
  name: "CDNOW: the summary has 2,357 customers, 946 repeat buyers and 39 + 39 weeks",
  ignore: PATH === null,
  fn() {
    const transactions = readCdnow(PATH!);
    const s = summaryFromTransactions(transactions, { unit: "weeks" });
    // the default calibration end (the middle day) is the published split
    assert.equal(s.calibrationEnd.toISOString(), "1997-09-30T00:00:00.000Z");
    assert.equal(s.observationEnd.toISOString(), "1998-06-30T00:00:00.000Z");
    assert.equal(s.customers.length, 2357);
    assert.equal(s.frequency.filter((x) => x > 0).length, 946);
    assert.equal(s.durationHoldout, 39);
    assert.equal(Math.max(...s.T), 38 + 6 / 7); // 272 days from 1 January to 30 September
  },
});

Deno.test({
  name: "CDNOW: fitBgNbd() gives the published r, alpha, a, b and log-likelihood",
  ignore: PATH === null,
  fn() {
    const { model } = setup(PATH!);
    const p = PUBLISHED.bgNbd;
    assert.ok(model.converged);
    assert.equal(toDigits(model.r, p.r), String(p.r));
    assert.equal(toDigits(model.a, p.a), String(p.a));
    assert.equal(toDigits(model.b, p.b), String(p.b));
    assert.equal(toDigits(model.logLikelihood, p.logLikelihood), String(p.logLikelihood));
    // alpha is 4.41359 (4.4136 to four decimals) where the paper prints 4.4135 and lifetimes
    // 4.413532: the likelihood is flat along alpha there (se 0.38), and ours is the higher one,
    // by 4e-8 over lifetimes' estimate and 7e-7 over the paper's rounded one.
    assert.ok(Math.abs(model.alpha - p.alpha) < 1e-4, `alpha ${model.alpha}`);
    // lifetimes' standard errors: 0.012557, 0.378221, 0.185719, 0.705345
    assert.ok(Math.abs(model.standardErrors.r - 0.012557) < 1e-5);
    assert.ok(Math.abs(model.standardErrors.alpha - 0.378221) < 1e-3);
    assert.ok(Math.abs(model.standardErrors.a - 0.185719) < 1e-3);
    assert.ok(Math.abs(model.standardErrors.b - 0.705345) < 1e-2);
    assert.deepEqual(model.warnings, []);
  },
});

Deno.test({
  name: "CDNOW: fitGammaGamma() on the 946 repeat customers gives the published p, q, gamma",
  ignore: PATH === null,
  fn() {
    const { summary } = setup(PATH!);
    const gg = fitGammaGamma(summary);
    const p = PUBLISHED.gammaGamma;
    assert.equal(gg.customers, p.customers);
    assert.equal(toDigits(gg.p, p.p), String(p.p));
    assert.equal(toDigits(gg.q, p.q), String(p.q));
    assert.equal(toDigits(gg.gamma, p.gamma), String(p.gamma));
    // lifetimes' docs: correlation of frequency and monetary value 0.113884 (weak: no warning)
    assert.ok(Math.abs(gg.correlation - 0.113884) < 1e-5);
    assert.deepEqual(gg.warnings, []);
  },
});

Deno.test({
  name: "CDNOW: the holdout's repeat purchases, by customer and as the cumulative weekly curve",
  ignore: PATH === null,
  fn() {
    const { transactions, summary, model } = setup(PATH!);
    // (1) sum over customers of E[X(39) | history] against the actual holdout purchase days
    const predicted = expectedPurchases(summary, model, { t: 39 }).reduce((s, v) => s + v, 0);
    const actual = summary.frequencyHoldout.reduce((s, v) => s + v, 0);
    assert.equal(actual, 1882);
    assert.ok(Math.abs(predicted - 1653.41) < 0.01, `predicted ${predicted}`);
    // The model under-forecasts the second 39 weeks by 12 %, within a tolerance of 15 %.
    assert.ok(Math.abs(predicted / actual - 1) < 0.15);

    // (2) the cumulative curve of the paper's Figure: week by week, the sum over customers of
    // E[X(week - first purchase)] against the actual cumulative repeat purchase days.
    const start = summary.start.getTime();
    const born = Array.from(summary.firstPurchase, (f) => (f - start) / DAY_MS / 7);
    const repeatDays = new Map<string, Set<number>>();
    Array.from(transactions.date).forEach((d, i) => {
      const s = String(d), c = String(transactions.customer[i]);
      const day = Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8))) / DAY_MS;
      if (!repeatDays.has(c)) repeatDays.set(c, new Set());
      repeatDays.get(c)!.add(day);
    });
    const weekly = new Float64Array(79);
    for (const days of repeatDays.values()) {
      const sorted = [...days].sort((a, b) => a - b).slice(1);
      for (const day of sorted) weekly[Math.floor((day - start / DAY_MS) / 7) + 1]! += 1;
    }
    let worst = 0, cum = 0;
    const rows: string[] = [];
    for (let week = 1; week <= 78; week++) {
      cum += weekly[week]!;
      const model78 = expectedPurchasesUnconditional(model, born.map((b) => Math.max(0, week - b)))
        .reduce((s, v) => s + v, 0);
      if (week >= 20) worst = Math.max(worst, Math.abs(model78 / cum - 1));
      if (week % 13 === 0) rows.push(`${week}: ${model78.toFixed(0)} vs ${cum}`);
    }
    assert.equal(cum, 4339);
    // the library's curve is the same, computed from the transactions in one call
    const curve = expectedCumulativeTransactions(transactions, model);
    assert.equal(curve.times.length, 78);
    assert.equal(curve.actual[77], 4339);
    assert.equal(curve.actual[38], 2457); // the calibration period's repeat purchase days
    for (const week of [20, 39, 52, 78]) {
      const ages = born.map((b) => Math.max(0, week - b));
      const expected = expectedPurchasesUnconditional(model, ages).reduce((s, v) => s + v, 0);
      assert.ok(Math.abs(curve.predicted[week - 1]! / expected - 1) < 1e-12, `week ${week}`);
    }
    // From week 20 on (customers joined in weeks 0-12) the model's curve stays within 5 % of the
    // actual one: at most 4.3 % below it in the holdout (weeks 40-78), 4.0 % at week 78. In the
    // first weeks, while the cohort is still arriving, it runs up to 20 % below on small counts.
    assert.ok(worst < 0.05, `worst relative gap ${worst}: ${rows.join(", ")}`);
  },
});

Deno.test({
  name: "CDNOW: P(alive), CLV and the one-time-buyer caveat",
  ignore: PATH === null,
  fn() {
    const { summary, model } = setup(PATH!);
    const alive = pAlive(summary, model);
    assert.deepEqual(alive.warnings, [{
      code: "clv-one-time-buyers-alive",
      customers: 1411,
      share: 1411 / 2357,
    }]);
    assert.ok(alive.pAlive.every((p) => p > 0 && p <= 1));
    const gg = fitGammaGamma(summary);
    const value = customerLifetimeValue(summary, { bgNbd: model, gammaGamma: gg });
    assert.equal(value.unit, "weeks");
    assert.ok(value.clv.every((v) => v >= 0 && Number.isFinite(v)));
    const again = customerLifetimeValue(summary, { bgNbd: model, gammaGamma: gg });
    assert.deepEqual(again, value);
  },
});
