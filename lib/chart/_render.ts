// Private helpers shared by the chart functions: Plot rendering with stable ids, the <figure>.
import * as Plot from "@observablehq/plot";
import { chartDocument } from "./_dom.ts";
import { escapeHtml } from "../base/escape_html.ts";
import type { Lang } from "../base/types.ts";
import { formatTickValue, numberLocale } from "../text/format.ts";

/** Options every chart function takes. */
export interface BaseChartOptions {
  /** Width in pixels of each plot. @default {640} */
  width?: number;
  /** Height in pixels of each plot (a chart-specific default otherwise). */
  height?: number;
  /** Language of titles and axis labels. @default {"en"} */
  lang?: Lang;
  /** Title instead of the default one. */
  title?: string;
}

const GEOMETRY = /\b(cx|cy|x|y|x1|x2|y1|y2|dx|dy|width|height|r|d|transform|points)="([^"]*)"/g;

/** Round the numbers inside geometry attributes to 0.1 px: smaller markup, same picture. */
export function roundGeometry(html: string): string {
  return html.replace(
    GEOMETRY,
    (_, name: string, value: string) =>
      `${name}="${
        value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10 || 0))
      }"`,
  );
}

/**
 * A tick format for the language: numbers through `Intl` for its locale ({@linkcode formatTickValue}:
 * never scientific notation, large ones short), dates as month and year in UTC, anything else as text.
 */
export function localTickFormat(lang: Lang): (d: unknown) => string {
  const months = new Intl.DateTimeFormat(numberLocale(lang), {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return (d) =>
    typeof d === "number" ? formatTickValue(d, lang) : d instanceof Date ? months.format(d) : String(d ?? "");
}

/**
 * Render Plot options to SVG markup with the shared jsdom document (geometry rounded to 0.1 px).
 * Every position axis without a tick format of its own (or with d3's `"~s"`) gets the language's
 * ({@linkcode localTickFormat}), so no tick reads `1.12e+7` or `100,000` in Spanish.
 */
export function renderPlot(options: Plot.PlotOptions, lang: Lang = "en"): string {
  const local: Record<string, unknown> = { ...options };
  for (const key of ["x", "y", "fx", "fy"] as const) {
    const scale = options[key] as { tickFormat?: unknown } | undefined;
    if (scale?.tickFormat === undefined || scale.tickFormat === "~s") {
      local[key] = { ...(scale ?? {}), tickFormat: localTickFormat(lang) };
    }
  }
  const node = Plot.plot({ ...(local as Plot.PlotOptions), document: chartDocument() }) as unknown as Element;
  return roundGeometry(node.outerHTML);
}

/** FNV-1a hash of a string, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * Replace Plot's global-counter ids (`plot-clip-7`, `plot-marker-3`, `plot-pattern-1`) by ids
 * numbered within this chart and prefixed with a hash of its content, so the same chart always
 * gives the same markup and two charts in one page never share an id.
 */
export function stableIds(html: string): string {
  const pattern = /plot-(clip|marker|pattern)-\d+/g;
  const seen = new Map<string, string>();
  const normalized = html.replace(pattern, (id, kind: string) => {
    if (!seen.has(id)) seen.set(id, `${kind}-${seen.size + 1}`);
    return `plot-${seen.get(id)}`;
  });
  if (seen.size === 0) return html;
  const prefix = `sg${hashText(normalized)}`;
  return normalized.replace(/plot-(clip|marker|pattern)-(\d+)/g, `${prefix}-$1-$2`);
}

/** The `<figure>` a chart's html is: escaped title and subtitle, the plots, escaped notes. */
export function figure(
  title: string,
  subtitle: string | undefined,
  plots: readonly string[],
  notes: readonly string[] = [],
  grid = false,
): string {
  const caption =
    `<figcaption style="margin:0 0 .4em"><strong style="font-size:1.05em">${escapeHtml(title)}</strong>` +
    (subtitle ? `<br><span style="color:#555;font-size:.9em">${escapeHtml(subtitle)}</span>` : "") +
    `</figcaption>`;
  const cells = plots.map((p) => `<div class="segmenta-plot">${p}</div>`).join("");
  const body = grid ? `<div style="display:flex;flex-wrap:wrap;gap:8px 16px">${cells}</div>` : cells;
  const foot = notes.map((n) => `<p style="margin:.3em 0;color:#555;font-size:.85em">${escapeHtml(n)}</p>`)
    .join("");
  return stableIds(
    `<figure class="segmenta-chart" style="margin:0 0 1.2em;font-family:system-ui,sans-serif">${caption}${body}${foot}</figure>`,
  );
}

/** Format a number for a chart label in the language: 3 significant digits, no scientific notation. */
export function formatTick(x: number, lang: Lang = "en"): string {
  if (!Number.isFinite(x)) return String(x);
  return formatTickValue(x, lang);
}

/** Copy numbers from an array-like into a plain array. */
export function toNumbers(values: ArrayLike<number>): number[] {
  return Array.from(values, Number);
}

/** Throw a TypeError unless the arrays have equal lengths. */
export function checkSameLength(
  action: string,
  a: { length: number },
  b: { length: number },
  names: [string, string],
): void {
  if (a.length !== b.length) {
    throw new TypeError(
      `Cannot ${action}: "${names[0]}" has ${a.length} values but "${
        names[1]
      }" has ${b.length}; give one value per item in both`,
    );
  }
}

export { SEGMENT_COLORS } from "../base/palette.ts";

/** Longest label length allowed on an axis; longer ones end with "…" (the full text stays in data). */
export const MAX_LABEL = 48;

/** Shorten a label to {@linkcode MAX_LABEL} characters (one argument: safe as a Plot `tickFormat`). */
export function truncate(label: unknown): string {
  const s = String(label);
  return s.length > MAX_LABEL ? s.slice(0, MAX_LABEL - 1) + "…" : s;
}

/** A left margin wide enough for the longest (truncated) label at Plot's 10 px font (~6 px a character). */
export function labelMargin(labels: readonly unknown[], min = 40): number {
  const longest = Math.max(0, ...labels.map((l) => truncate(l).length));
  return Math.max(min, Math.min(12 + 6 * longest, 12 + 6 * MAX_LABEL));
}

/** Scale options with a d3 tick format that keeps big numbers short (2M, 150k); none for small ones. */
export function compactTicks(values: readonly number[]): { tickFormat?: string } {
  let max = 0;
  for (const v of values) if (Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  return max >= 1e4 ? { tickFormat: "~s" } : {};
}
