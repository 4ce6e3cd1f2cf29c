/**
 * The report's dashboard, in the reader's browser: segment filter, counts and means charts,
 * sortable paginated table, CSV download. It takes over the static (scripts-off) markup that
 * `lib/report/_dashboard.ts` and `renderReport` write, and reads its rows from
 * `<script type="application/json" id="segmenta-dashboard-data">`.
 *
 * Browser code: it builds DOM with `createElement` / `textContent` only (no `innerHTML`, no
 * `eval`) and imports nothing outside this folder but `../_csv_field.ts`. `deno task dashboard`
 * bundles `main.ts` (which calls {@linkcode startDashboard}) into `_client_js.ts`, the text
 * `renderReport` inlines.
 *
 * @module
 */
import { barsElement, countBars, meanBars, segmentStats, type ShownSegment } from "./_charts.ts";
import type { DashboardData } from "./_data.ts";
import { csvText, saveCsv } from "./_download.ts";
import { cellComparer, cellFormatter, fill } from "./_format.ts";
import { pageTexts, paginate } from "./_pagination.ts";
import {
  activeGrouping,
  chooseGrouping,
  chooseValue,
  type DashboardState,
  initialState,
  selectOnly,
  sortBy,
  toggleSegment,
  turnPage,
  visibleRows,
} from "./_state.ts";
import { markSorted, tableRows } from "./_table.ts";

/** What every render needs besides the state: the page, the data and the report language's formats. */
interface View {
  readonly doc: Document;
  readonly data: DashboardData;
  readonly nf: Intl.NumberFormat;
  /** Shares as percentages, in the report's language. */
  readonly pf: Intl.NumberFormat;
  readonly format: (v: unknown) => string;
  readonly compare: (a: unknown, b: unknown) => number;
  /** The table's header cells, one per column. */
  readonly headers: readonly HTMLTableCellElement[];
}

/**
 * The dashboard's data and section, or `undefined` when the page has no dashboard.
 *
 * @param doc The page.
 * @returns The parsed data and the `#segmenta-dashboard` section.
 */
export function readDashboard(doc: Document): { data: DashboardData; root: HTMLElement } | undefined {
  const dataEl = doc.getElementById("segmenta-dashboard-data");
  const root = doc.getElementById("segmenta-dashboard");
  if (!dataEl || !root) return undefined;
  return { data: JSON.parse(dataEl.textContent || "null") as DashboardData, root };
}

/**
 * Show the state: both charts for the ticked segments, the table's page, the sort mark, the
 * status line and the pager.
 *
 * @param view The page, data and formats.
 * @param state The reader's choices.
 * @returns The state with its page clamped to the last page.
 */
export function renderDashboard(view: View, state: DashboardState): DashboardState {
  const { doc, data, nf } = view;
  const rows = visibleRows(data, state, view.compare);
  const grouping = activeGrouping(data, state);
  const shown: ShownSegment[] = grouping.segments.map((segment, i) => ({
    segment,
    color: grouping.colors[i]!,
  })).filter((d) => state.selected.has(d.segment));
  const stats = segmentStats(rows, grouping.segmentIndex, state.valueCol);
  doc.getElementById("sg-counts-plot")?.replaceChildren(
    barsElement(doc, countBars(shown, stats, rows.length, nf, view.pf), data.strings.countsTitle),
  );
  if (state.valueCol >= 0) {
    const column = (data.labels ?? data.columns)[state.valueCol]!;
    const title = fill(data.strings.meansTitle, { column });
    const caption = doc.getElementById("sg-means-caption");
    if (caption) caption.textContent = title;
    doc.getElementById("sg-means-plot")?.replaceChildren(barsElement(doc, meanBars(shown, stats, nf), title));
  }

  const page = paginate(rows, data.pageSize, state.page);
  doc.querySelector("#sg-table tbody")?.replaceChildren(
    ...tableRows(
      doc,
      page.rows,
      data.columns.length,
      data.strings.noRows,
      view.format,
      data.labels ?? data.columns,
    ),
  );
  markSorted(view.headers, state.sortCol, state.sortDir);
  const texts = pageTexts(page, rows.length, data.rows.length, data.strings, nf);
  const status = doc.getElementById("sg-status");
  if (status) status.textContent = texts.status;
  const pageText = doc.getElementById("sg-page");
  if (pageText) pageText.textContent = texts.page;
  const prev = doc.getElementById("sg-prev") as HTMLButtonElement | null;
  const next = doc.getElementById("sg-next") as HTMLButtonElement | null;
  if (prev) prev.disabled = page.page === 0;
  if (next) next.disabled = page.page >= page.pages - 1;
  return { ...state, page: page.page };
}

/**
 * The filter's checkboxes for a grouping: a swatch, the segment and its number of customers.
 *
 * @param doc The page.
 * @param grouping The grouping shown.
 * @param state The reader's choices (which segments are ticked).
 * @param counts Customers per segment, as shown after each name; none: no count.
 * @returns One `<label>` per segment.
 */
export function segmentBoxes(
  doc: Document,
  grouping: { readonly segments: readonly string[]; readonly colors: readonly string[] },
  state: DashboardState,
  counts?: { readonly get: (segment: string) => string | undefined },
): HTMLLabelElement[] {
  return grouping.segments.map((segment, i) => {
    const label = doc.createElement("label");
    const box = doc.createElement("input");
    box.type = "checkbox";
    box.dataset.sgSegment = String(i);
    box.checked = state.selected.has(segment);
    const swatch = doc.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = grouping.colors[i] ?? "#888";
    label.append(box, swatch, doc.createTextNode(segment));
    const n = counts?.get(segment);
    if (n !== undefined) {
      const muted = doc.createElement("span");
      muted.className = "muted";
      muted.textContent = `(${n})`;
      label.append(doc.createTextNode(" "), muted);
    }
    return label;
  });
}

/**
 * Start the dashboard: show the scripted controls (hide the scripts-off note), enable them, wire
 * the filter, the value column, the sort buttons, the pager and the download, and render once.
 * Does nothing on a page without a dashboard.
 *
 * @param doc The report's document.
 */
export function startDashboard(doc: Document): void {
  const found = readDashboard(doc);
  if (!found) return;
  const { data, root } = found;
  const locale = data.locale ?? data.lang;
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const pf = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const view: View = {
    doc,
    data,
    nf,
    pf,
    format: cellFormatter(nf),
    compare: cellComparer(new Intl.Collator(locale, { numeric: true })),
    headers: Array.from(root.querySelectorAll<HTMLTableCellElement>("#sg-table thead th")),
  };
  let state = initialState(data);
  const update = (next: DashboardState) => {
    state = renderDashboard(view, next);
  };

  root.querySelectorAll<HTMLElement>("[data-sg-js]").forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLElement>("[data-sg-static]").forEach((el) => (el.hidden = true));

  let boxes: HTMLInputElement[] = [];
  const wireBoxes = () => {
    boxes = Array.from(root.querySelectorAll<HTMLInputElement>("input[data-sg-segment]"));
    for (const box of boxes) {
      box.disabled = false;
      box.addEventListener("change", () => {
        const segments = activeGrouping(data, state).segments;
        update(toggleSegment(state, segments[Number(box.dataset.sgSegment)]!, box.checked));
      });
    }
  };
  wireBoxes();
  const setAll = (on: boolean) => {
    for (const box of boxes) box.checked = on;
    update(selectOnly(state, on ? activeGrouping(data, state).segments : []));
  };
  root.querySelectorAll<HTMLInputElement>("input[name=sg-grouping]").forEach((radio) => {
    radio.disabled = false;
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      state = chooseGrouping(data, state, Number(radio.value));
      const holder = doc.getElementById("sg-boxes");
      const grouping = activeGrouping(data, state);
      const counts = segmentStats(data.rows, grouping.segmentIndex, -1).counts;
      const shown = { get: (s: string) => (counts.has(s) ? nf.format(counts.get(s)!) : undefined) };
      if (holder) holder.replaceChildren(...segmentBoxes(doc, grouping, state, shown));
      wireBoxes();
      update(state);
    });
  });
  doc.getElementById("sg-all")?.addEventListener("click", () => setAll(true));
  doc.getElementById("sg-none")?.addEventListener("click", () => setAll(false));
  const select = doc.getElementById("sg-value") as HTMLSelectElement | null;
  if (select) {
    select.disabled = false;
    select.addEventListener("change", () => update(chooseValue(state, Number(select.value))));
  }
  view.headers.forEach((th, col) => {
    const button = th.querySelector("button");
    if (!button) return;
    button.disabled = false;
    button.addEventListener("click", () => update(sortBy(state, col)));
  });
  doc.getElementById("sg-prev")?.addEventListener("click", () => update(turnPage(state, -1)));
  doc.getElementById("sg-next")?.addEventListener("click", () => update(turnPage(state, 1)));
  const download = doc.getElementById("sg-download") as HTMLButtonElement | null;
  if (download) {
    download.disabled = false;
    download.addEventListener("click", () => {
      saveCsv(doc, csvText(data.columns, visibleRows(data, state, view.compare)), data.fileName);
    });
  }
  update(state);
}
