// Barrel of lib/cohorts/: re-export every public function and type of the folder here.
export * from "./cohort_retention.ts";
