// Barrel of lib/validate/: re-export every public function and type of the folder here.
export * from "./silhouette_score.ts";
export * from "./silhouette_scores.ts";
export * from "./silhouette_samples.ts";
export * from "./silhouette_estimate.ts";
export * from "./silhouette_by_segment.ts";
export * from "./calinski_harabasz_score.ts";
export * from "./davies_bouldin_score.ts";
export * from "./adjusted_rand_score.ts";
export * from "./hopkins.ts";
export * from "./stability.ts";
export * from "./stability_of_fit.ts";
export * from "./sigclust.ts";
export * from "./structure_verdict.ts";
