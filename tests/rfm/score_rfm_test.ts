import assert from "node:assert/strict";
import { tieRuleText } from "../../lib/text/rfm.ts";
import { warningText } from "../../lib/text/mod.ts";
import fc from "fast-check";
import pl from "nodejs-polars";
import { scoreRfm } from "../../lib/rfm/mod.ts";
import { assertAllClose } from "../_assert.ts";
import { permuteRows } from "./_fixtures.ts";
import { rfmReference } from "./_reference.ts";

function rfmTable(recency: number[], frequency: number[], monetary: number[]): pl.DataFrame {
  return pl.DataFrame({
    customer: recency.map((_, i) => `c${String(i).padStart(3, "0")}`),
    recency,
    frequency,
    monetary,
  }).withColumns(pl.col("recency").cast(pl.Int32), pl.col("frequency").cast(pl.Int32));
}

const ten = () =>
  rfmTable(
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [1, 1, 1, 1, 1, 2, 2, 3, 5, 9],
    [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
  );

Deno.test("scoreRfm() cuts at the quintiles, recency reversed", () => {
  const s = scoreRfm(ten());
  // Linear quantiles of 1..10 at 0.2..0.8: positions 1.8, 3.6, 5.4, 7.2 → 2.8, 4.6, 6.4, 8.2.
  assertAllClose(s.thresholds.recency, [2.8, 4.6, 6.4, 8.2], { rtol: 1e-12 });
  assertAllClose(s.thresholds.monetary, [28, 46, 64, 82], { rtol: 1e-12 });
  assert.equal(s.bins, 5);
  assert.deepEqual(s.table.getColumn("r_score").toArray(), [5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  assert.deepEqual(s.table.getColumn("m_score").toArray(), [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  assert.deepEqual(s.table.getColumn("rfm").toArray().slice(0, 3), ["511", "511", "412"]);
  assert.equal(String(s.table.getColumn("r_score").dtype), "DataType(Int32)");
  assert.deepEqual(s.table.columns, [
    "customer",
    "recency",
    "frequency",
    "monetary",
    "r_score",
    "f_score",
    "m_score",
    "rfm",
  ]);
});

Deno.test("scoreRfm() gives tied frequencies one score and says how many bins F really got", () => {
  const s = scoreRfm(ten());
  // Sorted frequencies 1,1,1,1,1,2,2,3,5,9: cuts 1, 1, 2, 3.4; a 2 is above two cuts → 3 (score 2 skipped).
  assertAllClose(s.thresholds.frequency, [1, 1, 2, 3.4], { rtol: 1e-12 });
  assert.deepEqual(s.table.getColumn("f_score").toArray(), [1, 1, 1, 1, 1, 3, 3, 4, 5, 5]);
  assert.deepEqual(s.distinctBins, { r: 5, f: 4, m: 5 });
  assert.equal(s.warnings.length, 1);
  assert.deepEqual(s.warnings[0], {
    code: "rfm-few-frequency-scores",
    got: 4,
    bins: 5,
    cuts: s.thresholds.frequency,
  });
  assert.match(
    warningText(s.warnings[0]!, "en"),
    /^F got 4 distinct scores of 5: many customers share the same frequency, so cuts coincide \(1, 1, 2, 3\.4\)$/,
  );
  assert.match(tieRuleText(s, "en"), /Equal values always get equal scores, whatever the row order/);
});

Deno.test("scoreRfm() with a value on a cut puts it in the lower score, on every axis", () => {
  // Values 0, 10, 10, 20 with bins 3: both tertile cuts are 10 (positions 1 and 2).
  const s = scoreRfm(rfmTable([0, 10, 10, 20], [0, 10, 10, 20], [0, 10, 10, 20]), { bins: 3 });
  assertAllClose(s.thresholds.frequency, [10, 10], { rtol: 1e-12 });
  assert.deepEqual(s.table.getColumn("f_score").toArray(), [1, 1, 1, 3]);
  assert.deepEqual(s.table.getColumn("r_score").toArray(), [3, 1, 1, 1]);
});

Deno.test("scoreRfm() scores do not depend on row order, and equal values get equal scores", () => {
  const value = fc.integer({ min: 0, max: 6 });
  fc.assert(
    fc.property(
      fc.array(fc.tuple(value, value, value), { minLength: 1, maxLength: 40 }).chain((rows) =>
        fc.tuple(fc.constant(rows), fc.shuffledSubarray([...rows.keys()], { minLength: rows.length }))
      ),
      ([rows, order]) => {
        const t = rfmTable(rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2] * 1.5));
        const a = scoreRfm(t).table;
        const b = scoreRfm(permuteRows(t, order)).table.sort("customer");
        assert.ok(a.frameEqual(b));
        const codes = a.getColumn("rfm").toArray() as string[];
        for (let i = 0; i < rows.length; i++) {
          for (let j = 0; j < rows.length; j++) {
            if (rows[i]![0] === rows[j]![0]) assert.equal(codes[i]![0], codes[j]![0]);
            if (rows[i]![1] === rows[j]![1]) assert.equal(codes[i]![1], codes[j]![1]);
            if (rows[i]![2] === rows[j]![2]) assert.equal(codes[i]![2], codes[j]![2]);
            // Scores are monotone: more recent never scores lower, more frequent never lower.
            if (rows[i]![0] < rows[j]![0]) assert.ok(codes[i]![0]! >= codes[j]![0]!);
            if (rows[i]![1] < rows[j]![1]) assert.ok(codes[i]![1]! <= codes[j]![1]!);
          }
        }
      },
    ),
    { seed: 42, numRuns: 60 },
  );
});

Deno.test("scoreRfm() equals numpy's quantile cuts and the same rule on the retail reference", () => {
  const ref = rfmReference();
  const t = pl.DataFrame({
    customer: ref.rfm.customer,
    recency: ref.rfm.recency,
    frequency: ref.rfm.frequency,
    monetary: ref.rfm.monetary,
  });
  const s = scoreRfm(t);
  assertAllClose(s.thresholds.recency, ref.thresholds.recency, { rtol: 1e-9 });
  assertAllClose(s.thresholds.frequency, ref.thresholds.frequency, { rtol: 1e-9 });
  assertAllClose(s.thresholds.monetary, ref.thresholds.monetary, { rtol: 1e-9 });
  assert.deepEqual(s.table.getColumn("r_score").toArray(), ref.rfm.r_score);
  assert.deepEqual(s.table.getColumn("f_score").toArray(), ref.rfm.f_score);
  assert.deepEqual(s.table.getColumn("m_score").toArray(), ref.rfm.m_score);
  assert.deepEqual(s.distinctBins, { r: 5, f: 5, m: 5 });
});

Deno.test("scoreRfm() rejects bad bins, missing columns, nulls and an empty table", () => {
  assert.throws(
    () => scoreRfm(ten(), { bins: 1 }),
    /^RangeError: Cannot score RFM with bins = 1: bins must be an integer from 2 to 9$/,
  );
  assert.throws(() => scoreRfm(ten(), { bins: 2.5 }), /^RangeError: Cannot score RFM with bins = 2.5/);
  assert.throws(
    () => scoreRfm(ten().drop("monetary")),
    /^TypeError: Cannot score RFM: the table has no "monetary" column/,
  );
  assert.throws(
    () => scoreRfm(ten().withColumns(pl.col("recency").cast(pl.Utf8))),
    /^TypeError: Cannot score RFM: column "recency" holds (Utf8|String), not numbers/,
  );
  assert.throws(
    () =>
      scoreRfm(
        ten().withColumns(
          pl.when(pl.col("monetary").gt(50)).then(pl.lit(null)).otherwise(pl.col("monetary")).alias(
            "monetary",
          ),
        ),
      ),
    /^TypeError: Cannot score RFM: column "monetary" has 5 null or NaN values; drop or fill them first$/,
  );
  assert.throws(
    () => scoreRfm(ten().filter(pl.lit(false))),
    /^RangeError: Cannot score RFM: the table has no customers/,
  );
});

Deno.test("scoreRfm() does not change its input", () => {
  const t = ten();
  const before = t.clone();
  scoreRfm(t);
  assert.ok(t.frameEqual(before));
});

Deno.test("tieRuleText() and the scoreRfm() warnings read in es and id, cuts with decimal commas", () => {
  // Frequency cuts 1, 1, 2, 3.4 (see above): F gets 4 scores of 5.
  const s = scoreRfm(ten());
  assert.deepEqual(s.warnings.map((w) => warningText(w, "es")), [
    "F obtuvo solo 4 puntuaciones distintas de 5: muchos clientes comparten la misma frecuencia, así que los cortes coinciden (1; 1; 2; 3,4)",
  ]);
  assert.match(
    tieRuleText(s, "es"),
    /^Los cortes son los cuantiles 1\/5, 2\/5, \.\.\. de los valores de los clientes/,
  );
  assert.match(
    tieRuleText(s, "es"),
    /Valores iguales reciben siempre la misma puntuación, sea cual sea el orden de las filas/,
  );
  assert.match(
    warningText(s.warnings[0]!, "id"),
    /^F hanya mendapat 4 skor berbeda dari 5: .*frekuensi yang sama.*\(1; 1; 2; 3,4\)$/,
  );
  assert.match(tieRuleText(s, "id"), /^Batas skor adalah kuantil 1\/5, 2\/5, \.\.\. dari nilai pelanggan/);
  assert.match(tieRuleText(s, "en"), /^Cuts are the 1\/5, 2\/5, \.\.\. quantiles/);
  assert.match(tieRuleText(scoreRfm(ten(), { bins: 3 }), "en"), /^Cuts are the 1\/3, 2\/3 quantiles/);
});
