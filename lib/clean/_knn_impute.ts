/**
 * K-nearest-neighbour imputation on standardized features (private to lib/clean).
 *
 * @module
 */

/** Result of {@linkcode knnImpute}: filled columns and, per column, cells with no neighbour to use. */
export interface KnnImputeResult {
  readonly columns: Float64Array[];
  readonly unmatched: number[];
}

/**
 * Fill the NaN cells of each column with the mean, in original units, of the `k` nearest
 * rows that have that column. Distances use the other columns, standardized (mean 0,
 * population std 1 over present values), over the coordinates both rows have, scaled as
 * scikit-learn's `nan_euclidean` does: `sqrt(p / present * Σ d²)`. Ties go to the earlier
 * row, and only original (never imputed) values are used, so the result does not depend on
 * the order cells are filled in. Cells of a row that shares no coordinate with any donor
 * are left NaN and counted in `unmatched`.
 *
 * @param columns The feature columns, NaN for missing; not changed.
 * @param k Number of neighbours.
 * @returns New columns and the unmatched counts.
 */
export function knnImpute(columns: readonly Float64Array[], k: number): KnnImputeResult {
  const p = columns.length;
  const n = p === 0 ? 0 : columns[0]!.length;
  const z = columns.map((col) => {
    let sum = 0, count = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(col[i]!)) (sum += col[i]!, count++);
    const mean = count > 0 ? sum / count : 0;
    let ss = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(col[i]!)) ss += (col[i]! - mean) ** 2;
    const sd = count > 0 ? Math.sqrt(ss / count) : 0;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = sd > 0 ? (col[i]! - mean) / sd : col[i]! - mean;
    return out;
  });
  const filled = columns.map((c) => Float64Array.from(c));
  const unmatched = columns.map(() => 0);
  const bestD = new Float64Array(k), bestI = new Int32Array(k);
  for (let j = 0; j < p; j++) {
    const target = columns[j]!;
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(target[i]!)) continue;
      let found = 0;
      for (let r = 0; r < n; r++) {
        if (r === i || Number.isNaN(target[r]!)) continue;
        let ss = 0, present = 0;
        for (let f = 0; f < p; f++) {
          if (f === j) continue;
          const a = z[f]![i]!, b = z[f]![r]!;
          if (Number.isNaN(a) || Number.isNaN(b)) continue;
          ss += (a - b) ** 2;
          present++;
        }
        if (present === 0) continue;
        const d = ss * (p - 1) / present;
        if (found < k) {
          let s = found++;
          while (s > 0 && bestD[s - 1]! > d) (bestD[s] = bestD[s - 1]!, bestI[s] = bestI[s - 1]!, s--);
          bestD[s] = d;
          bestI[s] = r;
        } else if (d < bestD[k - 1]!) {
          let s = k - 1;
          while (s > 0 && bestD[s - 1]! > d) (bestD[s] = bestD[s - 1]!, bestI[s] = bestI[s - 1]!, s--);
          bestD[s] = d;
          bestI[s] = r;
        }
      }
      if (found === 0) {
        unmatched[j]!++;
        continue;
      }
      let sum = 0;
      for (let s = 0; s < found; s++) sum += target[bestI[s]!]!;
      filled[j]![i] = sum / found;
    }
  }
  return { columns: filled, unmatched };
}
