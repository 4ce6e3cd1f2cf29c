// Barrel of lib/generate/: deterministic sample data with planted structure and real quirks.
export * from "./invoices.ts";
export * from "./card_holders.ts";
export * from "./vehicle_finance.ts";
export * from "./blobs.ts";
export * from "./uniform.ts";
export * from "./bgnbd.ts";
