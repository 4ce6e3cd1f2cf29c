import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { riskRules } from "../../lib/profile/risk_rules.ts";
import { ruleSegments } from "../../lib/profile/rule_segments.ts";
import { ruleSegmentationTexts } from "../../lib/text/mod.ts";

Deno.test("riskRules() words the delay in the unit given (days) in every language", () => {
  const table = pl.DataFrame({ delay: [0, 20, 8], credits: [0, 1, 1] });
  const rules = riskRules({
    delayColumn: "delay",
    creditsColumn: "credits",
    riskDelay: 15,
    delayUnit: "days",
  });
  assert.ok(rules.every((r) => "risk" in r && r.risk.delayUnit === "days" && r.risk.riskDelay === 15));
  const en = ruleSegmentationTexts(ruleSegments(table, rules), "en").segments.map((s) => s.description).join(
    " ",
  );
  const es = ruleSegmentationTexts(ruleSegments(table, rules), "es").segments.map((s) => s.description).join(
    " ",
  );
  const id = ruleSegmentationTexts(ruleSegments(table, rules), "id").segments.map((s) => s.description).join(
    " ",
  );
  assert.match(en, /15 days or more/);
  assert.doesNotMatch(en, /months/);
  assert.match(es, /15 días o más/);
  assert.match(id, /15 hari atau lebih/);
  assert.doesNotMatch(id, /bulan/);
});
