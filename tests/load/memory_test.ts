import assert from "node:assert/strict";
import { checkMemory } from "../../lib/load/_memory.ts";

Deno.test("checkMemory() refuses a file that needs more memory than is available, with sizes and the fix", () => {
  assert.throws(
    () => checkMemory(7 * 2 ** 30, 24 * 2 ** 30, "big.csv"),
    /^InputError: Cannot read "big\.csv": the file is 7\.0 GB and reading it needs about 28\.0 GB of memory, but only 24\.0 GB is available; close other programs, keep only the columns you need, or split the file by date$/,
  );
  checkMemory(2 ** 30, 24 * 2 ** 30, "ok.csv"); // 1 GB on a 24 GB machine: allowed
  checkMemory(10 * 2 ** 30, null, "unknown.csv"); // no permission to ask: no check
});
