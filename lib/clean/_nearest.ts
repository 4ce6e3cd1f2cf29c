/**
 * "Did you mean" for column names (private to lib/clean).
 *
 * @module
 */

/** Edit distance (insertions, deletions, substitutions), case and spacing ignored. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase().replace(/[\s_-]+/g, ""), y = b.toLowerCase().replace(/[\s_-]+/g, "");
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** The column closest to `name`, if it is close enough to be a likely typo. */
export function nearestColumn(name: string, columns: readonly string[]): string | null {
  let best: string | null = null, bestD = Infinity;
  for (const c of columns) {
    const d = distance(name, c);
    if (d < bestD) (best = c, bestD = d);
  }
  return best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}
