// Private (dashboard, runs in the browser): the counts and means per segment, drawn as SVG bars with
// the same layout as the server's static `barsSvg`.
import { type Bar, BAR_LAYOUT, type Cell } from "./_data.ts";
import { segmentOf } from "./_state.ts";

const SVG = "http://www.w3.org/2000/svg";

/** A segment shown in the charts, with its colour. */
export interface ShownSegment {
  readonly segment: string;
  readonly color: string;
}

/** Rows per segment, and the sum and count of the finite numbers of the value column per segment. */
export interface SegmentStats {
  readonly counts: ReadonlyMap<string, number>;
  readonly sums: ReadonlyMap<string, number>;
  readonly ns: ReadonlyMap<string, number>;
}

/**
 * Count the rows per segment and add up the value column per segment (finite numbers only).
 *
 * @param rows The rows that pass the filter.
 * @param segmentIndex The segment column.
 * @param valueCol The value column, `-1` for none.
 * @returns The counts, sums and number of values per segment.
 */
export function segmentStats(
  rows: readonly (readonly Cell[])[],
  segmentIndex: number,
  valueCol: number,
): SegmentStats {
  const counts = new Map<string, number>(), sums = new Map<string, number>(), ns = new Map<string, number>();
  for (const r of rows) {
    const s = segmentOf(r, segmentIndex);
    counts.set(s, (counts.get(s) ?? 0) + 1);
    const v = valueCol >= 0 ? r[valueCol] : null;
    if (typeof v === "number" && Number.isFinite(v)) {
      sums.set(s, (sums.get(s) ?? 0) + v);
      ns.set(s, (ns.get(s) ?? 0) + 1);
    }
  }
  return { counts, sums, ns };
}

/**
 * Bars of rows per segment, labelled "20 (33.3%)" with the share of `total`, written by `pf` (a
 * percent format of the report's language) when given.
 */
export function countBars(
  shown: readonly ShownSegment[],
  stats: SegmentStats,
  total: number,
  nf: Intl.NumberFormat,
  pf?: Intl.NumberFormat,
): Bar[] {
  return shown.map(({ segment, color }) => {
    const n = stats.counts.get(segment) ?? 0;
    const share = pf
      ? pf.format(total ? n / total : 0)
      : `${total ? ((100 * n) / total).toFixed(1) : "0.0"}%`;
    return {
      label: segment,
      value: n,
      text: `${nf.format(n)} (${share})`,
      color,
    };
  });
}

/** Bars of the value column's mean per segment; a segment with no value gets no bar and "–". */
export function meanBars(shown: readonly ShownSegment[], stats: SegmentStats, nf: Intl.NumberFormat): Bar[] {
  return shown.map(({ segment, color }) => {
    const n = stats.ns.get(segment) ?? 0;
    const mean = n ? stats.sums.get(segment)! / n : NaN;
    return { label: segment, value: mean, text: n ? nf.format(mean) : "–", color };
  });
}

function svgElement(doc: Document, name: string, attributes: Readonly<Record<string, string>>): SVGElement {
  const el = doc.createElementNS(SVG, name) as SVGElement;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

/**
 * A horizontal bar chart as an SVG element (text through `textContent` only). Bar lengths are
 * relative to the largest finite value; labels longer than 24 characters are cut with "…".
 *
 * @param doc The page.
 * @param bars The bars, top to bottom.
 * @param title The chart's accessible name.
 * @returns The `<svg>` element.
 */
export function barsElement(doc: Document, bars: readonly Bar[], title: string): SVGElement {
  const { width, row, label, gap, valueRoom } = BAR_LAYOUT;
  const room = width - label - gap - valueRoom;
  const max = Math.max(0, ...bars.map((d) => (Number.isFinite(d.value) ? d.value : 0)));
  const h = Math.max(row, bars.length * row + 4);
  const svg = svgElement(doc, "svg", {
    viewBox: `0 0 ${width} ${h}`,
    width: "100%",
    style: `max-width:${width}px`,
    role: "img",
    "aria-label": title,
    "font-family": "system-ui,sans-serif",
  });
  bars.forEach((d, i) => {
    const y = i * row + 2;
    const w = max > 0 && Number.isFinite(d.value) ? Math.max(0, (d.value / max) * room) : 0;
    const tip = svgElement(doc, "title", {});
    tip.textContent = `${d.label}: ${d.text}`;
    const name = svgElement(doc, "text", {
      x: String(label),
      y: String(y + 15),
      "text-anchor": "end",
      "font-size": "12",
    });
    name.textContent = d.label.length > 24 ? d.label.slice(0, 23) + "…" : d.label;
    const rect = svgElement(doc, "rect", {
      x: String(label + gap),
      y: String(y + 3),
      width: w.toFixed(1),
      height: "16",
      rx: "2",
      fill: d.color,
    });
    const value = svgElement(doc, "text", {
      x: (label + gap + w + 4).toFixed(1),
      y: String(y + 15),
      "font-size": "12",
    });
    value.textContent = d.text;
    const g = svgElement(doc, "g", {});
    g.append(tip, name, rect, value);
    svg.append(g);
  });
  return svg;
}
