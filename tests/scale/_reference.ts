/** Loads tests/reference/scale.json (made by tests/reference/make_scale.py with scikit-learn and pandas). */
import { matrixFromRows } from "../../lib/base/matrix.ts";

// deno-lint-ignore no-explicit-any
const raw = JSON.parse(Deno.readTextFileSync(new URL("../reference/scale.json", import.meta.url))) as any;

const m = raw.cases.money;
/** The money fixture: skewed, symmetric, negative-valued and constant columns. */
export const money = {
  x: matrixFromRows(m.x as number[][], m.columns as string[]),
  skew: m.skew as Record<string, number>,
  standard: m.standard as { mean: number[]; scale: number[]; transformed: number[][] },
  robust: m.robust as { center: number[]; scale: number[]; transformed: number[][] },
  robust1090: m.robust1090 as { center: number[]; scale: number[]; transformed: number[][] },
};

/** The PCA fixtures. */
export const pcaCases = Object.entries(raw.pca).map(([name, c]: [string, any]) => ({
  name,
  x: matrixFromRows(c.x as number[][]),
  nComponents: c.nComponents as number | null,
  explainedVariance: c.explainedVariance as number[],
  explainedVarianceRatio: c.explainedVarianceRatio as number[],
  mean: c.mean as number[],
  components: c.components as number[][],
  scores: c.scores as number[][],
}));
