// Barrel of lib/cluster/: re-export every public function and type of the folder here.
export * from "./kmeans.ts";
export * from "./predict_kmeans.ts";
export * from "./dbscan.ts";
export * from "./k_distances.ts";
export * from "./suggest_eps.ts";
export * from "./kmeans_range.ts";
