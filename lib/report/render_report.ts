/**
 * The self-contained HTML report, with a small dashboard over the per-customer table.
 *
 * @module
 */
import { createHash } from "node:crypto";
import type { Chart, Lang, Ledger, LedgerEntry, SegmentProfile } from "../base/types.ts";
import { OUTLIER_COLOR, SEGMENT_COLORS } from "../base/palette.ts";
import { CSS, FIT_WIDTHS } from "./_css.ts";
import { barsSvg, type DashboardData } from "./_dashboard.ts";
import type { DashboardGrouping } from "./dashboard/_data.ts";
import { DASHBOARD_JS } from "./dashboard/_client_js.ts";
import { escapeHtml, jsonForScript } from "../base/escape_html.ts";
import {
  columnLabel,
  currencySymbol,
  examplesText,
  fill,
  formatMoney,
  formatShare,
  ledgerText,
  numberLocale,
  withUnit,
  words,
} from "../text/mod.ts";

/** The structure / validation verdict shown at the top of the report. */
export interface ReportVerdict {
  /** `good`: clear, stable segments; `warn`: usable with care; `bad`: no real structure or unstable. */
  readonly level: "good" | "warn" | "bad";
  /** One sentence, e.g. "No clear cluster structure (Hopkins 0.51)". */
  readonly headline: string;
  /** Supporting facts, one per bullet. */
  readonly details: readonly string[];
}

/** A table in a report section; every cell is escaped. */
export interface ReportTable {
  /** Caption above the table. */
  readonly caption: string;
  /** Header cells. */
  readonly columns: readonly string[];
  /** Rows, one cell per column; numbers are right-aligned and formatted for the report's language. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /**
   * How to write each column's numbers: `"share"` a 0..1 share as a percentage ("<0.1 %" rather
   * than 0), `"money"` with the report's currency; absent: a number with up to 2 decimals.
   */
  readonly formats?: readonly ("share" | "money" | undefined)[];
}

/** Which columns or features hold money and durations, for headers ("gasto (€)") and values. */
export interface ReportColumns {
  /** Currency of the money columns, ISO 4217 (`"EUR"`, `"IDR"`); none: money as plain numbers. */
  readonly currency?: string;
  /** Columns or features holding money. @default {[]} */
  readonly money?: readonly string[];
  /** Columns or features holding durations, with their unit. @default {{}} */
  readonly durations?: Readonly<Record<string, "days" | "months" | "weeks">>;
}

/** One section of the report body (EDA, cohorts, choosing k, validation, ...). */
export interface ReportSection {
  /** Anchor id (letters, digits, `-`, `_`; anything else is replaced by `-`). */
  readonly id: string;
  /** Heading. */
  readonly title: string;
  /** Prose paragraphs, as plain text (escaped). */
  readonly paragraphs?: readonly string[];
  /** Charts from `lib/chart`; their `html` is trusted markup and embedded as is. */
  readonly charts?: readonly Chart[];
  /** Tables. */
  readonly tables?: readonly ReportTable[];
}

/** The cleaning ledger with its row totals. */
export interface ReportLedger {
  /** The ledger entries, in order. */
  readonly entries: Ledger;
  /** Rows read from the input. */
  readonly rowsIn: number;
  /** Rows kept after cleaning. */
  readonly rowsKept: number;
}

/** The per-customer table behind the dashboard (and the CSV download). */
export interface ReportAssignments {
  /** Header, e.g. `["customer", "recency", "frequency", "monetary", "segment"]`. */
  readonly columns: readonly string[];
  /** One row per customer, one cell per column (arrays, not objects: compact for 100k rows). */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** The column holding the segment name; the filter and the charts group by it. */
  readonly segmentColumn: string;
  /** Numeric columns offered for the "mean per segment" chart, the first shown by default. @default {every column whose non-empty cells are all numbers, except the segment column and a first column whose values are all distinct (an id)} */
  readonly valueColumns?: readonly string[];
  /** Name of the downloaded file. @default {"segments.csv"} */
  readonly fileName?: string;
  /** Rows per page of the table. @default {25} */
  readonly pageSize?: number;
  /**
   * Other segment columns the reader can filter by instead, with a switch (an RFM run: the RFM
   * grid's segments and the k-means segments). @default {[]}
   */
  readonly otherSegmentColumns?: readonly string[];
}

/** Everything {@linkcode renderReport} puts in the report; only `lang` and `title` are required. */
export interface ReportInput {
  /** Language of the report's own words (headings, buttons). Content strings are used as given. */
  readonly lang: Lang;
  /** The report's title (also the page title). */
  readonly title: string;
  /** A line under the title, e.g. the input file and the date range. */
  readonly subtitle?: string;
  /** The structure / validation verdict, shown first. */
  readonly verdict?: ReportVerdict;
  /** Weak results and caveats, shown right after the verdict. */
  readonly warnings?: readonly string[];
  /** Key numbers as label/value pairs ("Customers": 4,338). Numbers are formatted for `lang`. */
  readonly summary?: readonly { readonly label: string; readonly value: string | number }[];
  /** The cleaning ledger: entries only, or entries with rows in and kept (then the balance is shown). */
  readonly ledger?: Ledger | ReportLedger;
  /** Body sections, in order. */
  readonly sections?: readonly ReportSection[];
  /** Segment cards: name, size, share, value share, description, actions, key means. */
  readonly segments?: readonly SegmentProfile[];
  /** The per-customer table; when present, the report carries the dashboard. */
  readonly assignments?: ReportAssignments;
  /** Money and duration columns, for units and currency in headers, cards and tables. */
  readonly columns?: ReportColumns;
  /** The run record (any JSON value), shown and embedded as `<script type="application/json" id="segmenta-run">`. */
  readonly record?: unknown;
  /** Who made the report, e.g. `"segmenta 0.1.0"`. */
  readonly generatedBy?: string;
}

const PAGE_SIZE = 25;
const BIG_TABLE = 50_000;

function anchor(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, "-") || "section";
}

function numberFormat(lang: Lang): (v: unknown) => string {
  const nf = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 2 });
  return (
    v,
  ) => (typeof v === "number"
    ? (Number.isFinite(v) ? nf.format(v) : "")
    : v === null || v === undefined
    ? ""
    : String(v));
}

/** How the report writes numbers, shares, money and column names in its language. */
interface Display {
  readonly lang: Lang;
  /** A cell: a number with up to 2 decimals in the locale, text as is, empty for null. */
  readonly fmt: (v: unknown) => string;
  /** A column's or feature's name with its unit or currency symbol: "gasto (€)", "recencia (días)". */
  readonly header: (column: string) => string;
  /** A value of a column as a card shows it: money with its currency, a duration with its unit. */
  readonly value: (column: string, v: number | null | undefined) => string;
  /** A cell of a column with a format (a share, money). */
  readonly formatted: (v: unknown, format: "share" | "money" | undefined) => string;
}

function makeDisplay(lang: Lang, columns: ReportColumns = {}): Display {
  const fmt = numberFormat(lang);
  const money = new Set(columns.money ?? []);
  const durations = columns.durations ?? {};
  const units = words(lang).report.units;
  const symbol = currencySymbol(columns.currency, lang);
  const unitOf = (c: string) =>
    money.has(c) ? symbol : Object.hasOwn(durations, c) ? units[durations[c]!] : undefined;
  return {
    lang,
    fmt,
    header: (c) => withUnit(columnLabel(c, lang), unitOf(c), lang),
    value: (c, v) => {
      if (typeof v !== "number" || !Number.isFinite(v)) return fmt(v ?? null);
      if (money.has(c)) return formatMoney(v, lang, columns.currency);
      if (Object.hasOwn(durations, c)) {
        return fill(words(lang).report.valueWithUnit, { value: fmt(v), unit: units[durations[c]!] }, lang);
      }
      return fmt(v);
    },
    formatted: (v, format) =>
      typeof v !== "number" || format === undefined
        ? fmt(v)
        : format === "share"
        ? formatShare(v, lang)
        : formatMoney(v, lang, columns.currency),
  };
}

function pct(x: number, lang: Lang): string {
  return formatShare(x, lang);
}

/**
 * The class that stacks a table when its container is narrower than the table needs: an estimate
 * of about 7.5 px a character at the tables' font plus 16 px of padding per column, each column as
 * wide as its longest header word and its widest cell: a number whole, a text by its longest word
 * where text wraps (`nowrapText`: whole, up to the 30 characters the dashboard shows), a long text
 * column 30 characters (its CSS `min-width`).
 */
function fitClass(
  headers: readonly string[],
  cells: readonly (readonly (string | number | null)[])[],
  texts: readonly (readonly string[])[],
  options: { nowrapText?: boolean; long?: readonly boolean[] } = {},
): string {
  const { nowrapText = false, long = [] } = options;
  const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => w.length));
  let need = 0;
  headers.forEach((h, j) => {
    let chars = longestWord(h);
    if (long[j]) chars = Math.max(chars, 30);
    texts.forEach((r, i) => {
      const text = r[j] ?? "";
      const wide = typeof cells[i]?.[j] === "number" || !/\s/.test(text)
        ? text.length
        : nowrapText
        ? Math.min(30, text.length)
        : longestWord(text);
      chars = Math.max(chars, nowrapText ? Math.min(30, wide) : wide);
    });
    need += 7.5 * chars + 16;
  });
  return `fit-${FIT_WIDTHS.find((w) => w >= need) ?? FIT_WIDTHS.at(-1)!}`;
}

function tableHtml(t: ReportTable, d: Display): string {
  const numeric = t.columns.map((_, j) =>
    t.rows.length > 0 && t.rows.every((r) => typeof r[j] === "number" || r[j] === null)
  );
  const head = t.columns.map((c, j) => `<th${numeric[j] ? ' class="num"' : ""}>${escapeHtml(c)}</th>`).join(
    "",
  );
  const long = t.columns.map((_, j) => {
    const texts = t.rows.map((r) => r[j]).filter((v): v is string => typeof v === "string");
    return texts.length > 0 && texts.reduce((n, v) => n + v.length, 0) / texts.length > 40;
  });
  const cls = (
    v: unknown,
    j: number,
  ) => (typeof v === "number" ? ' class="num"' : long[j] ? ' class="long"' : "");
  const texts = t.rows.map((r) => r.map((v, j) => d.formatted(v, t.formats?.[j])));
  const labels = t.columns.map((c) => ` data-label="${escapeHtml(c)}"`);
  const body = t.rows.map((r, i) =>
    `<tr>${r.map((v, j) => `<td${cls(v, j)}${labels[j]}>${escapeHtml(texts[i]![j]!)}</td>`).join("")}</tr>`
  ).join("");
  return `<div class="table-wrap"><table class="${fitClass(t.columns, t.rows, texts, { long })}"><caption>${
    escapeHtml(t.caption)
  }</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function verdictHtml(v: ReportVerdict, lang: Lang): string {
  const r = words(lang).report.render;
  const level = (r.verdictLevel as Readonly<Record<string, string>>)[v.level];
  if (!level) {
    throw new RangeError(
      `Cannot render the verdict: level "${v.level}" is not "good", "warn" or "bad"; use one of those`,
    );
  }
  const details = v.details.length
    ? `<ul>${v.details.map((d) => `<li>${escapeHtml(d)}</li>`).join("")}</ul>`
    : "";
  return `<section id="verdict" class="verdict ${v.level}" aria-label="${escapeHtml(r.verdict)}">` +
    `<div class="level">${escapeHtml(r.verdict)}: ${escapeHtml(level)}</div>` +
    `<p class="headline">${escapeHtml(v.headline)}</p>${details}</section>`;
}

function segmentColor(label: number, order: { n: number }): string {
  return label === -1 ? OUTLIER_COLOR : SEGMENT_COLORS[order.n++ % SEGMENT_COLORS.length]!;
}

function segmentsHtml(segments: readonly SegmentProfile[], d: Display): string {
  const lang = d.lang;
  const order = { n: 0 };
  const cards = segments.map((s) => segmentCardHtml(s, segmentColor(s.label, order), d));
  return `<section id="segments"><h2>${
    escapeHtml(words(lang).report.render.segments)
  }</h2><div class="cards">${cards.join("")}</div></section>`;
}

/** One segment's card: name, size and shares, description, actions, and up to six key means. */
function segmentCardHtml(s: SegmentProfile, color: string, d: Display): string {
  const { lang, fmt } = d;
  const r = words(lang).report.render;
  const meta = fill(r.customersShare, { n: fmt(s.size), share: pct(s.share, lang) }, lang) +
    (s.valueShare !== undefined ? ` · ${fill(r.valueShare, { share: pct(s.valueShare, lang) }, lang)}` : "");
  const actions = s.actions.length
    ? `<h4>${escapeHtml(r.actions)}</h4><ol>${
      s.actions.map((a) => `<li>${escapeHtml(a)}</li>`).join("")
    }</ol>`
    : "";
  const keys = [...s.distinctive.map((d) => d.feature), ...Object.keys(s.means)].filter((f, j, all) =>
    all.indexOf(f) === j
  )
    .slice(0, 6);
  const means = keys.length
    ? `<h4>${escapeHtml(r.keyMeans)}</h4><dl>${
      keys.map((f) => {
        const z = s.zScores[f];
        const arrow = z === undefined || !Number.isFinite(z) || Math.abs(z) < 0.25
          ? ""
          : ` <span title="${escapeHtml(z > 0 ? r.aboveAverage : r.belowAverage)}">${
            z > 0 ? "▲" : "▼"
          }</span>`;
        return `<dt>${escapeHtml(columnLabel(f, lang))}</dt><dd>${
          escapeHtml(d.value(f, s.means[f]))
        }${arrow}</dd>`;
      }).join("")
    }</dl>`
    : "";
  return `<article class="card" style="--c:${color}"><h3>${escapeHtml(s.name)}</h3><p class="meta">${
    escapeHtml(meta)
  }</p>` +
    `<p>${escapeHtml(s.description)}</p>${actions}${means}</article>`;
}

function ledgerHtml(ledger: Ledger | ReportLedger, d: Display): string {
  const { lang, fmt } = d;
  const r = words(lang).report.render;
  const entries: readonly LedgerEntry[] = Array.isArray(ledger) ? ledger : (ledger as ReportLedger).entries;
  let balance = "";
  if (!Array.isArray(ledger)) {
    const l = ledger as ReportLedger;
    balance = `<p>${
      escapeHtml(
        fill(r.ledgerBalance, {
          in: fmt(l.rowsIn),
          kept: fmt(l.rowsKept),
          removed: fmt(l.rowsIn - l.rowsKept),
        }, lang),
      )
    }</p>`;
  }
  const body = entries.length === 0 ? `<p>${escapeHtml(r.ledgerEmpty)}</p>` : tableHtml({
    caption: "",
    columns: [
      r.step,
      r.reason,
      r.action,
      r.rows,
      r.column,
      r.examples,
    ],
    rows: entries.map((
      e,
    ) => [
      (r.ledgerStep as Readonly<Record<string, string>>)[e.step] ?? e.step,
      ledgerText(e, lang),
      r.ledgerAction[e.action],
      e.rows,
      e.column ?? "",
      examplesText(e, lang),
    ]),
  }, d).replace("<caption></caption>", "");
  return `<section id="ledger"><h2>${escapeHtml(r.ledger)}</h2>${balance}${body}</section>`;
}

function isNumericColumn(rows: ReportAssignments["rows"], j: number): boolean {
  let any = false;
  for (const r of rows) {
    const v = r[j];
    if (v === null || v === "") continue;
    if (typeof v !== "number") return false;
    any = true;
  }
  return any;
}

/** The index of the segment column, after checking that it exists and that every row has one cell per column. */
function checkAssignments(a: ReportAssignments): number {
  const segIndex = a.columns.indexOf(a.segmentColumn);
  if (segIndex < 0) {
    throw new RangeError(
      `Cannot render the dashboard: segment column "${a.segmentColumn}" is not among the columns ${
        a.columns.map((c) => `"${c}"`).join(", ")
      }; set "segmentColumn" to one of them`,
    );
  }
  a.rows.forEach((r, i) => {
    if (r.length !== a.columns.length) {
      throw new TypeError(
        `Cannot render the dashboard: row ${
          i + 1
        } has ${r.length} cells but there are ${a.columns.length} columns; give one cell per column`,
      );
    }
  });
  return segIndex;
}

/** The columns offered for the mean-per-segment chart: as given, or every numeric one but an id and the segment. */
function valueColumnIndices(a: ReportAssignments, segIndex: number): number[] {
  const idLike = new Set(a.rows.map((r) => r[0])).size === a.rows.length; // a first column of unique values: an id
  return (a.valueColumns ??
    a.columns.filter((_, j) => !(j === 0 && idLike) && j !== segIndex && isNumericColumn(a.rows, j)))
    .map((c) => {
      const j = a.columns.indexOf(c);
      if (j < 0) {
        throw new RangeError(
          `Cannot render the dashboard: value column "${c}" is not among the columns; pick one of the columns`,
        );
      }
      return j;
    });
}

/** The dashboard's segments: their order, colours and row counts. */
interface DashboardSegments {
  readonly order: string[];
  readonly colors: string[];
  readonly counts: Map<string, number>;
}

/** Segment order: as the profiles list them, then any other value in order of first appearance. */
function dashboardSegments(
  a: ReportAssignments,
  segIndex: number,
  segments: readonly SegmentProfile[],
): DashboardSegments {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const r of a.rows) {
    const s = String(r[segIndex] ?? "");
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const order: string[] = [];
  const colors: string[] = [];
  let c = 0;
  const add = (s: string, outlier: boolean) => {
    if (seen.has(s) || !counts.has(s)) return;
    seen.add(s);
    order.push(s);
    colors.push(outlier ? OUTLIER_COLOR : SEGMENT_COLORS[c++ % SEGMENT_COLORS.length]!);
  };
  for (const p of segments) add(p.name, p.label === -1);
  for (const s of counts.keys()) add(s, false);
  return { order, colors, counts };
}

/** The static charts (scripts off): customers per segment and, with a value column, its mean per segment. */
function dashboardCharts(
  a: ReportAssignments,
  segIndex: number,
  valueIndices: readonly number[],
  seg: DashboardSegments,
  d: Display,
): string {
  const { lang, fmt } = d;
  const t = words(lang).dashboard;
  const { order, colors, counts } = seg;
  const total = a.rows.length;
  const countsSvg = barsSvg(
    order.map((s, i) => {
      const n = counts.get(s)!;
      return {
        label: s,
        value: n,
        text: `${fmt(n)} (${formatShare(total ? n / total : 0, lang)})`,
        color: colors[i]!,
      };
    }),
    t.countsTitle,
    escapeHtml,
  );
  let meansFigure = "";
  if (valueIndices.length > 0) {
    const j = valueIndices[0]!;
    const sums = new Map<string, number>(), ns = new Map<string, number>();
    for (const r of a.rows) {
      const v = r[j];
      if (typeof v !== "number" || !Number.isFinite(v)) continue;
      const s = String(r[segIndex] ?? "");
      sums.set(s, (sums.get(s) ?? 0) + v);
      ns.set(s, (ns.get(s) ?? 0) + 1);
    }
    const title = fill(t.meansTitle, { column: d.header(a.columns[j]!) }, lang);
    const svg = barsSvg(
      order.map((s, i) => {
        const n = ns.get(s) ?? 0;
        const mean = n ? sums.get(s)! / n : NaN;
        return { label: s, value: mean, text: n ? fmt(mean) : "–", color: colors[i]! };
      }),
      title,
      escapeHtml,
    );
    meansFigure = `<figure><figcaption id="sg-means-caption">${
      escapeHtml(title)
    }</figcaption><div id="sg-means-plot">${svg}</div></figure>`;
  }
  return `<div class="dash-charts"><figure><figcaption>${
    escapeHtml(t.countsTitle)
  }</figcaption><div id="sg-counts-plot">${countsSvg}</div></figure>${meansFigure}</div>`;
}

/** The label of a segment column on the grouping switch. */
function groupingLabel(column: string, lang: Lang): string {
  const r = words(lang).report;
  return column === "rfm_segment"
    ? r.groupingRfm
    : column === "cluster_segment" || column === "segment"
    ? r.groupingKmeans
    : column === "rule_segment"
    ? r.groupingRules
    : columnLabel(column, lang);
}

/** The grouping switch, the filter, value-column and download controls (hidden until the script runs). */
function dashboardControls(
  a: ReportAssignments,
  valueIndices: readonly number[],
  seg: DashboardSegments,
  groupings: readonly DashboardGrouping[],
  d: Display,
): string {
  const { lang, fmt } = d;
  const t = words(lang).dashboard;
  const boxes = seg.order.map((s, i) =>
    `<label><input type="checkbox" data-sg-segment="${i}" checked disabled><span class="swatch" style="background:${
      seg.colors[i]
    }"></span>${escapeHtml(s)} <span class="muted">(${escapeHtml(fmt(seg.counts.get(s)!))})</span></label>`
  ).join("");
  const options = valueIndices.map((j) =>
    `<option value="${j}">${escapeHtml(d.header(a.columns[j]!))}</option>`
  ).join("");
  const switcher = groupings.length > 1
    ? `<fieldset id="sg-groupings"><legend>${escapeHtml(t.groupBy)}</legend>${
      groupings.map((g, i) =>
        `<label><input type="radio" name="sg-grouping" value="${i}"${i === 0 ? " checked" : ""} disabled>${
          escapeHtml(g.label)
        }</label>`
      ).join("")
    }</fieldset>`
    : "";
  return `<div class="dash-controls" data-sg-js hidden>${switcher}` +
    `<fieldset><legend>${escapeHtml(t.filterBySegment)}</legend><span id="sg-boxes">${boxes}</span>` +
    ` <button type="button" id="sg-all">${escapeHtml(t.all)}</button> <button type="button" id="sg-none">${
      escapeHtml(t.none)
    }</button></fieldset>` +
    (options
      ? `<label>${escapeHtml(t.valueColumn)} <select id="sg-value" disabled>${options}</select></label>`
      : "") +
    `<button type="button" id="sg-download" disabled>${escapeHtml(t.downloadCsv)}</button></div>`;
}

/** The table's header and its first page, as the page shows it with scripts off. */
function dashboardTable(
  a: ReportAssignments,
  segIndex: number,
  pageSize: number,
  d: Display,
): string {
  const fmt = d.fmt;
  const headers = a.columns.map((col) => d.header(col));
  const head = headers.map((h, j) =>
    `<th${
      j !== segIndex && isNumericColumn(a.rows, j) ? ' class="num"' : ""
    }><button type="button" disabled>${escapeHtml(h)}</button></th>`
  ).join("");
  const cell = (v: string | number | null, j: number) =>
    `<td${typeof v === "number" ? ' class="num"' : ""}${
      typeof v === "string" && v.length > 30 ? ` title="${escapeHtml(v)}"` : ""
    } data-label="${escapeHtml(headers[j]!)}">${escapeHtml(fmt(v))}</td>`;
  const page = a.rows.slice(0, pageSize);
  const first = page.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("");
  // sized on a sample of rows: the script shows any page, and a page's width is like the first one's
  const sample = a.rows.slice(0, 200);
  const fit = fitClass(headers, sample, sample.map((r) => r.map((v) => fmt(v))), { nowrapText: true });
  return `<div class="table-wrap"><table id="sg-table" class="${fit}"><thead><tr>${head}</tr></thead><tbody>${first}</tbody></table></div>`;
}

/** The words the dashboard's script shows, its templates filled in the browser. */
function dashboardStrings(lang: Lang): DashboardData["strings"] {
  const d = words(lang).dashboard;
  return {
    countsTitle: d.countsTitle,
    meansTitle: d.meansTitle,
    showing: d.showing,
    page: d.page,
    noRows: d.noRows,
  };
}

/** The groupings the switch offers: the segment column first, then the others given. */
function dashboardGroupings(
  a: ReportAssignments,
  segIndex: number,
  first: DashboardSegments,
  segments: readonly SegmentProfile[],
  lang: Lang,
): DashboardGrouping[] {
  const out: DashboardGrouping[] = [{
    label: groupingLabel(a.segmentColumn, lang),
    segmentIndex: segIndex,
    segments: first.order,
    colors: first.colors,
  }];
  for (const column of a.otherSegmentColumns ?? []) {
    const j = a.columns.indexOf(column);
    if (j < 0) {
      throw new RangeError(
        `Cannot render the dashboard: segment column "${column}" is not among the columns; pick one of the columns`,
      );
    }
    const g = dashboardSegments(a, j, segments);
    out.push({ label: groupingLabel(column, lang), segmentIndex: j, segments: g.order, colors: g.colors });
  }
  return out;
}

function dashboardParts(
  a: ReportAssignments,
  segments: readonly SegmentProfile[],
  d: Display,
): { html: string; data: DashboardData } {
  const { lang, fmt } = d;
  const t = words(lang).dashboard;
  const segIndex = checkAssignments(a);
  const valueIndices = valueColumnIndices(a, segIndex);
  const seg = dashboardSegments(a, segIndex, segments);
  const groupings = dashboardGroupings(a, segIndex, seg, segments, lang);
  const pageSize = a.pageSize ?? PAGE_SIZE;
  const data: DashboardData = {
    lang,
    locale: numberLocale(lang),
    columns: a.columns,
    labels: a.columns.map((c) => d.header(c)),
    rows: a.rows,
    segmentIndex: segIndex,
    valueIndices,
    segments: seg.order,
    colors: seg.colors,
    ...(groupings.length > 1 ? { groupings } : {}),
    pageSize,
    fileName: a.fileName ?? "segments.csv",
    strings: dashboardStrings(lang),
  };
  const total = a.rows.length;
  const status = fill(t.showing, {
    from: total ? "1" : "0",
    to: fmt(Math.min(pageSize, total)),
    n: fmt(total),
    total: fmt(total),
  }, lang);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const json = jsonForScript(data);
  const big = total > BIG_TABLE
    ? `<p class="muted">${
      escapeHtml(fill(t.bigData, { n: fmt(total), size: fmt(Math.round(json.length / 1e5) / 10) }, lang))
    }</p>`
    : "";
  const html = `<section id="segmenta-dashboard"><h2>${escapeHtml(t.explore)}</h2>${big}` +
    dashboardControls(a, valueIndices, seg, groupings, d) +
    dashboardCharts(a, segIndex, valueIndices, seg, d) +
    `<p id="sg-status" class="muted">${escapeHtml(status)}</p>` +
    `<p class="muted" data-sg-js hidden>${escapeHtml(t.sortHint)}</p>` +
    dashboardTable(a, segIndex, pageSize, d) +
    `<div class="pager" data-sg-js hidden><button type="button" id="sg-prev">${
      escapeHtml(t.previous)
    }</button>` +
    `<span id="sg-page">${escapeHtml(fill(t.page, { page: "1", pages: String(pages) }, lang))}</span>` +
    `<button type="button" id="sg-next">${escapeHtml(t.next)}</button></div>` +
    `<p class="muted" data-sg-static>${escapeHtml(fill(t.scriptsOff, { n: fmt(total) }, lang))}</p>` +
    `</section>`;
  return { html, data };
}

/** The inline script: `dashboard/client.ts` and its imports, bundled by `deno task dashboard`. */
function dashboardScript(): string {
  const text = DASHBOARD_JS;
  if (/<\/script|<!--/i.test(text)) {
    throw new Error("Cannot inline the dashboard script: its source contains '</script' or '<!--'");
  }
  return text;
}

function warningsHtml(warnings: readonly string[], lang: Lang): string {
  return `<section id="warnings" class="warnings"><h2 style="border:0;margin:.3em 0;font-size:1.05em">${
    escapeHtml(words(lang).report.render.warnings)
  }</h2><ul>${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul></section>`;
}

function summaryHtml(
  summary: NonNullable<ReportInput["summary"]>,
  lang: Lang,
  fmt: (v: unknown) => string,
): string {
  return `<section id="summary"><h2>${
    escapeHtml(words(lang).report.render.summary)
  }</h2><dl class="summary">${
    summary.map((s) => `<div><dt>${escapeHtml(s.label)}</dt><dd>${escapeHtml(fmt(s.value))}</dd></div>`).join(
      "",
    )
  }</dl></section>`;
}

function sectionHtml(s: ReportSection, id: string, d: Display): string {
  return `<section id="${escapeHtml(id)}"><h2>${escapeHtml(s.title)}</h2>` +
    (s.paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join("") +
    (s.charts ?? []).map((c) => c.html).join("") +
    (s.tables ?? []).map((t) => tableHtml(t, d)).join("") + `</section>`;
}

function recordHtml(record: unknown, lang: Lang): string {
  const r = words(lang).report.render;
  return `<section id="record"><h2>${escapeHtml(r.record)}</h2><p class="muted">${
    escapeHtml(r.recordNote)
  }</p>` +
    `<details><summary>JSON</summary><pre class="record">${
      escapeHtml(JSON.stringify(record, null, 2) ?? "null")
    }</pre></details></section>`;
}

function navHtml(toc: readonly { id: string; title: string }[], lang: Lang): string {
  return toc.length > 1
    ? `<nav class="toc" aria-label="${escapeHtml(words(lang).report.render.contents)}">${
      toc.map((t) => `<a href="#${escapeHtml(t.id)}">${escapeHtml(t.title)}</a>`).join("")
    }</nav>`
    : "";
}

/**
 * Render the report: one self-contained HTML file (inline CSS, inline SVG, one small inline script;
 * nothing fetched from the network, no external fonts) that reads offline and with scripts off.
 *
 * Layout: title and subtitle, the verdict up front, warnings, key numbers, segment cards (size,
 * share, value share, description, recommended actions, key means), the dashboard, the sections
 * (prose, charts, tables), the cleaning ledger, and the reproducibility record.
 *
 * Safety: every user-supplied string (column names, ids, countries, file names, segment names, prose)
 * is escaped with {@linkcode escapeHtml}; the run record and the dashboard rows are embedded as JSON
 * in `<script type="application/json">` with `<`, `>`, `&`, U+2028/9 escaped ({@linkcode jsonForScript});
 * the dashboard builds its DOM with `textContent` only; and a Content-Security-Policy allows no
 * network access and no script but the report's own (by its SHA-256 hash). Chart `html` is trusted
 * markup from `lib/chart`.
 *
 * Dashboard (when `assignments` is given): filter by segment (the counts chart, the mean-per-segment
 * chart and the table follow), choose the value column, sortable (click a header) and paginated
 * table, and a "Download CSV" button for the filtered rows with the same formula-safe rule as
 * `toAssignmentsCsv`. With scripts off the page shows the static report, both charts for all rows
 * and the first page of the table. Rows are embedded as arrays; all rows are embedded however many
 * there are, and above 50,000 rows the dashboard says how large the embedded data is.
 *
 * @param input What to show; see {@linkcode ReportInput}.
 * @returns The HTML document.
 * @throws {RangeError} If the segment or a value column is not among the assignment columns, or the verdict level is unknown.
 * @throws {TypeError} If an assignments row does not have one cell per column.
 *
 * @example A minimal report
 * ```ts
 * import { renderReport } from "./render_report.ts";
 * import assert from "node:assert/strict";
 * const html = renderReport({
 *   lang: "es",
 *   title: "Clientes <2024>",
 *   verdict: { level: "warn", headline: "Estructura débil", details: ["Hopkins 0,55"] },
 *   record: { hopkins: 0.55 },
 * });
 * assert.match(html, /<title>Clientes &lt;2024&gt;<\/title>/);
 * assert.match(html, /Veredicto: Leer con cautela/);
 * const json = html.match(/<script type="application\/json" id="segmenta-run">(.*?)<\/script>/)![1]!;
 * assert.deepEqual(JSON.parse(json), { hopkins: 0.55 });
 * ```
 */
export function renderReport(input: ReportInput): string {
  const { lang, title } = input;
  const r = words(lang).report.render;
  const display = makeDisplay(lang, input.columns);
  const fmt = display.fmt;
  const parts: string[] = [];
  const toc: { id: string; title: string }[] = [];
  // The page's own ids (verdict, warnings, summary, ...) and the sections' share one namespace:
  // a section whose id is taken gets "-2", "-3", ... so that every anchor leads to one place.
  const used = new Set([
    "verdict",
    "warnings",
    "summary",
    "segments",
    "segmenta-dashboard",
    "ledger",
    "record",
    "segmenta-run",
    "segmenta-dashboard-data",
  ]);
  const uniqueId = (id: string) => {
    let out = id, n = 1;
    while (used.has(out)) out = `${id}-${++n}`;
    used.add(out);
    return out;
  };

  parts.push(
    `<header><h1>${escapeHtml(title)}</h1>${
      input.subtitle ? `<p class="subtitle">${escapeHtml(input.subtitle)}</p>` : ""
    }</header>`,
  );
  if (input.verdict) parts.push(verdictHtml(input.verdict, lang));
  if (input.warnings?.length) parts.push(warningsHtml(input.warnings, lang));
  if (input.summary?.length) {
    toc.push({ id: "summary", title: r.summary });
    parts.push(summaryHtml(input.summary, lang, fmt));
  }
  if (input.segments?.length) {
    toc.push({ id: "segments", title: r.segments });
    parts.push(segmentsHtml(input.segments, display));
  }
  let dashboardData: DashboardData | undefined;
  if (input.assignments) {
    const d = dashboardParts(input.assignments, input.segments ?? [], display);
    toc.push({ id: "segmenta-dashboard", title: words(lang).dashboard.explore });
    parts.push(d.html);
    dashboardData = d.data;
  }
  for (const s of input.sections ?? []) {
    const id = uniqueId(anchor(s.id));
    toc.push({ id, title: s.title });
    parts.push(sectionHtml(s, id, display));
  }
  if (input.ledger) {
    toc.push({ id: "ledger", title: r.ledger });
    parts.push(ledgerHtml(input.ledger, display));
  }
  const record = input.record ?? null;
  toc.push({ id: "record", title: r.record });
  parts.push(recordHtml(record, lang));
  if (input.generatedBy) {
    parts.push(`<footer>${escapeHtml(fill(r.generatedBy, { who: input.generatedBy }, lang))}</footer>`);
  }
  parts.splice(1, 0, navHtml(toc, lang));

  let scripts = `<script type="application/json" id="segmenta-run">${jsonForScript(record)}</script>`;
  let scriptSrc = "'none'";
  if (dashboardData) {
    const code = dashboardScript();
    scriptSrc = `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;
    scripts += `<script type="application/json" id="segmenta-dashboard-data">${
      jsonForScript(dashboardData)
    }</script><script>${code}</script>`;
  }
  const csp =
    `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptSrc}; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head>` +
    `<body><main>${parts.join("\n")}</main>${scripts}</body></html>\n`;
}
