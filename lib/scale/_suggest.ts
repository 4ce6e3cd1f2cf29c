/**
 * Private: closest column names for "did you mean" messages. Temporary stand-in until
 * lib/load exports `suggestColumns`; switch to that then.
 *
 * @module
 */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Up to 3 names in `present` close to `wanted` (case-insensitive edit distance or containment), closest first. */
export function closestColumns(wanted: string, present: readonly string[]): string[] {
  const w = wanted.toLowerCase().trim();
  const scored = present.map((p) => {
    const q = p.toLowerCase().trim();
    const d = q === w ? 0 : q.includes(w) || w.includes(q) ? 1 : distance(w, q);
    return { p, d };
  });
  const limit = Math.max(2, Math.floor(w.length / 3));
  return scored.filter((s) => s.d <= limit).sort((a, b) => a.d - b.d || a.p.localeCompare(b.p)).slice(0, 3)
    .map((s) => s.p);
}
