export * from "./progress.ts";
export * from "./structure_verdict.ts";
export * from "./segment_matrix.ts";
export * from "./analyze_rfm.ts";
export * from "./analyze_features.ts";
export * from "./run_record.ts";
export * from "./build_report.ts";
export * from "./analyze_file.ts";
