// Barrel of lib/cluster/: re-export every public function and type of the folder here.
export * from "./kmeans.ts";
