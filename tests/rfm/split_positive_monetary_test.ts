import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { splitPositiveMonetary } from "../../lib/rfm/split_positive_monetary.ts";
import { examplesText, ledgerText } from "../../lib/text/mod.ts";

Deno.test("splitPositiveMonetary() keeps positive spend and ledgers the rest with their spend", () => {
  const customers = pl.DataFrame({ customer: ["a", "b", "c", "d"], monetary: [10, 0, -3.5, 2] });
  const { positive, entry } = splitPositiveMonetary(customers);
  assert.deepEqual(positive.getColumn("customer").toArray(), ["a", "d"]);
  assert.equal(entry?.reason, "non-positive-monetary");
  assert.equal(entry?.rows, 2);
  assert.deepEqual(entry?.examples, [
    { customer: "b", cells: [{ value: 0 }] },
    { customer: "c", cells: [{ value: -3.5 }] },
  ]);
  assert.ok(ledgerText(entry!, "es").length > 0);
  assert.match(examplesText(entry!, "es"), /-3,5/);
  assert.equal(splitPositiveMonetary(pl.DataFrame({ customer: ["a"], monetary: [1] })).entry, null);
});
