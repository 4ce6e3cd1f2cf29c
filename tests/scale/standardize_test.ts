import assert from "node:assert/strict";
import { warningText } from "../../lib/text/mod.ts";
import fc from "fast-check";
import { standardize } from "../../lib/scale/standardize.ts";
import { matrixFromRows } from "../../lib/base/matrix.ts";
import { assertAllClose } from "../_assert.ts";
import { money } from "./_reference.ts";

Deno.test("standardize() equals scikit-learn's StandardScaler, constant column included", () => {
  const r = standardize(money.x);
  assertAllClose(r.scaler.mean, money.standard.mean);
  assertAllClose(r.scaler.scale, money.standard.scale);
  assertAllClose(r.matrix.data, money.standard.transformed.flat(), {});
  assert.equal(r.warnings.length, 1);
  assert.deepEqual(r.warnings, [{ code: "column-constant", column: "CONST", value: 3.25 }]);
  assert.match(
    warningText(r.warnings[0]!, "es"),
    /^La columna "CONST" es constante \(todos sus valores son 3,25\)/,
  );
  assert.match(
    warningText(r.warnings[0]!, "en"),
    /^Column "CONST" is constant \(every value 3\.25\); it was centred but not scaled/,
  );
});

Deno.test("standardize() gives mean 0 and standard deviation 1 per column (property)", () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.double({ min: -10, max: 10, noNaN: true }),
        ),
        {
          minLength: 2,
          maxLength: 50,
        },
      ),
      (rows) => {
        const r = standardize(matrixFromRows(rows));
        for (let t = 0; t < 2; t++) {
          const v = rows.map((_, i) => r.matrix.data[i * 2 + t]!);
          const mean = v.reduce((a, b) => a + b, 0) / v.length;
          const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
          assert.ok(Math.abs(mean) < 1e-9, `mean ${mean}`);
          const constant = r.warnings.some((w) => w.code === "column-constant" && w.column === `x${t}`);
          // a (near-)constant column is centred only (scale 1), as scikit-learn does
          if (constant) assert.ok(v.every((z, i) => z === rows[i]![t]! - r.scaler.mean[t]!), "centred only");
          else assert.ok(Math.abs(sd - 1) < 1e-9, `sd ${sd}`);
        }
      },
    ),
    { seed: 42, numRuns: 200 },
  );
});

Deno.test("standardize() does not change its input and rejects non-finite values and no rows", () => {
  const x = matrixFromRows([[1, 2], [3, 4]]);
  standardize(x);
  assert.deepEqual([...x.data], [1, 2, 3, 4]);
  assert.throws(
    () => standardize(matrixFromRows([[1], [NaN]])),
    /^RangeError: Cannot standardize: row 1, column "x0" is NaN/,
  );
  assert.throws(
    () => standardize(matrixFromRows([], ["a"])),
    /^RangeError: Cannot standardize: the data has no rows/,
  );
});
