import assert from "node:assert/strict";
import { fitBgNbd } from "../../lib/clv/fit_bg_nbd.ts";
import { generateBgNbd } from "../../lib/generate/bgnbd.ts";
import { warningText } from "../../lib/text/mod.ts";

Deno.test("fitBgNbd() warns when the fitted dropout chance is practically zero (no one leaves in the window)", () => {
  // Customers who almost never drop out: mean dropout a / (a + b) = 1e-5.
  const loyal = fitBgNbd(generateBgNbd({ n: 3000, r: 0.5, alpha: 5, a: 0.01, b: 1000, T: 52, seed: 3 }));
  const w = loyal.warnings.find((x) => x.code === "clv-dropout-negligible");
  assert.ok(w, `no warning, dropout ${loyal.a / (loyal.a + loyal.b)}`);
  assert.ok((w.dropout as number) < 1e-3);
  assert.match(
    warningText(w, "en"),
    /^The fitted chance that a customer stops after a purchase is practically zero/,
  );
  assert.match(warningText(w, "es"), /^La probabilidad ajustada de que un cliente deje de comprar/);
  // Customers who do leave (CDNOW-like parameters): no such warning.
  const usual = fitBgNbd(generateBgNbd({ n: 3000, r: 0.25, alpha: 4.4, a: 0.8, b: 2.4, T: 39, seed: 3 }));
  assert.equal(usual.warnings.some((x) => x.code === "clv-dropout-negligible"), false);
});
