/**
 * Write the project's bundled sample files in `data/` from fixed seeds:
 *
 *     deno run -A tools/make_samples.ts
 *
 * Byte-identical on every run (tests/generate/samples_test.ts checks it).
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { generateCardHolders, generateInvoices, generateVehicleFinance } from "../lib/generate/mod.ts";

/** The bundled samples: file name, what it imitates, seed, and how it is made. */
export const SAMPLES: readonly {
  readonly file: string;
  readonly seed: number;
  readonly make: () => string;
}[] = [
  { file: "retail_sample.csv", seed: 42, make: () => generateInvoices({ customers: 600, seed: 42 }) },
  { file: "credit_card_sample.csv", seed: 42, make: () => generateCardHolders({ rows: 1200, seed: 42 }) },
  {
    file: "vehicle_finance_sample.csv",
    seed: 42,
    make: () => generateVehicleFinance({ rows: 200, seed: 42 }),
  },
];

if (import.meta.main) {
  const dir = fileURLToPath(new URL("../data/", import.meta.url));
  await Deno.mkdir(dir, { recursive: true });
  for (const s of SAMPLES) {
    const text = s.make();
    await Deno.writeTextFile(dir + s.file, text);
    console.log(`wrote data/${s.file} (${text.length.toLocaleString("en")} characters, seed ${s.seed})`);
  }
}
