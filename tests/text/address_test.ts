/**
 * One form of address per language: Spanish speaks to the reader as "usted", Indonesian as
 * "Anda" (ARCHITECTURE.md, the text layer). The RFM grid's actions used to say "Intenta",
 * "Escríbeles", "tus mejores clientes" (tú) next to "Compare" and "Considere" (usted).
 */
import assert from "node:assert/strict";
import { words } from "../../lib/text/mod.ts";

function leaves(tree: unknown, path = "", out: [string, string][] = []): [string, string][] {
  if (typeof tree === "string") out.push([path, tree]);
  else if (tree && typeof tree === "object") {
    for (const [k, v] of Object.entries(tree)) leaves(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/** Pronouns and possessives of "tú", and the tú imperatives the texts used before. */
const TU =
  /(?<!\p{L})(tú|tu|tus|te|ti|contigo|tuyos?|tuyas?|Intenta|Mantén|inviertas|Escríbeles|Ofréceles|Reconquístalos|Llámalos|envíales|dales|Dales|Muéstrales|Lanza|Recomiéndales|Pídeles|acompáñalos|Construye|Invítalos|Prémialos|hazles|valoras|Conviértelos|déjalos)(?!\p{L})/u;

Deno.test("Spanish texts address the reader as usted, never tú", () => {
  const found = leaves(words("es")).filter(([, t]) => TU.test(t)).map(([p, t]) => `${p}: ${t}`);
  assert.deepEqual(found, []);
});

Deno.test("Indonesian texts address the reader as Anda, never kamu or -mu", () => {
  const found = leaves(words("id")).filter(([, t]) =>
    /(?<!\p{L})(kamu|kau|engkau|dikau|\p{L}+mu)(?!\p{L})/iu.test(t)
  )
    .filter(([, t]) => !/(?<!\p{L})(ilmu|temu|jamu|bertemu|menemu)(?!\p{L})/iu.test(t))
    .map(([p, t]) => `${p}: ${t}`);
  assert.deepEqual(found, []);
});

Deno.test("Indonesian texts avoid the calque and the English term readers flagged (segmen larut, silhouette)", () => {
  const found = leaves(words("id")).filter(([, t]) => /\blarut\b|\bsilhouette\b/i.test(t)).map(([p, t]) =>
    `${p}: ${t}`
  );
  assert.deepEqual(found, []);
});
