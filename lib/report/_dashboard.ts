// Private: the report's dashboard. `dashboardMain` runs in the reader's browser: the report inlines its
// source text (Function.prototype.toString), so it must not reference anything outside itself.
// The static (scripts-off) markup is built here in TypeScript with the same layout.

/** What the dashboard script reads from `<script type="application/json" id="segmenta-dashboard-data">`. */
export interface DashboardData {
  readonly lang: string;
  readonly columns: readonly string[];
  /** Rows as arrays (compact for 100k customers). */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Index of the segment column. */
  readonly segmentIndex: number;
  /** Indices of numeric columns whose mean per segment can be shown. */
  readonly valueIndices: readonly number[];
  /** Segment values (as text) in display order, with their colours. */
  readonly segments: readonly string[];
  readonly colors: readonly string[];
  readonly pageSize: number;
  readonly fileName: string;
  readonly strings: Readonly<Record<string, string>>;
}

export const BAR_LAYOUT = { width: 480, row: 24, label: 160, gap: 6, valueRoom: 90 } as const;

/** Static horizontal bar chart as SVG markup; every text escaped by `esc`. */
export function barsSvg(
  items: readonly { label: string; value: number; text: string; color: string }[],
  title: string,
  esc: (s: string) => string,
): string {
  const { width, row, label, gap, valueRoom } = BAR_LAYOUT;
  const max = Math.max(0, ...items.map((d) => d.value));
  const room = width - label - gap - valueRoom;
  const h = Math.max(row, items.length * row + 4);
  const parts = items.map((d, i) => {
    const y = i * row + 2;
    const w = max > 0 && Number.isFinite(d.value) ? Math.max(0, (d.value / max) * room) : 0;
    const short = d.label.length > 24 ? d.label.slice(0, 23) + "…" : d.label;
    return `<g><title>${esc(d.label)}: ${esc(d.text)}</title>` +
      `<text x="${label}" y="${y + 15}" text-anchor="end" font-size="12">${esc(short)}</text>` +
      `<rect x="${label + gap}" y="${y + 3}" width="${w.toFixed(1)}" height="16" rx="2" fill="${
        esc(d.color)
      }"></rect>` +
      `<text x="${(label + gap + w + 4).toFixed(1)}" y="${y + 15}" font-size="12">${esc(d.text)}</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${h}" width="100%" style="max-width:${width}px" role="img" aria-label="${
    esc(title)
  }" font-family="system-ui,sans-serif">${parts.join("")}</svg>`;
}

/**
 * The dashboard: segment filter, counts and means charts, sortable paginated table, CSV download.
 * Builds DOM with createElement/textContent only (no innerHTML, no eval).
 */
export function dashboardMain(doc: Document, csvField: (value: unknown, delimiter: string) => string): void {
  const dataEl = doc.getElementById("segmenta-dashboard-data");
  const root = doc.getElementById("segmenta-dashboard");
  if (!dataEl || !root) return;
  const data = JSON.parse(dataEl.textContent || "null") as DashboardData;
  const T = data.strings;
  const SVG = "http://www.w3.org/2000/svg";
  const nf = new Intl.NumberFormat(data.lang, { maximumFractionDigits: 2 });
  const fill = (text: string, values: Record<string, string | number>): string =>
    text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
  const fmt = (
    v: unknown,
  ): string => (typeof v === "number"
    ? (Number.isFinite(v) ? nf.format(v) : "")
    : v === null || v === undefined
    ? ""
    : String(v));
  const segOf = (row: readonly unknown[]): string => String(row[data.segmentIndex] ?? "");

  const state = {
    selected: new Set(data.segments),
    sortCol: -1,
    sortDir: 1,
    page: 0,
    valueCol: data.valueIndices[0] ?? -1,
  };

  root.querySelectorAll<HTMLElement>("[data-sg-js]").forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLElement>("[data-sg-static]").forEach((el) => (el.hidden = true));

  const boxes = Array.from(root.querySelectorAll<HTMLInputElement>("input[data-sg-segment]"));
  for (const box of boxes) {
    box.disabled = false;
    box.addEventListener("change", () => {
      const seg = data.segments[Number(box.dataset.sgSegment)]!;
      if (box.checked) state.selected.add(seg);
      else state.selected.delete(seg);
      state.page = 0;
      render();
    });
  }
  const setAll = (on: boolean) => {
    state.selected = new Set(on ? data.segments : []);
    for (const box of boxes) box.checked = on;
    state.page = 0;
    render();
  };
  doc.getElementById("sg-all")?.addEventListener("click", () => setAll(true));
  doc.getElementById("sg-none")?.addEventListener("click", () => setAll(false));
  const select = doc.getElementById("sg-value") as HTMLSelectElement | null;
  if (select) {
    select.disabled = false;
    select.addEventListener("change", () => {
      state.valueCol = Number(select.value);
      render();
    });
  }

  const headers = Array.from(root.querySelectorAll<HTMLTableCellElement>("#sg-table thead th"));
  headers.forEach((th, col) => {
    const button = th.querySelector("button");
    if (!button) return;
    button.disabled = false;
    button.addEventListener("click", () => {
      state.sortDir = state.sortCol === col ? -state.sortDir : 1;
      state.sortCol = col;
      state.page = 0;
      render();
    });
  });

  const collator = new Intl.Collator(data.lang, { numeric: true });
  const compare = (a: unknown, b: unknown): number => {
    const an = a === null || a === undefined || a === "", bn = b === null || b === undefined || b === "";
    if (an || bn) return an && bn ? 0 : an ? 1 : -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return collator.compare(String(a), String(b));
  };
  const current = (): (readonly (string | number | null)[])[] => {
    const rows = data.rows.filter((r) => state.selected.has(segOf(r)));
    if (state.sortCol >= 0) {
      const c = state.sortCol, dir = state.sortDir;
      const idx = rows.map((_, i) => i);
      idx.sort((i, j) => {
        const a = rows[i]![c], b = rows[j]![c];
        const nullish = (v: unknown) => v === null || v === undefined || v === "";
        if (nullish(a) || nullish(b)) return compare(a, b) || i - j; // empty cells last either way
        return dir * compare(a, b) || i - j;
      });
      return idx.map((i) => rows[i]!);
    }
    return rows;
  };

  const bars = (
    target: HTMLElement | null,
    items: { label: string; value: number; text: string; color: string }[],
    title: string,
  ) => {
    if (!target) return;
    const W = 480, ROW = 24, LABEL = 160, GAP = 6, ROOM = W - LABEL - GAP - 90;
    const max = Math.max(0, ...items.map((d) => (Number.isFinite(d.value) ? d.value : 0)));
    const svg = doc.createElementNS(SVG, "svg");
    const h = Math.max(ROW, items.length * ROW + 4);
    svg.setAttribute("viewBox", `0 0 ${W} ${h}`);
    svg.setAttribute("width", "100%");
    svg.setAttribute("style", `max-width:${W}px`);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", title);
    svg.setAttribute("font-family", "system-ui,sans-serif");
    items.forEach((d, i) => {
      const y = i * ROW + 2;
      const w = max > 0 && Number.isFinite(d.value) ? Math.max(0, (d.value / max) * ROOM) : 0;
      const g = doc.createElementNS(SVG, "g");
      const tip = doc.createElementNS(SVG, "title");
      tip.textContent = `${d.label}: ${d.text}`;
      const name = doc.createElementNS(SVG, "text");
      name.setAttribute("x", String(LABEL));
      name.setAttribute("y", String(y + 15));
      name.setAttribute("text-anchor", "end");
      name.setAttribute("font-size", "12");
      name.textContent = d.label.length > 24 ? d.label.slice(0, 23) + "…" : d.label;
      const rect = doc.createElementNS(SVG, "rect");
      rect.setAttribute("x", String(LABEL + GAP));
      rect.setAttribute("y", String(y + 3));
      rect.setAttribute("width", w.toFixed(1));
      rect.setAttribute("height", "16");
      rect.setAttribute("rx", "2");
      rect.setAttribute("fill", d.color);
      const value = doc.createElementNS(SVG, "text");
      value.setAttribute("x", (LABEL + GAP + w + 4).toFixed(1));
      value.setAttribute("y", String(y + 15));
      value.setAttribute("font-size", "12");
      value.textContent = d.text;
      g.append(tip, name, rect, value);
      svg.append(g);
    });
    target.replaceChildren(svg);
  };

  const render = () => {
    const rows = current();
    const shown = data.segments.map((s, i) => ({ s, color: data.colors[i]! })).filter((d) =>
      state.selected.has(d.s)
    );
    const counts = new Map<string, number>(),
      sums = new Map<string, number>(),
      ns = new Map<string, number>();
    for (const r of rows) {
      const s = segOf(r);
      counts.set(s, (counts.get(s) ?? 0) + 1);
      const v = state.valueCol >= 0 ? r[state.valueCol] : null;
      if (typeof v === "number" && Number.isFinite(v)) {
        sums.set(s, (sums.get(s) ?? 0) + v);
        ns.set(s, (ns.get(s) ?? 0) + 1);
      }
    }
    const total = rows.length;
    bars(
      doc.getElementById("sg-counts-plot"),
      shown.map((d) => {
        const n = counts.get(d.s) ?? 0;
        return {
          label: d.s,
          value: n,
          text: `${nf.format(n)} (${total ? ((100 * n) / total).toFixed(1) : "0.0"}%)`,
          color: d.color,
        };
      }),
      T.countsTitle!,
    );
    const meansCaption = doc.getElementById("sg-means-caption");
    if (state.valueCol >= 0) {
      const column = data.columns[state.valueCol]!;
      if (meansCaption) meansCaption.textContent = fill(T.meansTitle!, { column });
      bars(
        doc.getElementById("sg-means-plot"),
        shown.map((d) => {
          const n = ns.get(d.s) ?? 0;
          const mean = n ? sums.get(d.s)! / n : NaN;
          return { label: d.s, value: mean, text: n ? nf.format(mean) : "–", color: d.color };
        }),
        fill(T.meansTitle!, { column }),
      );
    }

    const pages = Math.max(1, Math.ceil(rows.length / data.pageSize));
    state.page = Math.min(state.page, pages - 1);
    const start = state.page * data.pageSize;
    const pageRows = rows.slice(start, start + data.pageSize);
    const tbody = doc.querySelector("#sg-table tbody");
    if (tbody) {
      const trs = pageRows.map((r) => {
        const tr = doc.createElement("tr");
        r.forEach((v) => {
          const td = doc.createElement("td");
          if (typeof v === "number") td.className = "num";
          td.textContent = fmt(v);
          if (typeof v === "string" && v.length > 30) td.title = v;
          tr.append(td);
        });
        return tr;
      });
      if (trs.length === 0) {
        const tr = doc.createElement("tr");
        const td = doc.createElement("td");
        td.colSpan = data.columns.length;
        td.textContent = T.noRows!;
        tr.append(td);
        trs.push(tr);
      }
      tbody.replaceChildren(...trs);
    }
    headers.forEach((th, col) => {
      if (col === state.sortCol) th.setAttribute("aria-sort", state.sortDir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    const status = doc.getElementById("sg-status");
    if (status) {
      status.textContent = fill(T.showing!, {
        from: rows.length ? nf.format(start + 1) : "0",
        to: nf.format(start + pageRows.length),
        n: nf.format(rows.length),
        total: nf.format(data.rows.length),
      });
    }
    const pageText = doc.getElementById("sg-page");
    if (pageText) pageText.textContent = fill(T.page!, { page: state.page + 1, pages });
    const prev = doc.getElementById("sg-prev") as HTMLButtonElement | null;
    const next = doc.getElementById("sg-next") as HTMLButtonElement | null;
    if (prev) prev.disabled = state.page === 0;
    if (next) next.disabled = state.page >= pages - 1;
  };

  doc.getElementById("sg-prev")?.addEventListener("click", () => {
    state.page = Math.max(0, state.page - 1);
    render();
  });
  doc.getElementById("sg-next")?.addEventListener("click", () => {
    state.page += 1;
    render();
  });
  const download = doc.getElementById("sg-download") as HTMLButtonElement | null;
  if (download) {
    download.disabled = false;
    download.addEventListener("click", () => {
      const lines = [data.columns.map((c) => csvField(c, ",")).join(",")];
      for (const r of current()) lines.push(r.map((v) => csvField(v, ",")).join(","));
      const blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
      const url = URL.createObjectURL(blob);
      const a = doc.createElement("a");
      a.href = url;
      a.download = data.fileName;
      a.hidden = true;
      doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  }
  render();
}
