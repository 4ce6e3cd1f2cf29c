import assert from "node:assert/strict";
import { outputName } from "../../lib/report/output_name.ts";

Deno.test("outputName() drops the folders and the last extension", () => {
  assert.equal(outputName("../data/retail_sample.csv"), "retail_sample");
  assert.equal(outputName("/work/shared/data/credit card.xlsx"), "credit card");
  assert.equal(outputName("C:\\data\\cards.xlsx"), "cards");
  assert.equal(outputName("archive.tar.gz"), "archive.tar");
});

Deno.test("outputName() keeps a name with no extension and names an empty path segments", () => {
  assert.equal(outputName("customers"), "customers");
  assert.equal(outputName(".env"), ".env");
  assert.equal(outputName(""), "segments");
  assert.equal(outputName("data/"), "segments");
});
