// Barrel of lib/clean/: re-export every public function and type of the folder here.
export * from "./clean_transactions.ts";
export * from "./clean_customers.ts";
export * from "./check_ledger.ts";
export * from "./cancellation_rule_error.ts";
