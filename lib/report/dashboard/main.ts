// The dashboard script's entry point: `deno task dashboard` bundles this file (and what it imports)
// into `_client_js.ts`, which `renderReport` inlines in the report.
import { startDashboard } from "./client.ts";

startDashboard(document);
