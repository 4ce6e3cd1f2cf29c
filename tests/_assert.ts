/** Test helpers shared by every test file (no JSR here: node:assert only). */
import assert from "node:assert/strict";

/**
 * Assert that numbers (or arrays of numbers) agree within `rtol * |expected| + atol`.
 * NaN equals NaN.
 */
export function assertAllClose(
  actual: number | ArrayLike<number>,
  expected: number | ArrayLike<number>,
  { rtol = 1e-9, atol = 0, message = "" }: { rtol?: number; atol?: number; message?: string } = {},
): void {
  const a = typeof actual === "number" ? [actual] : Array.from(actual);
  const e = typeof expected === "number" ? [expected] : Array.from(expected);
  assert.equal(a.length, e.length, `${message} length ${a.length} != ${e.length}`);
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!, y = e[i]!;
    if (Number.isNaN(x) && Number.isNaN(y)) continue;
    if (x === y) continue;
    const tol = rtol * Math.abs(y) + atol;
    if (!(Math.abs(x - y) <= tol)) {
      assert.fail(`${message} index ${i}: ${x} != ${y} (|diff| ${Math.abs(x - y)} > tol ${tol})`);
    }
  }
}
