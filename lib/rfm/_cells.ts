/** Private helpers: score cells of a rule set. */
import type { RfmPattern } from "./check_rule_set.ts";

/** The score digits of every cell of a rule set with `bins` scores per axis, in ascending order. */
export function ruleSetCells(axes: "RF" | "RFM", bins: number): string[] {
  const out: string[] = [];
  for (let r = 1; r <= bins; r++) {
    for (let f = 1; f <= bins; f++) {
      if (axes === "RF") out.push(`${r}${f}`);
      else for (let m = 1; m <= bins; m++) out.push(`${r}${f}${m}`);
    }
  }
  return out;
}

/** Whether the pattern matches the cell written as score digits. */
export function matches(pattern: RfmPattern, cell: string): boolean {
  const [r, f, m] = [...cell].map(Number);
  return (pattern.r === undefined || pattern.r.includes(r!)) &&
    (pattern.f === undefined || pattern.f.includes(f!)) &&
    (pattern.m === undefined || m === undefined || pattern.m.includes(m));
}
