// Private: the categorical palette (Observable 10) for segments, shared by the charts and the report.

/** Colour of the n-th segment (outliers excluded), in the order segments are listed. */
export const SEGMENT_COLORS: readonly string[] = [
  "#4269d0",
  "#efb118",
  "#ff725c",
  "#6cc5b0",
  "#3ca951",
  "#ff8ab7",
  "#a463f2",
  "#97bbf5",
  "#9c6b4e",
  "#9498a0",
];

/** Colour of the outliers group (label -1). */
export const OUTLIER_COLOR = "#9498a0";
