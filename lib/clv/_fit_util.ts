/**
 * Pieces shared by the fits (private to lib/clv): option checks and standard errors.
 *
 * @module
 */
import { hessian, invertSpd } from "./_optimize.ts";

/** Check the numeric options every fit takes. */
export function checkFitOptions(
  action: string,
  { penalizer, maxIter, maxRestarts, tol }: {
    penalizer: number;
    maxIter: number;
    maxRestarts: number;
    tol: number;
  },
): void {
  if (!(penalizer >= 0 && Number.isFinite(penalizer))) {
    throw new RangeError(`Cannot ${action} with penalizer "${penalizer}": use a finite number >= 0`);
  }
  if (!(Number.isInteger(maxIter) && maxIter >= 1)) {
    throw new RangeError(`Cannot ${action} with maxIter "${maxIter}": use a whole number >= 1`);
  }
  if (!(Number.isInteger(maxRestarts) && maxRestarts >= 0)) {
    throw new RangeError(`Cannot ${action} with maxRestarts "${maxRestarts}": use a whole number >= 0`);
  }
  if (!(tol > 0 && Number.isFinite(tol))) {
    throw new RangeError(`Cannot ${action} with tol "${tol}": use a finite number > 0`);
  }
}

/**
 * Standard errors of the parameters at `params` from the inverse of the numerical Hessian of the
 * (penalised) negative log-likelihood `nll`, in the parameters' own scale; `null` when the
 * Hessian is not positive definite.
 */
export function standardErrors(nll: (p: Float64Array) => number, params: Float64Array): Float64Array | null {
  const n = params.length;
  const inv = invertSpd(hessian(nll, params), n);
  if (inv === null) return null;
  return Float64Array.from({ length: n }, (_, i) => Math.sqrt(inv[i * n + i]!));
}

/** Starting point in log space from optional starting parameters (default 1 each). */
export function logStart(
  action: string,
  names: readonly string[],
  init: Record<string, number> | undefined,
): Float64Array {
  return Float64Array.from(names, (k) => {
    const v = init?.[k] ?? 1;
    if (!(v > 0 && Number.isFinite(v))) {
      throw new RangeError(`Cannot ${action}: the starting value of ${k} is "${v}"; use a finite number > 0`);
    }
    return Math.log(v);
  });
}

/** Customers in the subsample a large fit starts from (every k-th customer). */
export const WARM_START_CUSTOMERS = 20_000;

/** Entries `0, k, 2k, ...` of `v`. */
export function everyKth(v: ArrayLike<number>, k: number): Float64Array {
  return Float64Array.from({ length: Math.ceil(v.length / k) }, (_, i) => v[i * k]!);
}
