// Barrel of lib/load/: re-export every public function and type of the folder here.
export * from "./read_table.ts";
export * from "./sniff_dialect.ts";
export * from "./map_roles.ts";
export * from "./require_roles.ts";
export * from "../base/suggest_columns.ts";
export * from "./detect_kind.ts";
