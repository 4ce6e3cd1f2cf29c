/**
 * Kneedle: find the knee (or elbow) of a curve.
 *
 * @module
 */

/** Options for {@linkcode kneedle}. */
export interface KneedleOptions {
  /** `"concave"` bends down (a knee), `"convex"` bends up (an elbow, e.g. inertia by k). @default {"convex"} */
  curve?: "concave" | "convex";
  /** Whether `y` grows or falls with `x`. @default {"decreasing"} */
  direction?: "increasing" | "decreasing";
  /** Sensitivity `S`: how far the difference curve must drop below a local maximum to call it a knee; larger is more conservative. @default {1} */
  sensitivity?: number;
}

/** The result of {@linkcode kneedle}. */
export interface KneedleResult {
  /** The `x` of the knee, or `null` when the curve has none. */
  readonly knee: number | null;
  /** Index of the knee in `x`, or `null`. */
  readonly index: number | null;
  /** The `y` at the knee, or `null`. */
  readonly kneeY: number | null;
  /** The normalized difference curve, in the order of `x` (its peak marks the sharpest bend). */
  readonly difference: Float64Array;
}

/**
 * Find the knee of a curve with Kneedle (Satopää, Albrecht, Irwin & Raghavan 2011, "Finding a
 * 'Kneedle' in a Haystack: Detecting Knee Points in System Behavior"), offline mode, as the
 * `kneed` package's `KneeLocator(x, y, S, curve, direction)` computes it (no smoothing):
 * normalize `x` and `y` to [0, 1], turn the curve into a concave increasing one, take the
 * difference curve `y_n - x_n`, and report the first local maximum after which the difference
 * falls below `max - S * mean(diff(x_n))` before reaching a local minimum.
 *
 * @param x The curve's `x`, increasing (e.g. k = 1..10).
 * @param y The curve's `y`, as many as `x` (e.g. inertia).
 * @param options Curve shape, direction and sensitivity; see {@linkcode KneedleOptions}.
 * @returns The knee's `x`, index and `y`, all `null` when there is none (fewer than 3 points,
 * a flat curve, or no drop large enough); and the difference curve.
 * @throws {TypeError} If `x` and `y` differ in length.
 * @throws {RangeError} If a value is not finite, `x` is not strictly increasing, or `sensitivity` is negative.
 *
 * @example The elbow of a falling curve (kneed's convex decreasing test)
 * ```ts
 * import { kneedle } from "./kneedle.ts";
 * import assert from "node:assert/strict";
 * const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
 * const y = [100, 40, 20, 15, 10, 5, 4, 3, 2, 1];
 * assert.equal(kneedle(x, y, { curve: "convex", direction: "decreasing" }).knee, 2);
 * ```
 */
export function kneedle(
  x: readonly number[],
  y: readonly number[],
  options: KneedleOptions = {},
): KneedleResult {
  const { curve = "convex", direction = "decreasing", sensitivity = 1 } = options;
  const n = x.length;
  checkKneedle(x, y, curve, direction, sensitivity);
  const none = { knee: null, index: null, kneeY: null };
  if (n < 3) return { ...none, difference: new Float64Array(n) };
  const xn = normalize(x), yn0 = normalize(y);
  // Make the curve concave increasing (kneed's transform_y); "flipped" curves run backwards.
  const flipped = (direction === "decreasing" && curve === "concave") ||
    (direction === "increasing" && curve === "convex");
  const yn = new Float64Array(n);
  let ymax = -Infinity;
  for (let i = 0; i < n; i++) if (yn0[i]! > ymax) ymax = yn0[i]!;
  for (let i = 0; i < n; i++) {
    if (direction === "decreasing" && curve === "concave") yn[i] = yn0[n - 1 - i]!;
    else if (direction === "decreasing") yn[i] = ymax - yn0[i]!;
    else if (curve === "convex") yn[i] = ymax - yn0[n - 1 - i]!;
    else yn[i] = yn0[i]!;
  }
  const diff = new Float64Array(n);
  for (let i = 0; i < n; i++) diff[i] = yn[i]! - xn[i]!;
  const difference = flipped ? diff.slice().reverse() : diff;
  if (!Number.isFinite(diff[0]!)) return { ...none, difference };
  // Local maxima and minima with neighbours clipped at the ends (scipy's argrelextrema, order 1).
  const isMax = new Uint8Array(n), isMin = new Uint8Array(n);
  let firstMax = -1;
  for (let i = 0; i < n; i++) {
    const prev = diff[i === 0 ? 0 : i - 1]!, next = diff[i === n - 1 ? n - 1 : i + 1]!, v = diff[i]!;
    if (v >= prev && v >= next) {
      isMax[i] = 1;
      if (firstMax < 0) firstMax = i;
    }
    if (v <= prev && v <= next) isMin[i] = 1;
  }
  if (firstMax < 0) return { ...none, difference };
  let meanStep = 0;
  for (let i = 1; i < n; i++) meanStep += xn[i]! - xn[i - 1]!;
  meanStep = Math.abs(meanStep / (n - 1));
  let threshold = 0, thresholdIndex = -1;
  for (let i = firstMax; i < n - 1; i++) {
    if (isMax[i] === 1) {
      threshold = diff[i]! - sensitivity * meanStep;
      thresholdIndex = i;
    }
    if (isMin[i] === 1) threshold = 0;
    if (diff[i + 1]! < threshold) {
      const index = flipped ? n - 1 - thresholdIndex : thresholdIndex;
      return { knee: x[index]!, index, kneeY: y[index]!, difference };
    }
  }
  return { ...none, difference };
}

/** The input checks of {@linkcode kneedle}: one y per x, finite values, x increasing, known options. */
function checkKneedle(
  x: readonly number[],
  y: readonly number[],
  curve: string,
  direction: string,
  sensitivity: number,
): void {
  const n = x.length;
  if (y.length !== n) {
    throw new TypeError(`Cannot find a knee: x has ${n} values and y ${y.length}; give one y per x`);
  }
  if (!(sensitivity >= 0 && Number.isFinite(sensitivity))) {
    throw new RangeError(
      `Cannot find a knee with sensitivity = ${sensitivity}: use a finite number of 0 or more`,
    );
  }
  if (curve !== "concave" && curve !== "convex") {
    throw new RangeError(`Cannot find a knee of a "${curve}" curve: use "concave" or "convex"`);
  }
  if (direction !== "increasing" && direction !== "decreasing") {
    throw new RangeError(`Cannot find a knee of a "${direction}" curve: use "increasing" or "decreasing"`);
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) {
      throw new RangeError(
        `Cannot find a knee: point ${i} is (${x[i]}, ${y[i]}); drop non-finite values first`,
      );
    }
    if (i > 0 && !(x[i]! > x[i - 1]!)) {
      throw new RangeError(
        `Cannot find a knee: x must be strictly increasing, but x[${i}] = ${x[i]} follows ${x[i - 1]}`,
      );
    }
  }
}

function normalize(v: readonly number[]): Float64Array {
  let mn = Infinity, mx = -Infinity;
  for (const t of v) {
    if (t < mn) mn = t;
    if (t > mx) mx = t;
  }
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = (v[i]! - mn) / (mx - mn);
  return out;
}
