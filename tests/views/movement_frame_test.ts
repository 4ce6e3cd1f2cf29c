import assert from "node:assert/strict";
import { movementFrame } from "../../lib/views/movement_frame.ts";

const transitions = [
  { from: "champions", to: "champions", fromName: "Champions", toName: "Champions", customers: 50 },
  { from: "champions", to: "at_risk", fromName: "Champions", toName: "At Risk", customers: 31 },
  { from: "(new)", to: "new", fromName: "(new)", toName: "New", customers: 4 },
  { from: "loyal", to: "champions", fromName: "Loyal", toName: "Champions", customers: 2 },
];

Deno.test("movementFrame() leaves out customers who stayed and keeps the order", () => {
  const f = movementFrame({ transitions });
  assert.deepEqual(f.columns, ["from", "to", "customers"]);
  assert.deepEqual(f.getColumn("from").toArray(), ["Champions", "(new)", "Loyal"]);
  assert.deepEqual(f.getColumn("to").toArray(), ["At Risk", "New", "Champions"]);
  assert.deepEqual(f.getColumn("customers").toArray(), [31, 4, 2]);
});

Deno.test("movementFrame() shows at most n rows", () => {
  assert.deepEqual(movementFrame({ transitions }, 2).getColumn("customers").toArray(), [31, 4]);
});
