// Barrel of lib/eda/: re-export every public function and type of the folder here.
export * from "./profile_columns.ts";
export * from "./monthly_trend.ts";
export * from "./top_values.ts";
export * from "./top_countries.ts";
export * from "./correlation_matrix.ts";
