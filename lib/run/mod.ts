/**
 * Whole runs: a file in, the analysis out (what the CLI, the app and the notebooks call).
 *
 * @module
 */
export * from "./progress.ts";
export * from "./segment_matrix.ts";
export * from "./analyze_rfm.ts";
export * from "./analyze_features.ts";
export * from "./analyze_file.ts";
