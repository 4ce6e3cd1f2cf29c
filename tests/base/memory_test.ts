import assert from "node:assert/strict";
import { checkMemory, PEAK_BASE_BYTES, PEAK_BYTES_PER_FILE_BYTE } from "../../lib/base/memory.ts";

Deno.test("checkMemory() compares the expected peak with what is available", () => {
  assert.equal(checkMemory(620e6, 24e9).fits, true);
  const big = checkMemory(2.5e9, 24e9, { file: "ventas_2024.csv" });
  assert.equal(big.fits, false);
  assert.equal(big.neededBytes, PEAK_BASE_BYTES + 2.5e9 * PEAK_BYTES_PER_FILE_BYTE);
  assert.match(
    big.message,
    /^Cannot analyse "ventas_2024\.csv": it needs about 28\.0 GB of memory \(2\.5 GB file\) and 24\.0 GB are available; split the file/,
  );
  // The fixed part counts too: a small file on a machine with almost nothing free.
  assert.equal(checkMemory(1e6, 1e9).fits, true);
  assert.equal(checkMemory(1e6, 4e8).fits, false);
});

Deno.test("checkMemory() rejects sizes that are not sizes", () => {
  assert.throws(() => checkMemory(-1, 10), /^RangeError: Cannot check memory: fileBytes is -1/);
  assert.throws(() => checkMemory(1, NaN), /^RangeError: Cannot check memory: availableBytes is NaN/);
});
