// Barrel of lib/profile/: re-export every public function and type of the folder here.
export * from "./profile_segments.ts";
export * from "./detect_concepts.ts";
export * from "./name_segments.ts";
export * from "./rule_segments.ts";
export * from "./risk_rules.ts";
export * from "./crosstab.ts";
export * from "./name_claims.ts";
export * from "./risk_score.ts";
