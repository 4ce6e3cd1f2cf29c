// Private: naming and colouring segment labels consistently across charts.
import { SEGMENT_COLORS } from "./_render.ts";

/** Segment names: by label, as an array indexed by label or a record; `-1` is the outliers group. */
export type ChartSegmentNames = readonly string[] | Readonly<Record<number, string>>;

export function segmentName(label: number, names: ChartSegmentNames | undefined, outliers: string): string {
  const given = names === undefined ? undefined : (names as Readonly<Record<number, string>>)[label];
  if (given !== undefined) return given;
  return label === -1 ? outliers : `${label}`;
}

/** Distinct labels in increasing order (so -1, the outliers, comes first). */
export function distinctLabels(labels: ArrayLike<number>): number[] {
  return [...new Set(Array.from(labels, Number))].sort((a, b) => a - b);
}

/** Colour range for labels in order: grey for outliers, the palette for the rest. */
export function segmentColors(labels: readonly number[]): string[] {
  let i = 0;
  return labels.map((l) => (l === -1 ? "#9498a0" : SEGMENT_COLORS[i++ % SEGMENT_COLORS.length]!));
}
