// Private: the report's dashboard, server side: the static (scripts-off) bar charts. The script that
// runs in the reader's browser is `dashboard/client.ts`, bundled into `dashboard/_client_js.ts`;
// both draw bars with the same `BAR_LAYOUT`.
import { type Bar, BAR_LAYOUT } from "./dashboard/_data.ts";

export type { DashboardData } from "./dashboard/_data.ts";

/** Static horizontal bar chart as SVG markup; every text escaped by `esc`. */
export function barsSvg(
  items: readonly Bar[],
  title: string,
  esc: (s: string) => string,
): string {
  const { width, row, label, gap, valueRoom } = BAR_LAYOUT;
  const max = Math.max(0, ...items.map((d) => (Number.isFinite(d.value) ? d.value : 0)));
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
