import assert from "node:assert/strict";
import { checkMemory } from "../../lib/base/memory.ts";

Deno.test("checkMemory() to read refuses a file that needs more memory than is available, with sizes and the fix", () => {
  const c = checkMemory(7 * 2 ** 30, 24 * 2 ** 30, { file: "big.csv", step: "read" });
  assert.equal(c.fits, false);
  assert.match(
    c.message,
    /^Cannot read "big\.csv": the file is 7\.0 GB and reading it needs about 28\.0 GB of memory, but only 24\.0 GB is available; close other programs, keep only the columns you need, or split the file by date$/,
  );
  // 1 GB on a 24 GB machine: allowed
  assert.equal(checkMemory(2 ** 30, 24 * 2 ** 30, { file: "ok.csv", step: "read" }).fits, true);
});
