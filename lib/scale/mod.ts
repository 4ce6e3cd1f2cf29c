// Barrel of lib/scale/: re-export every public function and type of the folder here.
export * from "./to_matrix.ts";
export * from "./log1p_columns.ts";
export * from "./standardize.ts";
export * from "./apply_scaler.ts";
export * from "./inverse_scale.ts";
export * from "./robust_scale.ts";
export * from "./one_hot.ts";
export * from "./pca.ts";
export * from "./transform_pca.ts";
