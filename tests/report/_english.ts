/**
 * Finding English in a page meant for a Spanish or Indonesian reader: the visible text, the text
 * layer's English phrases, the English terms that used to leak, English-grouped numbers and
 * scientific notation. Used by tests/report/no_english_test.ts and the CLI tests.
 */
import { en, words } from "../../lib/mod.ts";

/** The text a reader sees: no script, style or run record (JSON for tools), entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<pre class="record">[\s\S]*?<\/pre>/g, " ")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every leaf string of a words tree. */
function leaves(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === "string") out.push(tree);
  else if (tree && typeof tree === "object") { for (const v of Object.values(tree)) leaves(v, out); }
  return out;
}

/**
 * The English phrases of the text layer: the literal pieces between placeholders of every English
 * text, with three words or more, that no Spanish or Indonesian text also contains (names such as
 * "Calinski-Harabasz" are the same in every language).
 */
export function englishPhrases(): string[] {
  const others = [...leaves(words("es")), ...leaves(words("id"))].join("\n");
  const phrases = new Set<string>();
  for (const text of leaves(en)) {
    for (const piece of text.split(/\{[^}]*\}/)) {
      const p = piece.replace(/^[\s"'(),.:;·—–-]+|[\s"'(),.:;·—–-]+$/g, "");
      const wordsIn = p.match(/[A-Za-z]{2,}/g) ?? [];
      if (wordsIn.length >= 3 && !others.includes(p)) phrases.add(p);
    }
  }
  return [...phrases];
}

/** Terms that leaked into Spanish and Indonesian reports before (whole words, as written). */
export const ENGLISH_TERMS: readonly string[] = [
  "customer_id",
  "recency_days",
  "r_score",
  "f_score",
  "m_score",
  "rfm_code",
  "rfm_segment",
  "cluster_segment",
  "expected_purchases_12m",
  "clv_12m",
  "p_alive",
  "recency",
  "frequency",
  "monetary",
  "missing",
  "q1",
  "q3",
  "highly stable",
  "stable",
  "revenue",
  "share",
  "customers",
  "customer",
  "invoice",
  "amount",
  "quantity",
  "country",
  "row",
  "rows",
  "removed",
  "imputed",
  "clean",
  "load",
  "days",
  "months",
  "weeks",
  "n/a",
  "standard",
];

/** English terms, English-grouped numbers and scientific notation found in a visible text. */
export function englishIn(text: string, phrases: readonly string[]): string[] {
  const found: string[] = [];
  for (const p of phrases) if (text.includes(p)) found.push(`phrase: ${p}`);
  for (const t of ENGLISH_TERMS) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}_])${t.replace(/[()/]/g, "\\$&")}($|[^\\p{L}\\p{N}_])`, "u");
    if (re.test(text)) found.push(`term: ${t}`);
  }
  const sci = text.match(/\b\d(?:[.,]\d+)?e[+-]?\d+\b/g);
  if (sci) found.push(`scientific notation: ${sci.slice(0, 3).join(", ")}`);
  // 1,234,567, 12,345 or 1,234.5: English digit grouping (Spanish and Indonesian group with "."; a
  // comma there is a decimal comma, as in "1,930" or "0,472", which the report writes with at most
  // 3 significant digits below 10)
  const grouped = text.match(/\b(?:\d{1,3}(?:,\d{3}){2,}|[1-9]\d{1,2},\d{3}|\d{1,3}(?:,\d{3})+\.\d+)\b/g);
  if (grouped) found.push(`English number: ${grouped.slice(0, 3).join(", ")}`);
  return found;
}
