import assert from "node:assert/strict";
import { assertAllClose } from "../_assert.ts";
import { hyp2f1, lgamma, log2F1Series } from "../../lib/clv/_special.ts";
import { clvReference } from "./_reference.ts";

Deno.test("lgamma() matches factorials and Gamma(1/2)", () => {
  for (let n = 1; n <= 20; n++) {
    let f = 1;
    for (let k = 2; k < n; k++) f *= k;
    assertAllClose(lgamma(n), Math.log(f), { atol: 1e-13 });
  }
  assertAllClose(lgamma(0.5), 0.5 * Math.log(Math.PI), { rtol: 1e-14 });
  assertAllClose(lgamma(1e-8), 18.420680738180209, { rtol: 1e-13 });
  assert.ok(Number.isNaN(lgamma(0)) && Number.isNaN(lgamma(-1)));
});

Deno.test("hyp2f1() matches scipy.special.hyp2f1 at the BG/NBD's arguments (rtol 1e-9)", () => {
  const ref = clvReference();
  assert.ok(ref.hyp2f1.length > 100);
  for (const { a, b, c, z, value } of ref.hyp2f1) {
    assertAllClose(hyp2f1(a, b, c, z), value, { rtol: 1e-9, message: `2F1(${a}, ${b}; ${c}; ${z})` });
  }
});

Deno.test("hyp2f1() matches closed forms, Euler's transformation and the direct series", () => {
  // 2F1(1, 1; 2; z) = -log(1 - z) / z ; 2F1(a, b; b; z) = (1 - z)^-a
  for (const z of [0.1, 0.5, 0.9, 0.99]) {
    assertAllClose(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, { rtol: 1e-13 });
    assertAllClose(hyp2f1(0.7, 3, 3, z), (1 - z) ** -0.7, { rtol: 1e-13 });
  }
  // the transformed sum (used when c - a - b < 0) agrees with the direct sum
  const direct = log2F1Series(30.2, 32.4, 62.2, 0.45);
  assertAllClose(Math.log(hyp2f1(30.2, 32.4, 62.2, 0.45)), direct.log, { rtol: 1e-12 });
  // a terminating series: 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
  assertAllClose(hyp2f1(-2, 3, 5, 0.5), 1 - (2 * 3 * 0.5) / 5 + (3 * 4 * 0.25) / (5 * 6), { rtol: 1e-14 });
  // a negative value (c < 0) keeps its sign
  assert.ok(hyp2f1(0.5, 0.6, -0.1, 0.5) < 0);
});

Deno.test("hyp2f1() stays finite where the terms overflow a double", () => {
  const { log, sign } = log2F1Series(400, 400, 300, 0.9);
  assert.equal(sign, 1);
  assert.ok(Number.isFinite(log) && log > 709);
});
