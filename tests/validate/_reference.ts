/** Loads tests/reference/metrics.json (made by tests/reference/make_metrics.py with scikit-learn). */
import { matrixFromRows } from "../../lib/base/matrix.ts";
import type { Matrix } from "../../lib/base/types.ts";

interface RawCase {
  name: string;
  x: number[][];
  labels: number[];
  silhouette: number;
  silhouetteSamples: number[];
  calinskiHarabasz: number;
  daviesBouldin: number;
}

/** One metric fixture with its matrix built. */
export interface MetricCase extends Omit<RawCase, "x" | "labels"> {
  x: Matrix;
  labels: Int32Array;
}

const raw = JSON.parse(
  Deno.readTextFileSync(new URL("../reference/metrics.json", import.meta.url)),
) as { sklearn: string; cases: RawCase[]; ari: { name: string; a: number[]; b: number[]; ari: number }[] };

/** The metric fixtures. */
export const metricCases: MetricCase[] = raw.cases.map((c) => ({
  ...c,
  x: matrixFromRows(c.x),
  labels: Int32Array.from(c.labels),
}));

/** The adjusted-Rand fixtures. */
export const ariCases = raw.ari.map((c) => ({ ...c, a: Int32Array.from(c.a), b: Int32Array.from(c.b) }));
