// The committed samples in data/ are exactly what tools/make_samples.ts writes.
import assert from "node:assert/strict";
import { SAMPLES } from "../../tools/make_samples.ts";
import { projectDataPath } from "../_data.ts";

for (const sample of SAMPLES) {
  Deno.test(`data/${sample.file} is byte-identical to a fresh run of tools/make_samples.ts`, async () => {
    const committed = await Deno.readFile(projectDataPath(sample.file));
    const fresh = new TextEncoder().encode(sample.make());
    assert.ok(committed.length < 1_000_000, `${sample.file} stays under 1 MB`);
    assert.ok(
      committed.length === fresh.length && committed.every((b, i) => b === fresh[i]),
      `data/${sample.file} differs from the generator's output; run: deno run -A tools/make_samples.ts`,
    );
  });
}

Deno.test("tools/make_samples.ts regenerates the same bytes twice", () => {
  for (const sample of SAMPLES) assert.equal(sample.make(), sample.make());
});

Deno.test("data/README.md names every sample, its seed and the command to regenerate", async () => {
  const readme = await Deno.readTextFile(projectDataPath("README.md"));
  assert.match(readme, /deno run -A tools\/make_samples\.ts/);
  for (const sample of SAMPLES) assert.match(readme, new RegExp(sample.file.replace(".", "\\.")));
});
