// Barrel of lib/choose_k/: re-export every public function and type of the folder here.
export * from "../base/kneedle.ts";
export * from "./sweep_k.ts";
export * from "./suggest_k.ts";
