/**
 * Private checks and label encoding shared by the validation metrics.
 *
 * @module
 */
import type { Matrix } from "../base/types.ts";

/** Labels recoded to `0..k-1` in ascending order of the original values (scikit-learn's LabelEncoder). */
export interface EncodedLabels {
  /** Code of every row, `0..k-1`. */
  readonly codes: Int32Array;
  /** Original label of every code, ascending. */
  readonly classes: Int32Array;
  /** Rows per code. */
  readonly counts: Int32Array;
}

/**
 * Recode labels to `0..k-1`; every distinct value (noise `-1` included) is a cluster, as in scikit-learn.
 */
export function encodeLabels(labels: Int32Array): EncodedLabels {
  const classes = Int32Array.from(new Set(labels)).sort();
  const index = new Map<number, number>();
  classes.forEach((c, i) => index.set(c, i));
  const codes = new Int32Array(labels.length);
  const counts = new Int32Array(classes.length);
  for (let i = 0; i < labels.length; i++) {
    const c = index.get(labels[i]!)!;
    codes[i] = c;
    counts[c]!++;
  }
  return { codes, classes, counts };
}

/** Throw a TypeError unless `labels` is an Int32Array with one label per row of `x`. */
export function checkLabels(x: Matrix, labels: Int32Array, action: string): void {
  if (!(labels instanceof Int32Array)) {
    throw new TypeError(
      `Cannot ${action}: labels must be an Int32Array; wrap them with Int32Array.from(labels)`,
    );
  }
  if (labels.length !== x.rows) {
    throw new TypeError(
      `Cannot ${action}: ${labels.length} labels for ${x.rows} rows; give exactly one label per row`,
    );
  }
}

/** scikit-learn's `check_number_of_labels`: 2 <= k <= n - 1. */
export function checkNumberOfLabels(k: number, n: number, action: string): void {
  if (!(k > 1 && k < n)) {
    throw new RangeError(
      `Cannot ${action} with ${k} distinct label${
        k === 1 ? "" : "s"
      } for ${n} rows: valid numbers of labels are 2 to ${
        n - 1
      } (rows - 1); pass a clustering with at least two clusters and not every row alone`,
    );
  }
}
